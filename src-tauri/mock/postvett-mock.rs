//! Test-only: the app's real setup (`run_app`, plugins, commands, capabilities
//! and embedded UI) on Tauri's mock runtime, served to a plain browser over
//! loopback. The Chromium lane (`tests/tests/chromium.rs`) drives Debian's
//! Chromium, the engine of Android's WebView, against it: the page is the
//! real `ui/dist` with its real CSP, and every command the page calls runs in
//! the real Rust code, so no logic is re-implemented for the browser.
//!
//! - `http://tauri.localhost/…` (Android's origin for a Tauri app) serves
//!   the embedded assets with the CSP header Tauri computes for them;
//!   `index.html` gets one extra `<script>` first, `mock-ipc.js`, which
//!   stands in for the scripts Tauri injects into its webview.
//! - `http://ipc.localhost/<command>` (POST, JSON arguments) calls the
//!   command through Tauri's IPC, with the capability checks, and answers
//!   with its JSON result (200) or its serialised error (400).
//!
//! The browser maps both host names to this server's port. Anything else is
//! a 404, so the page can fetch nothing from elsewhere.
//!
//! Prints `listening on <port>` once it serves. Environment as for the app
//! (`POSTVETT_DATA_DIR`, `LANG`/`LC_ALL`).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;

use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{AssetResolver, Manager, WebviewWindow};

const SHIM_PATH: &str = "/__postvett/mock-ipc.js";
const SHIM: &str = include_str!("mock-ipc.js");
/// The page's origin, as on Android.
const ORIGIN: &str = "http://tauri.localhost";

struct Request {
    method: String,
    host: String,
    path: String,
    body: Vec<u8>,
}

fn read_request(stream: &mut TcpStream) -> std::io::Result<Request> {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_owned();
    let target = parts.next().unwrap_or("/").to_owned();
    let (mut host, mut length) = (String::new(), 0usize);
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            match name.trim().to_ascii_lowercase().as_str() {
                "host" => host = value.trim().split(':').next().unwrap_or("").to_owned(),
                "content-length" => length = value.trim().parse().unwrap_or(0),
                _ => {}
            }
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    // A proxy-style absolute target names its host itself.
    let path = match target.split_once("://") {
        Some((_, rest)) => {
            let (h, p) = rest.split_once('/').unwrap_or((rest, ""));
            host = h.split(':').next().unwrap_or("").to_owned();
            format!("/{p}")
        }
        None => target,
    };
    Ok(Request {
        method,
        host,
        path,
        body,
    })
}

fn respond(stream: &mut TcpStream, status: &str, headers: &[(&str, &str)], body: &[u8]) {
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\nCache-Control: no-store\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
}

/// `%7C` → `|` and so on (command names are URI-encoded by the shim).
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            if let Ok(b) = u8::from_str_radix(s.get(i + 1..i + 3).unwrap_or(""), 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What every connection's thread needs: the app's window, its assets, and
/// the URL its IPC requests come from.
struct Served {
    webview: WebviewWindow<MockRuntime>,
    assets: AssetResolver<MockRuntime>,
    origin: tauri::Url,
}

fn invoke(served: &Served, cmd: &str, body: &[u8]) -> (bool, Vec<u8>) {
    let args: Value = serde_json::from_slice(body).unwrap_or(Value::Object(Default::default()));
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: served.origin.clone(),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    match get_ipc_response(&served.webview, request) {
        Ok(r) => (
            true,
            serde_json::to_vec(&r.deserialize::<Value>().unwrap_or(Value::Null))
                .unwrap_or_default(),
        ),
        Err(e) => (false, serde_json::to_vec(&e).unwrap_or_default()),
    }
}

fn serve(mut stream: TcpStream, served: &Served) {
    let Ok(req) = read_request(&mut stream) else {
        return;
    };
    let cors = [("Access-Control-Allow-Origin", ORIGIN)];
    match (req.host.as_str(), req.method.as_str()) {
        ("ipc.localhost", "POST") => {
            let cmd = percent_decode(req.path.trim_start_matches('/'));
            let (ok, body) = invoke(served, &cmd, &req.body);
            let status = if ok { "200 OK" } else { "400 Bad Request" };
            let headers = [cors[0], ("Content-Type", "application/json")];
            respond(&mut stream, status, &headers, &body);
        }
        ("ipc.localhost", "OPTIONS") => respond(
            &mut stream,
            "204 No Content",
            &[
                cors[0],
                ("Access-Control-Allow-Methods", "POST"),
                ("Access-Control-Allow-Headers", "Content-Type"),
            ],
            b"",
        ),
        ("tauri.localhost", "GET") if req.path == SHIM_PATH => respond(
            &mut stream,
            "200 OK",
            &[("Content-Type", "text/javascript")],
            SHIM.as_bytes(),
        ),
        ("tauri.localhost", "GET") => {
            let path = req.path.split(['?', '#']).next().unwrap_or("/");
            let path = if path == "/" { "/index.html" } else { path };
            match served.assets.get(path.to_owned()) {
                Some(asset) => {
                    let mut bytes = asset.bytes;
                    if path == "/index.html" {
                        let html = String::from_utf8_lossy(&bytes).replacen(
                            "<head>",
                            &format!("<head><script src=\"{SHIM_PATH}\"></script>"),
                            1,
                        );
                        bytes = html.into_bytes();
                    }
                    let mut headers = vec![("Content-Type", asset.mime_type.as_str())];
                    if let Some(csp) = asset.csp_header.as_deref() {
                        headers.push(("Content-Security-Policy", csp));
                    }
                    respond(&mut stream, "200 OK", &headers, &bytes);
                }
                None => respond(&mut stream, "404 Not Found", &[], b""),
            }
        }
        _ => respond(&mut stream, "404 Not Found", &[], b""),
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The clipboard is GTK's (src/system/linux.rs), served from GTK's main
    // loop, which the mock runtime does not run; it runs on a thread here.
    std::thread::spawn(|| {
        if gtk::init().is_ok() {
            gtk::main();
        }
    });
    let mut app = postvett_lib::run_app(mock_builder()).build(tauri::generate_context!())?;
    // Setup (the configured window, then the app's setup hook) runs on the
    // first iteration.
    #[allow(deprecated)] // a single iteration, never a loop
    app.run_iteration(|_, _| {});
    let served = Arc::new(Served {
        webview: app
            .get_webview_window("main")
            .ok_or("the configured main window is missing")?,
        assets: app.asset_resolver(),
        // The URL the mock runtime's window has, which the capability allows.
        origin: "tauri://localhost".parse()?,
    });
    let listener = TcpListener::bind("127.0.0.1:0")?;
    println!("listening on {}", listener.local_addr()?.port());
    std::io::stdout().flush()?;
    for stream in listener.incoming().flatten() {
        let served = Arc::clone(&served);
        // A thread per connection: the browser opens some before it sends.
        std::thread::spawn(move || serve(stream, &served));
    }
    Ok(())
}
