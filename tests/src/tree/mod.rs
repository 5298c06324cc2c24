//! What a screen reader is given: the platform accessibility tree that the
//! engine builds from the page, read the way assistive technology reads it
//! ([`atspi`] for WebKitGTK, as Orca gets it; [`cdp`] for Chromium, the
//! engine of Android's WebView, as TalkBack's source), normalised into one
//! [`Node`] shape, and checked against rules that axe cannot see ([`check`]).
//!
//! Some facts are the page's own (which field a label belongs to, which
//! dialog is open and what its title says, which elements carry another
//! language): [`facts`] reads them from the DOM, and the rules check that
//! the tree says the same.

pub mod atspi;
pub mod cdp;

use serde::Deserialize;

use crate::{App, Engine, Result};

/// The roles the rules tell apart; everything else is `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Button,
    Link,
    CheckBox,
    Radio,
    TextBox,
    ComboBox,
    Option,
    Heading,
    Dialog,
    Landmark,
    Alert,
    Status,
    Text,
    Document,
    Group,
    Other,
}

/// A box in page coordinates (CSS px from the top of the document).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    /// Whether the middle of `o` lies in this box (a control may reach a
    /// little past the bar it sits in).
    fn holds(&self, o: &Rect) -> bool {
        let (cx, cy) = (o.x + o.w / 2.0, o.y + o.h / 2.0);
        cx >= self.x && cx <= self.x + self.w && cy >= self.y && cy <= self.y + self.h
    }
}

/// One node of the platform tree, as both engines' trees are read.
#[derive(Debug, Clone)]
pub struct Node {
    pub role: Role,
    /// The engine's own role name ("push button", "DisclosureTriangle").
    pub raw_role: String,
    pub name: String,
    pub description: String,
    pub focusable: bool,
    pub checked: Option<bool>,
    pub expanded: Option<bool>,
    pub selected: Option<bool>,
    pub disabled: bool,
    pub invalid: bool,
    pub required: bool,
    pub modal: bool,
    pub level: Option<u32>,
    /// The node's language, where the engine exposes one.
    pub lang: Option<String>,
    /// The DOM id of the element, where the engine tells it.
    pub dom_id: Option<String>,
    /// The element's tag name, where the engine tells it.
    pub tag: Option<String>,
    /// The DOM ids of what describes it (aria-describedby).
    pub described_by: Vec<String>,
    /// "polite" or "assertive" for a live region (its own or its container's).
    pub live: Option<String>,
    pub bounds: Option<Rect>,
    /// The node's own text (a text leaf's, or the text an engine gives a
    /// control).
    pub text: String,
    /// Chromium's backend DOM node id.
    pub backend: Option<u64>,
    pub children: Vec<Node>,
}

/// Whether `name` contains `shown`, whitespace aside: the tree splits a
/// word where the page marks part of it (<mark>), and joins text nodes
/// without telling whether a space was between them.
fn says(name: &str, shown: &str) -> bool {
    let squeeze = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect()
    };
    squeeze(name).contains(&squeeze(shown))
}

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Node {
    /// A control a person operates.
    pub fn actionable(&self) -> bool {
        matches!(
            self.role,
            Role::Button
                | Role::Link
                | Role::CheckBox
                | Role::Radio
                | Role::TextBox
                | Role::ComboBox
        )
    }

    /// Every node, in the order a screen reader walks them (depth first).
    pub fn walk(&self) -> Vec<&Node> {
        let mut out = vec![self];
        for c in &self.children {
            out.extend(c.walk());
        }
        out
    }

    /// The text shown inside the node: its own and its descendants'.
    pub fn visible_text(&self) -> String {
        let mut parts = vec![self.text.replace('\u{fffc}', " ")];
        // WebKit gives a control's text to the control itself and to its
        // text children both; Chromium to the children only.
        if self.text.trim().is_empty() {
            parts.extend(self.children.iter().map(Node::visible_text));
        }
        norm(&parts.join(" "))
    }

    fn find(&self, id: &str) -> Option<&Node> {
        self.walk()
            .into_iter()
            .find(|n| n.dom_id.as_deref() == Some(id))
    }

    fn label(&self) -> String {
        let id = self
            .dom_id
            .as_deref()
            .map(|i| format!("#{i}"))
            .unwrap_or_default();
        format!(
            "{} {id} \"{}\"",
            self.raw_role,
            self.name.chars().take(40).collect::<String>()
        )
    }
}

