//! WebKitGTK's accessibility tree, as Orca gets it: AT-SPI, read by
//! Debian's `python3-pyatspi` (`tests/a11y/atspi_tree.py`, run on the
//! test's session bus) and normalised into [`Node`]s.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

use super::{Node, Rect, Role};
use crate::{App, Result};

fn role(raw: &str, attrs: &Value) -> Role {
    match raw {
        "push button" | "toggle button" | "push button menu" => Role::Button,
        "link" => Role::Link,
        "check box" | "switch" => Role::CheckBox,
        "radio button" => Role::Radio,
        "entry" | "password text" | "spin button" | "date editor" | "editbar" => Role::TextBox,
        "combo box" | "list box" => Role::ComboBox,
        "option" | "list item" if attrs["xml-roles"] == "option" => Role::Option,
        "heading" => Role::Heading,
        "dialog" | "alert dialog" => Role::Dialog,
        "landmark" => Role::Landmark,
        "alert" | "notification" => Role::Alert,
        "status bar" => Role::Status,
        "static" | "text" => Role::Text,
        "document web" | "document frame" => Role::Document,
        "grouping" | "panel" | "section" => Role::Group,
        _ => Role::Other,
    }
}

fn convert(n: &Value, origin: (f64, f64)) -> Node {
    let states: BTreeSet<&str> = n["states"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let attrs = &n["attributes"];
    let raw = n["role"].as_str().unwrap_or_default().to_owned();
    let has = |s: &str| states.contains(s);
    let either = |able: &str, on: &str| (has(able) || has(on)).then(|| has(on));
    let live = ["live", "container-live"]
        .iter()
        .filter_map(|k| attrs[*k].as_str())
        .find(|v| *v != "off")
        .map(str::to_owned);
    let described_by = n["relations"]["described by"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t.as_str().map(str::to_owned))
        .collect();
    let bounds = n["extents"].as_array().and_then(|e| {
        let e: Vec<f64> = e.iter().filter_map(Value::as_f64).collect();
        (e.len() == 4).then(|| Rect {
            x: e[0] - origin.0,
            y: e[1] - origin.1,
            w: e[2],
            h: e[3],
        })
    });
    Node {
        role: role(&raw, attrs),
        raw_role: raw,
        name: n["name"].as_str().unwrap_or_default().to_owned(),
        description: n["description"].as_str().unwrap_or_default().to_owned(),
        focusable: has("focusable"),
        checked: either("checkable", "checked"),
        expanded: either("expandable", "expanded"),
        selected: has("selectable").then(|| has("selected")),
        disabled: !has("enabled"),
        invalid: has("invalid entry") || has("invalid"),
        required: has("required"),
        modal: has("modal"),
        level: attrs["level"].as_str().and_then(|l| l.parse().ok()),
        lang: n["locale"].as_str().map(str::to_owned),
        dom_id: n["id"].as_str().map(str::to_owned),
        tag: attrs["tag"].as_str().map(str::to_owned),
        described_by,
        live,
        bounds,
        text: n["text"].as_str().unwrap_or_default().to_owned(),
        backend: None,
        children: n["children"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|c| convert(c, origin))
            .collect(),
    }
}

/// The page's tree as [`Node`]s, rooted at the document; boxes in page
/// coordinates (WebKit's document box is the whole page, moved up as it
/// scrolls, so a node's place in it is its place on the page).
pub async fn tree(_app: &App) -> Result<Node> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("a11y/atspi_tree.py");
    let out = tokio::process::Command::new("/usr/bin/python3")
        .arg(&script)
        .output()
        .await
        .map_err(|e| {
            format!(
                "{}: {e} (scripts/setup installs python3-pyatspi)",
                script.display()
            )
        })?;
    if !out.status.success() {
        return Err(format!(
            "the AT-SPI tree could not be read: {}",
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    let dump: Value = serde_json::from_slice(&out.stdout)?;
    let root = &dump["tree"];
    let doc = root["extents"].as_array().cloned().unwrap_or_default();
    let origin = (
        doc.first().and_then(Value::as_f64).unwrap_or(0.0),
        doc.get(1).and_then(Value::as_f64).unwrap_or(0.0),
    );
    Ok(convert(root, origin))
}
