//! Watching the book: its folder in, batches of changed paths out. Events
//! are debounced (a batch closes after a short quiet time, or at the
//! latest after a second of continuous events) and coalesced, so an
//! editor's rename-and-swap save or a `git checkout` of 500 files gives
//! one rebuild.

use notify::event::{AccessKind, AccessMode, EventKind, MetadataKind, ModifyKind};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Quiet time that closes a batch of events.
pub const QUIET: Duration = Duration::from_millis(25);
/// Longest a batch stays open while events keep coming.
const LONGEST: Duration = Duration::from_secs(1);

/// Starts watching folders recursively; changed paths arrive on the
/// returned channel as they happen. Keep the watcher alive.
pub fn start(
    roots: &[PathBuf],
) -> notify::Result<(RecommendedWatcher, mpsc::Receiver<Vec<PathBuf>>)> {
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        if let Ok(event) = res
            && relevant(&event.kind)
        {
            let _ = tx.send(event.paths);
        }
    })?;
    for root in roots {
        watcher.watch(root, RecursiveMode::Recursive)?;
    }
    Ok((watcher, rx))
}

/// Writes, creations, removals and renames; not reads or access times
/// (the rebuild reads the sources itself).
fn relevant(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime)) => false,
        _ => true,
    }
}

/// Waits for the next batch of changed paths: blocks for a first event,
/// then gathers until `QUIET` passes without one. `None` when the
/// watcher is gone.
pub fn next_batch(rx: &mpsc::Receiver<Vec<PathBuf>>) -> Option<Vec<PathBuf>> {
    let mut paths: BTreeSet<PathBuf> = rx.recv().ok()?.into_iter().collect();
    let start = Instant::now();
    loop {
        match rx.recv_timeout(QUIET) {
            Ok(more) => paths.extend(more),
            Err(mpsc::RecvTimeoutError::Timeout) => break,
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
        if start.elapsed() > LONGEST {
            break;
        }
    }
    Some(paths.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bursts_coalesce_into_one_batch() {
        let (tx, rx) = mpsc::channel();
        let sender = std::thread::spawn(move || {
            for i in 0..500 {
                tx.send(vec![PathBuf::from(format!("p{}", i % 50))])
                    .unwrap();
                if i % 100 == 0 {
                    std::thread::sleep(Duration::from_millis(5));
                }
            }
            std::thread::sleep(QUIET * 4);
            tx.send(vec![PathBuf::from("later")]).unwrap();
        });
        let first = next_batch(&rx).unwrap();
        assert_eq!(first.len(), 50);
        let second = next_batch(&rx).unwrap();
        assert_eq!(second, vec![PathBuf::from("later")]);
        sender.join().unwrap();
        assert!(next_batch(&rx).is_none());
    }
}