/// Reads the tree of the page as `app`'s engine builds it.
pub async fn tree(app: &App) -> Result<Node> {
    match app.engine {
        Engine::WebKit => atspi::tree(app).await,
        Engine::Chromium => cdp::tree(app).await,
    }
}

/// What the DOM says the tree must say (see the module doc).
#[derive(Debug, Deserialize)]
pub struct Facts {
    /// The UI's language.
    pub lang: String,
    /// (field id, the visible text of its label).
    pub labels: Vec<(String, String)>,
    pub states: Vec<StateFact>,
    /// (open dialog's id, its title's text).
    pub dialogs: Vec<(String, String)>,
    /// The ids of the confirmations and verdicts on screen, which must sit
    /// in a live region.
    pub live: Vec<String>,
    /// (id or "", lang, the start of its text) of each element on screen in
    /// another language than the UI's.
    pub langs: Vec<(String, String, String)>,
    /// Fixed and sticky boxes (page coordinates): their controls read where
    /// the DOM puts them, whatever their place on the screen.
    pub pinned: Vec<[f64; 4]>,
}

#[derive(Debug, Deserialize)]
pub struct StateFact {
    pub id: String,
    pub checked: Option<bool>,
    pub expanded: Option<bool>,
    pub invalid: bool,
    pub required: bool,
    pub disabled: bool,
}

/// The confirmations and verdicts that must be announced.
const LIVE: &[&str] = &[
    "verdict",
    "decline-status",
    "signoff-status",
    "signoff-list-status",
    "shift-status",
    "data-status",
    "photo-status",
    "copy-status",
];

/// Reads the [`Facts`] of the page as it is now.
pub async fn facts(app: &App) -> Result<Facts> {
    let v = app
        .js(
            r#"
// With a modal dialog open, the rest of the page is inert: out of the tree.
const scope = document.querySelector('dialog:modal') || document;
const visible = (e) => !!e && scope.contains(e) && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
const fields = [...scope.querySelectorAll('input[id], select[id], textarea[id]')]
  .filter((e) => visible(e) || (e.labels && [...e.labels].some(visible)));
const labels = fields.filter((e) => !e.hasAttribute('aria-label') || (e.labels && e.labels.length))
  .map((e) => [e.id, norm([...(e.labels || [])].filter(visible).map((l) => l.innerText).join(' '))])
  .filter(([, l]) => l);
const states = [...fields, ...[...scope.querySelectorAll('button[id], details[id], [aria-expanded][id]')].filter(visible)]
  .map((e) => ({
    id: e.id,
    checked: e.type === 'checkbox' || e.type === 'radio' ? e.checked : null,
    expanded: e.tagName === 'DETAILS' ? e.open : e.hasAttribute('aria-expanded') ? e.getAttribute('aria-expanded') === 'true' : null,
    invalid: e.getAttribute('aria-invalid') === 'true',
    required: !!e.required || e.getAttribute('aria-required') === 'true',
    disabled: !!e.disabled,
  }));
const dialogs = [...document.querySelectorAll('dialog[open]')]
  .map((d) => [d.id, norm(document.getElementById(d.getAttribute('aria-labelledby'))?.innerText)]);
const live = arguments[0].filter((id) => visible(document.getElementById(id)) && norm(document.getElementById(id).textContent));
const ui = document.documentElement.lang;
const langs = [...scope.querySelectorAll('[lang]')]
  .filter((e) => e !== document.documentElement && visible(e) && e.lang !== ui && norm(e.innerText))
  .filter((e) => !e.parentElement.closest('[lang]:not(html)') || e.parentElement.closest('[lang]').lang === ui)
  .map((e) => [e.id || '', e.lang, norm(e.innerText).slice(0, 30)]);
const pinned = [...scope.querySelectorAll(scope === document ? 'body *' : '*')]
  .filter((e) => visible(e) && ['fixed', 'sticky'].includes(getComputedStyle(e).position))
  .map((e) => { const r = e.getBoundingClientRect(); return [r.x + scrollX, r.y + scrollY, r.width, r.height]; });
return { lang: ui, labels, states, dialogs, live, langs, pinned };
"#,
            vec![serde_json::json!(LIVE)],
        )
        .await?;
    Ok(serde_json::from_value(v)?)
}

