//! The recovery file: a copy of unsaved work, written shortly after each
//! edit, so that a crash or a kill loses nothing.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::{FileError, atomic, to_text};
use crate::model::Map;

/// Where recovery copies live, and what they belong to.
#[derive(Debug, Clone)]
pub struct Recovery {
    folder: PathBuf,
}

/// Unsaved work found on start.
#[derive(Debug)]
pub struct Recovered {
    /// The map as it was.
    pub map: Map,
    /// The file the map belonged to, if it had one.
    pub original: Option<PathBuf>,
}

impl Recovery {
    /// Recovery copies in `folder` (created when first needed).
    pub fn new(folder: impl Into<PathBuf>) -> Self {
        Self {
            folder: folder.into(),
        }
    }

    fn map_path(&self) -> PathBuf {
        self.folder.join("recovery.ron")
    }

    fn origin_path(&self) -> PathBuf {
        self.folder.join("recovery-origin.txt")
    }

    /// Writes a copy of unsaved work, atomically.
    pub fn write(&self, map: &Map, original: Option<&Path>) -> Result<(), FileError> {
        let fail = |source| FileError::Write {
            path: self.map_path(),
            source,
        };
        fs::create_dir_all(&self.folder).map_err(fail)?;
        let origin = original
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        atomic::write(&self.origin_path(), origin.as_bytes()).map_err(fail)?;
        atomic::write(&self.map_path(), to_text(map).as_bytes()).map_err(fail)
    }

    /// The unsaved work left by an earlier run, if any. A damaged copy is
    /// reported, not thrown away.
    pub fn find(&self) -> Option<Result<Recovered, FileError>> {
        if !self.map_path().exists() {
            return None;
        }
        let original = fs::read_to_string(self.origin_path())
            .ok()
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .map(PathBuf::from);
        Some(super::read(&self.map_path()).map(|map| Recovered { map, original }))
    }

    /// Forgets the copy: the work was saved or deliberately dropped.
    pub fn clear(&self) -> io::Result<()> {
        for path in [self.map_path(), self.origin_path()] {
            match fs::remove_file(path) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Meta;

    #[test]
    fn writes_finds_and_clears() {
        let dir = tempfile::tempdir().unwrap();
        let r = Recovery::new(dir.path().join("nested"));
        assert!(r.find().is_none());
        let map = Map::new(Meta::titled("Workshop"));
        r.write(&map, Some(Path::new("/maps/day1.ron"))).unwrap();
        let found = r.find().unwrap().unwrap();
        assert_eq!(found.map, map);
        assert_eq!(found.original, Some(PathBuf::from("/maps/day1.ron")));
        r.clear().unwrap();
        assert!(r.find().is_none());
        r.clear().unwrap();
    }
}
