//! Orca, the screen reader, for real: started against the app under Xvfb,
//! driven with the keys a blind user presses (sent to the X server with
//! xdotool), and heard through its debug log, where every utterance it hands
//! to speech-dispatcher is a `SPEECH OUTPUT: '…'` line.
//!
//! What it takes to run here, each found by a run that failed without it:
//! - a window manager (openbox): without one, Orca finds no active window
//!   and reads nothing;
//! - speech-dispatcher started first, with an audio output that needs no
//!   sound card (libao's null driver): with none, espeak-ng's first
//!   utterance never ends, and Orca waits for it for ever;
//! - `C.UTF-8` for Orca's own locale, the one it can set without a generated
//!   `nb_NO` locale (so its role and state words are English);
//! - braille off (no BrlAPI server), and the debug log written to a
//!   terminal (`script`), where Python writes each line at once instead of
//!   in blocks of 8 KiB.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use tokio::process::{Child, Command};

use crate::Result;

/// One thing Orca said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said(pub String);

/// Orca and what it needs, ended together when dropped.
pub struct Orca {
    log: PathBuf,
    wm: Child,
    speech: Child,
    orca: Child,
    /// The log's lines already looked at by [`Orca::press`].
    heard: usize,
}

impl Orca {
    /// Starts the window manager. Call before the app starts, so its window
    /// is managed (focused) from the first frame.
    pub fn window_manager() -> Result<Child> {
        Ok(Command::new("openbox")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()?)
    }

    /// Activates the app's window, starts speech-dispatcher and Orca with
    /// their own folders under `dir`, and waits until Orca has read the
    /// window's title.
    pub async fn start(dir: &Path, wm: Child) -> Result<Orca> {
        let home = dir.join("orca-home");
        let run = dir.join("orca-run");
        let config = home.join(".config");
        let speechd = config.join("speech-dispatcher");
        std::fs::create_dir_all(&speechd)?;
        std::fs::create_dir_all(&run)?;
        // speech-dispatcher keeps its socket here, as in a user's own.
        std::fs::set_permissions(&run, std::os::unix::fs::PermissionsExt::from_mode(0o700))?;
        // Debian's configuration, with audio that needs no sound card.
        let system = Path::new("/etc/speech-dispatcher");
        let conf = std::fs::read_to_string(system.join("speechd.conf"))?;
        std::fs::write(
            speechd.join("speechd.conf"),
            format!("{conf}\nAudioOutputMethod \"libao\"\n"),
        )?;
        for sub in ["clients", "modules"] {
            std::os::unix::fs::symlink(system.join(sub), speechd.join(sub))?;
        }
        std::fs::write(home.join(".libao"), "default_driver=null\n")?;
        let env = [
            ("HOME", home.as_os_str()),
            ("XDG_CONFIG_HOME", config.as_os_str()),
            ("XDG_RUNTIME_DIR", run.as_os_str()),
            ("LANG", "C.UTF-8".as_ref()),
            ("LC_ALL", "C.UTF-8".as_ref()),
            ("LANGUAGE", "".as_ref()),
        ];

        activate_window().await?;

        let speech = Command::new("speech-dispatcher")
            .args(["--run-single", "--timeout", "0"])
            .envs(env)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()?;
        let socket = run.join("speech-dispatcher/speechd.sock");
        wait_for(
            "speech-dispatcher's socket",
            Duration::from_secs(20),
            || socket.exists(),
        )
        .await?;

        let log = dir.join("orca.log");
        let orca = Command::new("script")
            .args(["--quiet", "--flush", "--command"])
            .arg("orca --replace --disable=braille --disable=braille-monitor --debug-file=/dev/tty")
            .arg(&log)
            .envs(env)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()?;
        let mut me = Orca {
            log,
            wm,
            speech,
            orca,
            heard: 0,
        };
        me.wait_said(Duration::from_secs(60), |said| {
            said.iter().any(|s| s.0.contains("frame"))
        })
        .await?;
        Ok(me)
    }

    /// Everything Orca said, in order, but the names of keys it echoes.
    pub fn said(&self) -> Vec<Said> {
        self.lines().iter().filter_map(|l| spoken(l)).collect()
    }

    fn lines(&self) -> Vec<String> {
        let bytes = std::fs::read(&self.log).unwrap_or_default();
        String::from_utf8_lossy(&bytes)
            .lines()
            .map(|l| l.trim_end_matches('\r').to_owned())
            .collect()
    }