/// The outcome of one state's audit.
#[derive(Debug, Default)]
pub struct Report {
    /// The nodes given to a screen reader.
    pub nodes: usize,
    pub faults: Vec<String>,
}

/// Checks `tree` against the rules; `facts` from the same moment.
pub fn check(tree: &Node, facts: &Facts, engine: Engine) -> Report {
    let all = tree.walk();
    let mut faults = Vec::new();
    let mut fault = |s: String| faults.push(s);

    // Every control and every focus target has a role and a name.
    names_and_roles(tree, false, engine, &mut fault);
    // The name contains the visible label (WCAG 2.5.3).
    for n in all
        .iter()
        .filter(|n| matches!(n.role, Role::Button | Role::Link))
    {
        let shown = n.visible_text();
        if !shown.is_empty() && !says(&n.name, &shown) {
            fault(format!(
                "the name does not contain the visible label \"{shown}\": {}",
                n.label()
            ));
        }
    }
    for (id, label) in &facts.labels {
        match tree.find(id) {
            Some(n) if says(&n.name, label) => {}
            Some(n) => fault(format!(
                "the name does not contain its label \"{label}\": {}",
                n.label()
            )),
            None => fault(format!("#{id} (labelled \"{label}\") is not in the tree")),
        }
    }
    // States.
    for s in &facts.states {
        let Some(n) = tree.find(&s.id) else {
            continue; // a control the engine does not name by id (checked above by role)
        };
        // A <details> tells its state on its summary, the control inside it.
        let control = if s.expanded.is_some() && n.tag.as_deref() == Some("details") {
            n.walk()
                .into_iter()
                .skip(1)
                .find(|c| c.focusable && c.expanded.is_some())
                .unwrap_or(n)
        } else {
            n
        };
        let mut differs = |what: &str, dom: bool, tree: bool| {
            if dom != tree {
                fault(format!(
                    "#{}: {what} is {dom} in the page, {tree} in the tree ({})",
                    s.id,
                    control.label()
                ));
            }
        };
        if let Some(c) = s.checked {
            differs("checked", c, control.checked.unwrap_or(false));
        }
        if let Some(e) = s.expanded {
            differs("expanded", e, control.expanded.unwrap_or(false));
        }
        // A field tells it is invalid; a button standing in for a field (the
        // photo's) tells it through its description, checked below (ARIA
        // 1.2 leaves aria-invalid to fields, and WebKit drops it elsewhere).
        if control.role != Role::Button {
            differs("invalid", s.invalid, control.invalid);
        }
        differs("required", s.required, control.required);
        differs("disabled", s.disabled, control.disabled);
    }
    // Headings: an outline with one level 1 (a screen's; an open modal
    // dialog is all there is, named by its title, checked below).
    let levels: Vec<u32> = all
        .iter()
        .filter(|n| n.role == Role::Heading)
        .map(|n| n.level.unwrap_or(0))
        .collect();
    let screen = facts.dialogs.is_empty();
    if screen && levels.iter().filter(|l| **l == 1).count() != 1 {
        fault(format!("not one level-1 heading: {levels:?}"));
    }
    for pair in levels.windows(2).filter(|_| screen) {
        if pair[1] > pair[0] + 1 {
            fault(format!("a heading level is skipped: {levels:?}"));
            break;
        }
    }
    if screen && levels.first() != Some(&1) {
        fault(format!("the outline does not start at level 1: {levels:?}"));
    }
    // Landmarks are named.
    for n in all.iter().filter(|n| n.role == Role::Landmark) {
        if n.name.trim().is_empty() {
            fault(format!("a landmark has no name: {}", n.label()));
        }
    }
    // Dialogs: modal, named by their title.
    for (id, title) in &facts.dialogs {
        match tree.find(id) {
            Some(n) => {
                if n.role != Role::Dialog {
                    fault(format!("#{id} is not a dialog: {}", n.label()));
                }
                if !n.modal {
                    fault(format!("#{id} is not modal: {}", n.label()));
                }
                if norm(&n.name) != norm(title) {
                    fault(format!(
                        "#{id} is named \"{}\", its title is \"{title}\"",
                        n.name
                    ));
                }
            }
            None => fault(format!("the open dialog #{id} is not in the tree")),
        }
    }
    // An invalid field is described by its error, which says something.
    let invalid_ids: Vec<&str> = facts
        .states
        .iter()
        .filter(|s| s.invalid)
        .map(|s| s.id.as_str())
        .collect();
    for n in all.iter().filter(|n| {
        (n.invalid && n.actionable())
            || n.dom_id
                .as_deref()
                .is_some_and(|id| invalid_ids.contains(&id))
    }) {
        let said: Vec<String> = n
            .described_by
            .iter()
            .filter_map(|id| tree.find(id).map(Node::visible_text))
            .collect();
        let description = norm(&n.description);
        if said.iter().all(String::is_empty) && description.is_empty() {
            fault(format!(
                "an invalid field is not described by its error: {}",
                n.label()
            ));
        }
    }
    // Verdicts and confirmations sit in a live region.
    for id in &facts.live {
        let inside = live_path(tree, id);
        match inside {
            None => fault(format!("#{id} is not in the tree")),
            Some(false) => fault(format!("#{id} is in no live region")),
            Some(true) => {}
        }
    }
    // The reading order is the visual order of the controls.
    let pinned: Vec<Rect> = facts
        .pinned
        .iter()
        .map(|p| Rect {
            x: p[0],
            y: p[1],
            w: p[2],
            h: p[3],
        })
        .collect();
    let placed: Vec<(&Node, Rect)> = all
        .iter()
        .filter(|n| n.actionable())
        .filter_map(|n| n.bounds.map(|b| (*n, b)))
        .filter(|(_, b)| b.w > 0.0 && b.h > 0.0 && !pinned.iter().any(|p| p.holds(b)))
        .collect();
    for pair in placed.windows(2) {
        let ((a, ra), (b, rb)) = (pair[0], pair[1]);
        let b_mid = rb.y + rb.h / 2.0;
        let above = b_mid < ra.y - 2.0;
        let same_row = b_mid >= ra.y && b_mid <= ra.y + ra.h;
        let left_of = rb.x + rb.w <= ra.x + 2.0;
        if above || (same_row && left_of) {
            fault(format!(
                "reading order: {} comes after {} but sits {} it",
                b.label(),
                a.label(),
                if above { "above" } else { "left of" }
            ));
        }
    }
    // Another language is exposed where the text changes language (AT-SPI
    // gives a node's language; Chromium's DevTools tree does not, so there
    // the DOM's lang, which Chromium hands to Android, is what can be read).
    if engine == Engine::WebKit {
        for (id, lang, start) in &facts.langs {
            let start = norm(start);
            let found = all.iter().any(|n| {
                n.lang
                    .as_deref()
                    .is_some_and(|l| l.starts_with(lang.as_str()))
                    && (n.visible_text().contains(&start)
                        || (!id.is_empty() && n.dom_id.as_deref() == Some(id)))
            });
            if !found {
                fault(format!(
                    "\"{start}\" is {lang} but no node in the tree says so"
                ));
            }
        }
    }
    Report {
        nodes: all.len(),
        faults,
    }
}

