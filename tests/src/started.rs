//! The app started on its own, as a user starts it: no WebDriver, and no
//! painting choice in its environment, so it makes its own. It is started
//! with the startup benchmark's ready signal (`POSTVETT_BENCH_READY`, kept
//! open with `POSTVETT_BENCH_STAY`; see `src-tauri/src/bench.rs`), so a test
//! can wait for the first screen and then look at the processes it runs.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};

use tokio::process::{Child, Command};

use crate::launch::{app_env, ProcessGroup};
use crate::{app_binary, Launch, Result};

/// A running app and its WebKit processes, killed together when dropped.
pub struct Started {
    child: Child,
    _group: ProcessGroup,
    ready: PathBuf,
}

impl Started {
    pub async fn start(opts: Launch<'_>) -> Result<Started> {
        let ready = opts.data_dir.join("ready");
        let child = Command::new(app_binary())
            .envs(app_env(&opts))
            // Set by app_env for the WebDriver sessions, and perhaps by the
            // caller's own environment: the app is to choose.
            .env_remove("WEBKIT_DISABLE_COMPOSITING_MODE")
            .env("POSTVETT_BENCH_READY", &ready)
            .env("POSTVETT_BENCH_STAY", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .process_group(0)
            .spawn()?;
        let group = ProcessGroup(child.id().ok_or("the app exited at once")?);
        Ok(Started {
            child,
            _group: group,
            ready,
        })
    }

    /// Waits (up to 60 s) for the ready signal, two frames after the first
    /// screen is in, and returns the page's milestones (ms after navigation).
    pub async fn ready(&mut self) -> Result<BTreeMap<String, f64>> {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(text) = std::fs::read_to_string(&self.ready) {
                let mut lines = text.lines();
                if lines.next().is_some_and(|ns| ns.parse::<u128>().is_ok()) {
                    return Ok(lines
                        .filter_map(|l| l.split_once(' '))
                        .filter_map(|(name, ms)| Some((name.to_owned(), ms.parse().ok()?)))
                        .collect());
                }
            }
            if let Some(status) = self.child.try_wait()? {
                return Err(format!("the app ended before it was ready: {status}").into());
            }
            if Instant::now() > deadline {
                return Err("the app was not ready within 60 s".into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The environment of every process the app started (its WebKit
    /// processes), one list of `NAME=value` entries each.
    pub fn children_env(&self) -> Vec<Vec<String>> {
        let mut out = Vec::new();
        let mut todo: Vec<u32> = self.child.id().into_iter().collect();
        while let Some(pid) = todo.pop() {
            for kid in children(pid) {
                if let Ok(env) = std::fs::read(format!("/proc/{kid}/environ")) {
                    out.push(
                        env.split(|b| *b == 0)
                            .filter(|e| !e.is_empty())
                            .map(|e| String::from_utf8_lossy(e).into_owned())
                            .collect(),
                    );
                }
                todo.push(kid);
            }
        }
        out
    }
}

/// The direct children of `pid`, from every thread's list in /proc.
pub(crate) fn children(pid: u32) -> Vec<u32> {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return Vec::new();
    };
    tasks
        .flatten()
        .filter_map(|t| std::fs::read_to_string(t.path().join("children")).ok())
        .flat_map(|s| {
            s.split_whitespace()
                .filter_map(|p| p.parse().ok())
                .collect::<Vec<u32>>()
        })
        .collect()
}
