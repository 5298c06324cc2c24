//! One running instance per store on Linux, through a Unix socket beside the
//! store. The first launch listens on it; a second launch connects, asks the
//! first to show itself and exits, so two processes never share the store.
//!
//! A socket left by a run that ended without removing it refuses
//! connections; the next launch then replaces it. The socket lives in the
//! user's own data folder, so another user cannot hold or answer it.

use std::io::{Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};

/// What a second launch writes before it exits.
const SHOW: &[u8] = b"show\n";

/// Who has the store.
pub enum Claim {
    /// This process: it listens for later launches.
    First(UnixListener),
    /// Another running instance, which has been asked to show itself.
    Second,
}

/// The socket for the store in `store`: a sibling named after it.
pub fn socket_beside(store: &Path) -> PathBuf {
    let mut name = store.file_name().unwrap_or_default().to_owned();
    name.push(".sock");
    store.with_file_name(name)
}

/// Claims the store for this process, or asks the instance holding it to show
/// itself.
pub fn claim(socket: &Path) -> std::io::Result<Claim> {
    if ask_to_show(socket) {
        return Ok(Claim::Second);
    }
    if let Some(dir) = socket.parent() {
        std::fs::create_dir_all(dir)?;
    }
    match UnixListener::bind(socket) {
        Ok(listener) => Ok(Claim::First(listener)),
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
            // Another launch may have bound it just now; if nobody answers,
            // it is a socket left by a run that has ended.
            if ask_to_show(socket) {
                return Ok(Claim::Second);
            }
            std::fs::remove_file(socket)?;
            UnixListener::bind(socket).map(Claim::First)
        }
        Err(e) => Err(e),
    }
}

fn ask_to_show(socket: &Path) -> bool {
    UnixStream::connect(socket).is_ok_and(|mut s| s.write_all(SHOW).is_ok())
}

/// Calls `show` for every later launch that asks, on a thread of its own.
pub fn serve(listener: UnixListener, show: impl Fn() + Send + 'static) {
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            // A connection that says nothing must not hold up the next one.
            let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(1)));
            let mut asked = [0; SHOW.len()];
            if (&stream).read_exact(&mut asked).is_ok() && asked == SHOW {
                show();
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::time::Duration;

    #[test]
    fn the_socket_sits_beside_the_store() {
        assert_eq!(
            socket_beside(Path::new("/home/kari/.local/share/no.postvett.app/store")),
            Path::new("/home/kari/.local/share/no.postvett.app/store.sock")
        );
    }

    /// A first instance serving in `dir`: its socket, and a receiver that
    /// gets one message each time it is asked to show itself.
    fn first_instance(dir: &Path) -> (PathBuf, mpsc::Receiver<()>) {
        let socket = socket_beside(&dir.join("store"));
        let Claim::First(listener) = claim(&socket).unwrap() else {
            panic!("the first launch must get the store");
        };
        let (shown, asked) = mpsc::channel();
        serve(listener, move || shown.send(()).unwrap());
        (socket, asked)
    }

    #[test]
    fn a_second_launch_asks_the_first_to_show_itself() {
        let dir = tempfile::tempdir().unwrap();
        let (socket, asked) = first_instance(dir.path());
        assert!(matches!(claim(&socket).unwrap(), Claim::Second));
        asked
            .recv_timeout(Duration::from_secs(5))
            .expect("the first instance was asked to show itself");
        assert!(matches!(claim(&socket).unwrap(), Claim::Second));
        asked
            .recv_timeout(Duration::from_secs(5))
            .expect("and again on the next launch");
    }

    #[test]
    fn a_socket_left_by_an_ended_run_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let socket = socket_beside(&dir.path().join("store"));
        drop(UnixListener::bind(&socket).unwrap()); // the file stays, nobody listens
        assert!(socket.exists());
        assert!(matches!(claim(&socket).unwrap(), Claim::First(_)));
    }

    #[test]
    fn a_stranger_writing_to_the_socket_is_not_a_request_to_show() {
        let dir = tempfile::tempdir().unwrap();
        let (socket, asked) = first_instance(dir.path());
        UnixStream::connect(&socket)
            .unwrap()
            .write_all(b"open /etc\n")
            .unwrap();
        // Connections are served in turn, so once the real request is seen,
        // the stranger's has been handled: it must have shown nothing.
        assert!(matches!(claim(&socket).unwrap(), Claim::Second));
        asked
            .recv_timeout(Duration::from_secs(5))
            .expect("the real request shows the window");
        assert!(
            asked.try_recv().is_err(),
            "the stranger's bytes showed the window"
        );
    }
}