/// The parts of native controls and the roles each engine is known to give
/// without a name or a role of its own, which the page cannot change. Each
/// is reported in docs/accessibility.md; everything else must pass.
fn engine_gap(n: &Node, in_named_field: bool, engine: Engine) -> Option<&'static str> {
    match engine {
        // A time field's hour, minute and AM/PM parts are spin buttons inside
        // the named entry; WebKitGTK names them in English or not at all.
        Engine::WebKit if in_named_field && n.raw_role == "spin button" => {
            Some("a time field's part")
        }
        // WebKitGTK gives <summary> the role "unknown", with its name and
        // its expanded state.
        Engine::WebKit if n.raw_role == "unknown" && n.tag.as_deref() == Some("summary") => {
            Some("a summary")
        }
        _ => None,
    }
}

/// Every control has a name, every focus target says something, and every
/// focusable node has a role; `in_named_field`: below a named text field.
fn names_and_roles(n: &Node, in_named_field: bool, engine: Engine, fault: &mut impl FnMut(String)) {
    let gap = engine_gap(n, in_named_field, engine);
    if gap.is_none() {
        if n.actionable() && n.name.trim().is_empty() {
            fault(format!("a control has no name: {}", n.label()));
        }
        if n.focusable
            && !n.actionable()
            && !matches!(n.role, Role::Document | Role::Option)
            && n.name.trim().is_empty()
            && n.visible_text().is_empty()
        {
            fault(format!("a focus target says nothing: {}", n.label()));
        }
        if n.focusable && matches!(n.raw_role.as_str(), "" | "unknown" | "generic") {
            fault(format!("a focusable node has no role: {}", n.label()));
        }
    }
    let named_field = in_named_field || (n.role == Role::TextBox && !n.name.trim().is_empty());
    for c in &n.children {
        names_and_roles(c, named_field, engine, fault);
    }
}

