// Builds ui/dist from ui/src plus the third-party assets installed by npm
// (Designsystemet CSS and theme, the Inter font). Nothing third-party is
// committed; nothing is fetched at run time. Only the Designsystemet
// components the app uses are copied, and only the Latin subset of Inter in
// the two weights used, to keep the bundle small.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildSync } from "esbuild";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "..", "node_modules");
const dist = join(here, "dist");
const css = join(modules, "@digdir/designsystemet-css/dist");

const COMPONENTS = [
  "alert", "button", "card", "details", "dialog", "field", "fieldset", "heading",
  "input", "label", "link", "list", "paragraph", "skip-link", "tag",
  "validation-message", "badge", "divider", "spinner",
];
const FONTS = ["inter-latin-400-normal.woff2", "inter-latin-600-normal.woff2"];

rmSync(dist, { recursive: true, force: true });
cpSync(join(here, "src"), dist, { recursive: true });

const read = (p) => readFileSync(p, "utf8");

// The ES modules in src/js become one minified script, so a start-up loads
// one file instead of one per module, each a round trip through the app's
// asset protocol (README, Performance). The sources stay plain modules.
const js = join(dist, "js");
rmSync(js, { recursive: true });
buildSync({
  entryPoints: [join(here, "src/js/app.js")],
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  outfile: join(js, "app.js"),
  logLevel: "warning",
});
const parts = [
  "/* Designsystemet (Digdir, MIT): theme, base and the components Postvett uses. */",
  "@layer ds.theme, ds.base, ds.components;",
  read(join(css, "theme/designsystemet.css")),
  `@layer ds.base{${read(join(css, "src/base.css"))}}`,
  `@layer ds.components{${COMPONENTS.map((c) => read(join(css, `src/${c}.css`))).join("\n")}}`,
];
mkdirSync(join(dist, "vendor/fonts"), { recursive: true });
writeFileSync(join(dist, "vendor/designsystemet.css"), parts.join("\n"));
for (const f of FONTS) {
  cpSync(join(modules, "@fontsource/inter/files", f), join(dist, "vendor/fonts", f));
}
console.log(`ui/dist built (one script, ${COMPONENTS.length} components, ${FONTS.length} font files)`);
