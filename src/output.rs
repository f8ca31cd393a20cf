//! The output folder, replaced atomically: a build writes into a staging
//! folder beside the destination, and only a complete site is swapped in.
//! A failed or interrupted build leaves the previous site as it was.

use crate::error::BuildError;
use std::path::{Path, PathBuf};

/// A staging folder for a new site.
pub struct Staging {
    pub dir: PathBuf,
    dest: PathBuf,
}

impl Staging {
    /// Creates an empty staging folder beside `dest`, first removing any a
    /// previous interrupted build left behind.
    pub fn new(dest: &Path) -> Result<Staging, BuildError> {
        let parent = dest
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = dest
            .file_name()
            .map_or("site".into(), |n| n.to_string_lossy().into_owned());
        std::fs::create_dir_all(parent)
            .map_err(|e| BuildError::new(parent, 0, format!("cannot create folder: {e}")))?;
        remove_stale(parent, &name);
        let dir = parent.join(format!("{name}.new-{}", std::process::id()));
        std::fs::create_dir_all(&dir)
            .map_err(|e| BuildError::new(&dir, 0, format!("cannot create folder: {e}")))?;
        Ok(Staging {
            dir,
            dest: dest.to_path_buf(),
        })
    }

    /// Swaps the staged site in place of the destination.
    pub fn commit(self) -> Result<(), BuildError> {
        let old = self.dest.with_file_name(format!(
            "{}.old-{}",
            self.dest
                .file_name()
                .map_or("site".into(), |n| n.to_string_lossy().into_owned()),
            std::process::id()
        ));
        let had_old = self.dest.exists();
        if had_old {
            std::fs::rename(&self.dest, &old).map_err(|e| {
                BuildError::new(
                    &self.dest,
                    0,
                    format!("cannot move the previous site aside: {e}"),
                )
            })?;
        }
        if let Err(e) = std::fs::rename(&self.dir, &self.dest) {
            if had_old {
                let _ = std::fs::rename(&old, &self.dest);
            }
            return Err(BuildError::new(
                &self.dest,
                0,
                format!("cannot put the new site in place: {e}"),
            ));
        }
        if had_old {
            let _ = std::fs::remove_dir_all(&old);
        }
        Ok(())
    }

    /// Drops the staged files (a failed build).
    pub fn discard(self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Removes `NAME.new-*` and `NAME.old-*` folders of builds that died.
fn remove_stale(parent: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for e in entries.flatten() {
        let file = e.file_name().to_string_lossy().into_owned();
        let stale = [".new-", ".old-"].iter().any(|m| {
            file.strip_prefix(name)
                .and_then(|rest| rest.strip_prefix(m))
                .is_some_and(|pid| {
                    pid.parse::<u32>()
                        .is_ok_and(|pid| pid != std::process::id() && !alive(pid))
                })
        });
        if stale {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

/// Whether a process is running (so its staging folder is in use).
fn alive(pid: u32) -> bool {
    Path::new(&format!("/proc/{pid}")).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_replaces_and_discard_keeps() {
        let tmp = tempfile::tempdir().unwrap();
        let dest = tmp.path().join("site");
        std::fs::create_dir(&dest).unwrap();
        std::fs::write(dest.join("old.html"), "old").unwrap();
        let s = Staging::new(&dest).unwrap();
        std::fs::write(s.dir.join("new.html"), "new").unwrap();
        s.discard();
        assert!(dest.join("old.html").exists());
        let s = Staging::new(&dest).unwrap();
        std::fs::write(s.dir.join("new.html"), "new").unwrap();
        s.commit().unwrap();
        assert!(dest.join("new.html").exists());
        assert!(!dest.join("old.html").exists());
        assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
    }
}