/// Whether the node with `id` sits in a live region (its own, an
/// ancestor's, or a status or alert role); `None` when it is not in the tree.
fn live_path(n: &Node, id: &str) -> Option<bool> {
    let live_here = n.live.is_some() || matches!(n.role, Role::Status | Role::Alert);
    if n.dom_id.as_deref() == Some(id) {
        return Some(live_here);
    }
    for c in &n.children {
        if let Some(inside) = live_path(c, id) {
            return Some(inside || live_here);
        }
    }
    None
}

/// Reads the tree and the facts, and checks them: one state's audit.
pub async fn audit(app: &App) -> Result<Report> {
    app.painted().await?;
    // The page at rest: the same scroll position at two readings in a row
    // (a scroll into view may still be under way), so boxes read from the
    // page and from the tree agree.
    app.wait_js(
        "const y = scrollY; const same = window.__treeY === y; window.__treeY = y; return same",
    )
    .await?;
    let facts = facts(app).await?;
    let tree = tree(app).await?;
    Ok(check(&tree, &facts, app.engine))
}

#[cfg(test)]
mod tests {
    //! The rules on hand-made trees: each fault is found, and a sound tree
    //! passes, so the audit cannot pass by finding nothing.

    use super::*;

    fn node(role: Role, raw: &str, name: &str) -> Node {
        Node {
            role,
            raw_role: raw.into(),
            name: name.into(),
            description: String::new(),
            focusable: matches!(role, Role::Button | Role::Link | Role::TextBox),
            checked: None,
            expanded: None,
            selected: None,
            disabled: false,
            invalid: false,
            required: false,
            modal: false,
            level: None,
            lang: None,
            dom_id: None,
            tag: None,
            described_by: Vec::new(),
            live: None,
            bounds: None,
            text: String::new(),
            backend: None,
            children: Vec::new(),
        }
    }

    fn with(mut n: Node, f: impl FnOnce(&mut Node)) -> Node {
        f(&mut n);
        n
    }

    fn at(y: f64) -> Option<Rect> {
        Some(Rect {
            x: 10.0,
            y,
            w: 100.0,
            h: 40.0,
        })
    }

    fn sound() -> (Node, Facts) {
        let text = |t: &str| with(node(Role::Text, "StaticText", t), |n| n.text = t.into());
        let tree = with(node(Role::Document, "RootWebArea", ""), |d| {
            d.children = vec![with(
                node(Role::Landmark, "main", "Kan jeg poste dette?"),
                |m| {
                    m.children = vec![
                        with(
                            node(Role::Heading, "heading", "Kan jeg poste dette?"),
                            |h| h.level = Some(1),
                        ),
                        with(node(Role::Heading, "heading", "Svar"), |h| {
                            h.level = Some(2)
                        }),
                        with(node(Role::Button, "button", "Ja"), |b| {
                            b.bounds = at(100.0);
                            b.children = vec![text("Ja")];
                        }),
                        with(node(Role::TextBox, "textbox", "Navnet ditt"), |t| {
                            t.dom_id = Some("name".into());
                            t.bounds = at(200.0);
                        }),
                        with(node(Role::Status, "status", ""), |s| {
                            s.dom_id = Some("decline-status".into());
                            s.live = Some("polite".into());
                        }),
                    ];
                },
            )];
        });
        let facts = Facts {
            lang: "nb".into(),
            labels: vec![("name".into(), "Navnet ditt".into())],
            states: vec![],
            dialogs: vec![],
            live: vec!["decline-status".into()],
            langs: vec![],
            pinned: vec![],
        };
        (tree, facts)
    }

