//! Chromium's accessibility tree, as the Android WebView's engine builds it:
//! the DevTools protocol's `Accessibility.getFullAXTree`, reached through
//! chromedriver's `goog/cdp/execute`. Each node is normalised into a
//! [`Node`]; its DOM id and its box come from `DOM.describeNode` and
//! `DOM.getBoxModel` for the nodes the rules need them for.

use std::collections::HashMap;

use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::{json, Value};

use super::{Node, Rect, Role};
use crate::{App, Result};

/// One DevTools command through chromedriver.
#[derive(Debug)]
struct Cdp {
    cmd: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> std::result::Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({"cmd": self.cmd, "params": self.params}).to_string()),
        )
    }
}

async fn cdp(app: &App, cmd: &'static str, params: Value) -> Result<Value> {
    Ok(app.client.issue_cmd(Cdp { cmd, params }).await?)
}

fn prop<'a>(node: &'a Value, name: &str) -> Option<&'a Value> {
    node["properties"]
        .as_array()?
        .iter()
        .find(|p| p["name"] == name)
        .map(|p| &p["value"])
}

fn flag(node: &Value, name: &str) -> bool {
    prop(node, name).is_some_and(|v| v["value"] == true || v["value"] == "true")
}

fn role(raw: &str) -> Role {
    match raw {
        "button" | "DisclosureTriangle" | "PopUpButton" | "ToggleButton" => Role::Button,
        "link" => Role::Link,
        "checkbox" | "switch" => Role::CheckBox,
        "radio" => Role::Radio,
        "textbox" | "searchbox" | "TextField" | "DateTime" | "InputTime" | "date" | "time" => {
            Role::TextBox
        }
        "combobox" | "ComboBoxSelect" | "ComboBoxMenuButton" | "listbox" => Role::ComboBox,
        "option" | "MenuListOption" => Role::Option,
        "heading" => Role::Heading,
        "dialog" | "alertdialog" => Role::Dialog,
        "main" | "navigation" | "region" | "banner" | "contentinfo" | "complementary"
        | "search" | "form" => Role::Landmark,
        "alert" => Role::Alert,
        "status" => Role::Status,
        "StaticText" => Role::Text,
        "RootWebArea" => Role::Document,
        "group" | "Details" => Role::Group,
        _ => Role::Other,
    }
}

/// The page's tree as [`Node`]s, rooted at the document.
pub async fn tree(app: &App) -> Result<Node> {
    let full = cdp(app, "Accessibility.getFullAXTree", json!({})).await?;
    let nodes = full["nodes"].as_array().ok_or("no nodes in the AX tree")?;
    let by_id: HashMap<&str, &Value> = nodes
        .iter()
        .filter_map(|n| Some((n["nodeId"].as_str()?, n)))
        .collect();
    let root = nodes
        .iter()
        .find(|n| n["role"]["value"] == "RootWebArea")
        .ok_or("no RootWebArea")?;
    let scroll = app.js("return [scrollX, scrollY]", vec![]).await?;
    let scroll = (
        scroll[0].as_f64().unwrap_or(0.0),
        scroll[1].as_f64().unwrap_or(0.0),
    );
    let mut out = build(&by_id, root);
    resolve(app, &mut out, scroll).await?;
    Ok(out)
}

/// The node and its children, skipping ignored nodes (they are not given
/// to a screen reader) but keeping their children in order.
fn build(by_id: &HashMap<&str, &Value>, n: &Value) -> Node {
    let children: Vec<Node> = n["childIds"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| by_id.get(c.as_str()?))
        .flat_map(|c| {
            let built = build(by_id, c);
            if c["ignored"] == true {
                built.children
            } else {
                vec![built]
            }
        })
        .collect();
    let raw = n["role"]["value"].as_str().unwrap_or_default().to_owned();
    let tristate = |name: &str| {
        prop(n, name).map(|v| v["value"] == true || v["value"] == "true" || v["value"] == "mixed")
    };
    let described_by = prop(n, "describedby")
        .and_then(|v| v["relatedNodes"].as_array())
        .into_iter()
        .flatten()
        .filter_map(|r| r["idref"].as_str().map(str::to_owned))
        .collect();
    let live = prop(n, "live")
        .and_then(|v| v["value"].as_str())
        .filter(|v| *v != "off")
        .map(str::to_owned);
    Node {
        role: role(&raw),
        raw_role: raw.clone(),
        name: n["name"]["value"].as_str().unwrap_or_default().to_owned(),
        description: n["description"]["value"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        focusable: flag(n, "focusable"),
        checked: tristate("checked"),
        expanded: tristate("expanded"),
        selected: tristate("selected"),
        disabled: flag(n, "disabled"),
        invalid: prop(n, "invalid").is_some_and(|v| v["value"] != "false"),
        required: flag(n, "required"),
        modal: flag(n, "modal"),
        level: prop(n, "level")
            .and_then(|v| v["value"].as_u64())
            .map(|l| l as u32),
        lang: None,
        dom_id: None,
        tag: None,
        described_by,
        live,
        bounds: None,
        text: if raw == "StaticText" {
            n["name"]["value"].as_str().unwrap_or_default().to_owned()
        } else {
            String::new()
        },
        backend: n["backendDOMNodeId"].as_u64(),
        children,
    }
}

/// Fills in the DOM id, the language and the box (page coordinates) of the
/// nodes the rules look at: the actionable and focusable ones, headings,
/// dialogs, landmarks and live regions.
async fn resolve(app: &App, node: &mut Node, scroll: (f64, f64)) -> Result {
    let mut stack: Vec<&mut Node> = vec![node];
    while let Some(n) = stack.pop() {
        let wanted = n.actionable()
            || n.focusable
            || matches!(
                n.role,
                Role::Heading | Role::Dialog | Role::Landmark | Role::Alert | Role::Status
            )
            || n.live.is_some();
        if let (true, Some(backend)) = (wanted, n.backend) {
            let d = cdp(app, "DOM.describeNode", json!({"backendNodeId": backend})).await?;
            n.tag = d["node"]["nodeName"].as_str().map(str::to_lowercase);
            let attrs: Vec<&str> = d["node"]["attributes"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            for pair in attrs.chunks(2) {
                match pair {
                    ["id", v] => n.dom_id = Some((*v).to_owned()),
                    ["lang", v] => n.lang = Some((*v).to_owned()),
                    _ => {}
                }
            }
            if let Ok(b) = cdp(app, "DOM.getBoxModel", json!({"backendNodeId": backend})).await {
                if let Some(q) = b["model"]["border"].as_array() {
                    let q: Vec<f64> = q.iter().filter_map(Value::as_f64).collect();
                    if q.len() == 8 {
                        n.bounds = Some(Rect {
                            x: q[0] + scroll.0,
                            y: q[1] + scroll.1,
                            w: q[2] - q[0],
                            h: q[5] - q[1],
                        });
                    }
                }
            }
        }
        stack.extend(n.children.iter_mut());
    }
    Ok(())
}