    /// Waits until what Orca said since the last press satisfies `done`, and
    /// until Orca has finished handling the event it said it for; returns it.
    async fn wait_said(
        &mut self,
        timeout: Duration,
        done: impl Fn(&[Said]) -> bool,
    ) -> Result<Vec<Said>> {
        let deadline = Instant::now() + timeout;
        loop {
            let lines = self.lines();
            let new = lines.get(self.heard..).unwrap_or_default();
            let said: Vec<Said> = new.iter().filter_map(|l| spoken(l)).collect();
            // Everything Orca says for one event is logged before the end of
            // that event's handling ("^^^^^ PROCESS …").
            let last_said = new.iter().rposition(|l| spoken(l).is_some());
            let finished =
                last_said.is_some_and(|i| new[i..].iter().any(|l| l.starts_with("^^^^^ PROCESS")));
            if done(&said) && finished {
                self.heard = lines.len();
                return Ok(said);
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "Orca did not say what was awaited within {timeout:?}; it said {said:?}"
                )
                .into());
            }
            if let Ok(Some(status)) = self.orca.try_wait() {
                return Err(format!("Orca ended ({status}); it said {said:?}").into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Presses `key` (an xdotool key name) and waits until what Orca says
    /// after it satisfies `done`; returns what it said.
    pub async fn press(&mut self, key: &str, done: impl Fn(&[Said]) -> bool) -> Result<Vec<Said>> {
        self.heard = self.lines().len();
        xdotool(&["key", key]).await?;
        self.wait_said(Duration::from_secs(20), done).await
    }

    /// Presses `key` until Orca says something containing `text`, at most
    /// `most` times; returns what it said for that last press.
    pub async fn press_until(&mut self, key: &str, text: &str, most: usize) -> Result<Vec<Said>> {
        let mut all = Vec::new();
        for _ in 0..most {
            let said = self.press(key, |s| !s.is_empty()).await?;
            if said.iter().any(|s| s.0.contains(text)) {
                return Ok(said);
            }
            all.extend(said);
        }
        Err(format!("{most} × {key} never reached {text:?}; Orca said {all:?}").into())
    }

    /// The debug log, kept with the test's artefacts.
    pub fn log(&self) -> &Path {
        &self.log
    }
}

impl Drop for Orca {
    fn drop(&mut self) {
        // `script` runs Orca in a session of its own: end the whole tree.
        for child in [&self.orca, &self.speech, &self.wm] {
            if let Some(pid) = child.id() {
                kill_tree(pid);
            }
        }
    }
}

/// The text of a `SPEECH OUTPUT` line, unless it is an echoed key (`'tab '
/// {…}`: a space before the voice, where an utterance has none).
fn spoken(line: &str) -> Option<Said> {
    let (_, rest) = line.split_once("SPEECH OUTPUT: '")?;
    let end = rest.rfind("'{")?;
    Some(Said(rest[..end].to_owned()))
}

/// Gives the app's window the keyboard focus, as a click on it would, and
/// waits until the window manager says it is active.
async fn activate_window() -> Result {
    xdotool(&[
        "search",
        "--sync",
        "--onlyvisible",
        "--name",
        "^Postvett$",
        "windowactivate",
        "--sync",
    ])
    .await
}

async fn xdotool(args: &[&str]) -> Result {
    let out = tokio::time::timeout(
        Duration::from_secs(20),
        Command::new("xdotool").args(args).output(),
    )
    .await
    .map_err(|_| format!("xdotool {args:?} did not end within 20 s"))??;
    if !out.status.success() {
        return Err(format!("xdotool {args:?}: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(())
}

async fn wait_for(what: &str, timeout: Duration, done: impl Fn() -> bool) -> Result {
    let deadline = Instant::now() + timeout;
    while !done() {
        if Instant::now() > deadline {
            return Err(format!("{what}: not there within {timeout:?}").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Ok(())
}

/// SIGKILLs `pid` and every process under it.
fn kill_tree(pid: u32) {
    let mut all = vec![pid];
    let mut i = 0;
    while i < all.len() {
        all.extend(crate::started::children(all[i]));
        i += 1;
    }
    for p in all {
        if let Ok(p) = i32::try_from(p) {
            // SAFETY: kill(2) signals a process; it touches no memory of ours.
            unsafe { libc::kill(p, libc::SIGKILL) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_utterance_is_heard_and_an_echoed_key_is_not() {
        let line =
            "20:16:30.826515 - SPEECH OUTPUT: 'Hva skal du gjøre? panel.'{'established': False}";
        assert_eq!(spoken(line), Some(Said("Hva skal du gjøre? panel.".into())));
        let echo = "20:16:30.747526 - SPEECH OUTPUT: 'tab ' {'established': False}";
        assert_eq!(spoken(echo), None);
        assert_eq!(
            spoken("20:16:30 - SPEECH: Last spoke 0.3 seconds ago"),
            None
        );
        // A quote inside the utterance is kept.
        let quoted = "x - SPEECH OUTPUT: 'Trykk 'Ja' her'{'established': False}";
        assert_eq!(spoken(quoted), Some(Said("Trykk 'Ja' her".into())));
    }
}