    fn faults(tree: &Node, facts: &Facts) -> Vec<String> {
        check(tree, facts, Engine::Chromium).faults
    }

    fn main_children(tree: &mut Node) -> &mut Vec<Node> {
        &mut tree.children[0].children
    }

    #[test]
    fn a_sound_tree_passes() {
        let (tree, facts) = sound();
        assert_eq!(faults(&tree, &facts), Vec::<String>::new());
    }

    #[test]
    fn each_fault_is_found() {
        type Breaks = Box<dyn Fn(&mut Node, &mut Facts)>;
        let cases: Vec<(&str, Breaks)> = vec![
            (
                "a control has no name",
                Box::new(|t, _| main_children(t)[2].name.clear()),
            ),
            (
                "does not contain the visible label",
                Box::new(|t, _| main_children(t)[2].name = "Godta".into()),
            ),
            (
                "does not contain its label",
                Box::new(|t, _| main_children(t)[3].name = "Felt".into()),
            ),
            (
                "not one level-1 heading",
                Box::new(|t, _| main_children(t)[0].level = Some(2)),
            ),
            (
                "a heading level is skipped",
                Box::new(|t, _| main_children(t)[1].level = Some(3)),
            ),
            (
                "a landmark has no name",
                Box::new(|t, _| t.children[0].name.clear()),
            ),
            (
                "is in no live region",
                Box::new(|t, _| {
                    let s = &mut main_children(t)[4];
                    s.live = None;
                    s.role = Role::Other;
                }),
            ),
            (
                "is not described by its error",
                Box::new(|t, _| main_children(t)[3].invalid = true),
            ),
            (
                "reading order",
                Box::new(|t, _| main_children(t)[3].bounds = at(20.0)),
            ),
            (
                "is not modal",
                Box::new(|t, f| {
                    f.dialogs = vec![("d".into(), "Slette?".into())];
                    t.children
                        .push(with(node(Role::Dialog, "dialog", "Slette?"), |d| {
                            d.dom_id = Some("d".into())
                        }));
                }),
            ),
            (
                "is named",
                Box::new(|t, f| {
                    f.dialogs = vec![("d".into(), "Slette?".into())];
                    t.children
                        .push(with(node(Role::Dialog, "dialog", "Dialog"), |d| {
                            d.dom_id = Some("d".into());
                            d.modal = true;
                        }));
                }),
            ),
            (
                "invalid is true in the page",
                Box::new(|_, f| {
                    f.states = vec![StateFact {
                        id: "name".into(),
                        checked: None,
                        expanded: None,
                        invalid: true,
                        required: false,
                        disabled: false,
                    }];
                }),
            ),
            (
                "checked is true in the page",
                Box::new(|t, f| {
                    main_children(t).push(with(node(Role::CheckBox, "checkbox", "Ja"), |c| {
                        c.dom_id = Some("c".into());
                        c.checked = Some(false);
                    }));
                    f.states = vec![StateFact {
                        id: "c".into(),
                        checked: Some(true),
                        expanded: None,
                        invalid: false,
                        required: false,
                        disabled: false,
                    }];
                }),
            ),
            (
                "a focusable node has no role",
                Box::new(|t, _| {
                    main_children(t).push(with(node(Role::Other, "generic", "x"), |g| {
                        g.focusable = true
                    }));
                }),
            ),
        ];
        for (want, break_it) in cases {
            let (mut tree, mut facts) = sound();
            break_it(&mut tree, &mut facts);
            let found = faults(&tree, &facts);
            assert!(found.iter().any(|f| f.contains(want)), "{want}: {found:?}");
        }
    }

    #[test]
    fn another_language_must_be_in_the_tree_in_webkit() {
        let (mut tree, mut facts) = sound();
        facts.langs = vec![("".into(), "en".into(), "Kind regards".into())];
        assert!(check(&tree, &facts, Engine::WebKit)
            .faults
            .iter()
            .any(|f| f.contains("is en")));
        main_children(&mut tree).push(with(node(Role::Other, "paragraph", ""), |p| {
            p.lang = Some("en".into());
            p.text = "Kind regards, Kari".into();
        }));
        assert_eq!(
            check(&tree, &facts, Engine::WebKit).faults,
            Vec::<String>::new()
        );
    }
}
