// Builds ui/dist from ui/src plus the third-party assets installed by npm
// (Designsystemet CSS and theme, the Inter font). Nothing third-party is
// committed; nothing is fetched at run time. Only the Designsystemet
// components the app uses are copied, and only the Latin subset of Inter in
// the two weights used, to keep the bundle small.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildSync } from "esbuild";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "..", "node_modules");
const dist = join(here, "dist");
const css = join(modules, "@digdir/designsystemet-css/dist");

const COMPONENTS = [
  "alert", "button", "card", "details", "dialog", "field", "fieldset", "heading",
  "input", "label", "link", "paragraph", "skip-link", "validation-message",
];
// The components are exactly the ds-* classes the page and its scripts use:
// a class with no component, or a component no class uses, fails the build.
{
  const src = [join(here, "src/index.html"), ...readdirSync(join(here, "src/js")).map((f) => join(here, "src/js", f))];
  const used = new Set(src.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/\bds-([a-z]+(?:-[a-z]+)*)/g)].map((m) => m[1])));
  const missing = [...used].filter((c) => !COMPONENTS.includes(c));
  const unused = COMPONENTS.filter((c) => !used.has(c));
  if (missing.length || unused.length) {
    console.error(`Designsystemet components: used but not shipped [${missing}], shipped but unused [${unused}]`);
    process.exit(1);
  }
}
const read = (p) => readFileSync(p, "utf8");

// The fonts are the WOFF2 files that styles.css's @font-face rules name. Each is
// shipped and asked for at once by a preload in the page's head: found only
// by the first layout, they held up the first screen's style and layout
// (docs/performance.md).
const FONTS = [...read(join(here, "src/styles.css")).matchAll(/url\("vendor\/fonts\/([^"]+\.woff2)"\)/g)].map((m) => m[1]);
const PRELOADS = "<!-- font preloads (ui/build.mjs) -->";
if (!FONTS.length || !read(join(here, "src/index.html")).includes(PRELOADS)) {
  console.error(`fonts: styles.css names none, or index.html lacks ${PRELOADS}`);
  process.exit(1);
}

rmSync(dist, { recursive: true, force: true });
cpSync(join(here, "src"), dist, { recursive: true });
writeFileSync(
  join(dist, "index.html"),
  read(join(dist, "index.html")).replace(
    PRELOADS,
    FONTS.map((f) => `<link rel="preload" href="vendor/fonts/${f}" as="font" type="font/woff2" crossorigin>`).join("\n  "),
  ),
);

// The ES modules in src/js become one minified script, so a start-up loads
// one file instead of one per module, each a round trip through the app's
// asset protocol (docs/performance.md). The sources stay plain modules.
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
// The message ids the page may ask for: every quoted id-like literal in the
// page and its scripts (data-i18n="…", t("…"), ids kept in lists), and the
// prefixes of ids made at run time (`error-${code}`). The shell's build
// script reads this list, and the bootstrap sends only these messages, not
// the content, which comes in the core's views (src-tauri/build.rs).
{
  const files = [join(here, "src/index.html"), ...readdirSync(join(here, "src/js")).map((f) => join(here, "src/js", f))];
  const ids = new Set();
  const prefixes = new Set();
  for (const f of files) {
    const text = readFileSync(f, "utf8");
    for (const m of text.matchAll(/["']([a-z][a-z0-9]*(?:-[a-z0-9]+)+)["']/g)) ids.add(m[1]);
    for (const m of text.matchAll(/`([a-z][a-z0-9-]*-)\$\{/g)) prefixes.add(m[1]);
  }
  mkdirSync(dist, { recursive: true });
  writeFileSync(
    join(dist, "messages-used.txt"),
    [...[...ids].sort(), ...[...prefixes].sort().map((p) => `${p}*`)].join("\n") + "\n",
  );
}
console.log(`ui/dist built (one script, ${COMPONENTS.length} components, ${FONTS.length} font files)`);
