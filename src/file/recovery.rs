//! Recovery files: copies of unsaved work, written shortly after each
//! edit, so that a crash or a kill loses nothing. Each file's work has its
//! own copy (untitled work too), so one map's copy is never written over
//! by another's, and it is offered only when that map is opened again.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::{FileError, atomic, to_text};
use crate::model::Map;

/// Where recovery copies live.
#[derive(Debug, Clone)]
pub struct Recovery {
    folder: PathBuf,
}

/// Which of a file's two copies: the usual one, or the one written aside
/// while the usual one waits for the person to restore or discard it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// The usual copy.
    Main,
    /// Work done while the usual copy was still on offer.
    Aside,
    /// A copy an earlier version of Convene left for a file, in
    /// `recovery.ron` with the file named beside it.
    Earlier,
}

/// Unsaved work found in a recovery copy.
#[derive(Debug)]
pub struct Recovered {
    /// The map as it was.
    pub map: Map,
    /// The file the map belonged to, if it had one.
    pub original: Option<PathBuf>,
    /// Which copy it was found in.
    pub slot: Slot,
}

impl Recovery {
    /// Recovery copies in `folder` (created when first needed).
    pub fn new(folder: impl Into<PathBuf>) -> Self {
        Self {
            folder: folder.into(),
        }
    }

    /// The copy's file and the file naming its original. Untitled work is
    /// `recovery.ron`, as in earlier versions; a file's work is named after
    /// a hash of its path.
    fn paths(&self, original: Option<&Path>, slot: Slot) -> (PathBuf, PathBuf) {
        let stem = match (original, slot) {
            (None, _) | (_, Slot::Earlier) => "recovery".to_owned(),
            (Some(path), _) => format!("recovery-{:016x}", fnv1a(&key(path))),
        };
        let stem = match slot {
            Slot::Main | Slot::Earlier => stem,
            Slot::Aside => format!("{stem}-aside"),
        };
        (
            self.folder.join(format!("{stem}.ron")),
            self.folder.join(format!("{stem}-origin.txt")),
        )
    }

    /// Writes a copy of unsaved work belonging to `original` (or untitled),
    /// atomically.
    pub fn write(&self, map: &Map, original: Option<&Path>, slot: Slot) -> Result<(), FileError> {
        let (map_path, origin_path) = self.paths(original, slot);
        let fail = |source| FileError::Write {
            path: map_path.clone(),
            source,
        };
        fs::create_dir_all(&self.folder).map_err(fail)?;
        let origin = original.map(key).unwrap_or_default();
        atomic::write(&origin_path, origin.as_bytes()).map_err(fail)?;
        atomic::write(&map_path, to_text(map).as_bytes()).map_err(fail)
    }

    /// The unsaved work belonging to `original` (or untitled work), the
    /// usual copy first. A damaged copy is reported, not thrown away.
    pub fn find(&self, original: Option<&Path>) -> Option<Result<Recovered, FileError>> {
        [Slot::Main, Slot::Aside, Slot::Earlier]
            .into_iter()
            .find_map(|slot| self.find_in(original, slot))
    }

    fn find_in(&self, original: Option<&Path>, slot: Slot) -> Option<Result<Recovered, FileError>> {
        let (map_path, origin_path) = self.paths(original, slot);
        if !map_path.exists() {
            return None;
        }
        let origin = fs::read_to_string(origin_path).unwrap_or_default();
        let origin = origin.trim();
        // A copy names the file it belongs to; one that names another file
        // (an earlier version kept every copy in `recovery.ron`) is not this
        // file's.
        if origin != original.map(key).unwrap_or_default() {
            return None;
        }
        Some(super::read(&map_path).map(|map| Recovered {
            map,
            original: original.map(Path::to_path_buf),
            slot,
        }))
    }

    /// Forgets a copy: the work was saved or deliberately dropped. A copy
    /// an earlier version left is removed only if it is `original`'s.
    pub fn clear(&self, original: Option<&Path>, slot: Slot) -> io::Result<()> {
        let (map_path, origin_path) = self.paths(original, slot);
        if slot == Slot::Earlier {
            let origin = fs::read_to_string(&origin_path).unwrap_or_default();
            if original.is_none() || origin.trim() != original.map(key).unwrap_or_default() {
                return Ok(());
            }
        }
        for path in [map_path, origin_path] {
            match fs::remove_file(path) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
        Ok(())
    }
}

/// How a file's path is written down: absolute, as text.
fn key(path: &Path) -> String {
    std::path::absolute(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .to_string_lossy()
        .into_owned()
}

/// A hash that stays the same between runs and versions (FNV-1a, 64 bits).
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Meta;

    #[test]
    fn writes_finds_and_clears() {
        let dir = tempfile::tempdir().unwrap();
        let r = Recovery::new(dir.path().join("nested"));
        let day1 = Path::new("/maps/day1.ron");
        assert!(r.find(Some(day1)).is_none());
        let map = Map::new(Meta::titled("Workshop"));
        r.write(&map, Some(day1), Slot::Main).unwrap();
        let found = r.find(Some(day1)).unwrap().unwrap();
        assert_eq!(found.map, map);
        assert_eq!(found.original, Some(PathBuf::from("/maps/day1.ron")));
        r.clear(Some(day1), Slot::Main).unwrap();
        assert!(r.find(Some(day1)).is_none());
        r.clear(Some(day1), Slot::Main).unwrap();
    }

    #[test]
    fn each_file_and_untitled_work_has_its_own_copy() {
        let dir = tempfile::tempdir().unwrap();
        let r = Recovery::new(dir.path());
        let (a, b) = (Path::new("/maps/a.ron"), Path::new("/maps/b.ron"));
        for (title, original) in [("A", Some(a)), ("B", Some(b)), ("Untitled", None)] {
            r.write(&Map::new(Meta::titled(title)), original, Slot::Main)
                .unwrap();
        }
        let title = |original| r.find(original).unwrap().unwrap().map.meta.title;
        assert_eq!(title(Some(a)), "A");
        assert_eq!(title(Some(b)), "B");
        assert_eq!(title(None), "Untitled");
        assert!(r.find(Some(Path::new("/maps/c.ron"))).is_none());
        r.clear(Some(a), Slot::Main).unwrap();
        assert!(r.find(Some(a)).is_none());
        assert_eq!(title(Some(b)), "B", "clearing one leaves the others");
    }

    #[test]
    fn work_set_aside_is_found_after_the_usual_copy() {
        let dir = tempfile::tempdir().unwrap();
        let r = Recovery::new(dir.path());
        let a = Path::new("/maps/a.ron");
        r.write(&Map::new(Meta::titled("old")), Some(a), Slot::Main)
            .unwrap();
        r.write(&Map::new(Meta::titled("new")), Some(a), Slot::Aside)
            .unwrap();
        let found = r.find(Some(a)).unwrap().unwrap();
        assert_eq!(
            (found.map.meta.title.as_str(), found.slot),
            ("old", Slot::Main)
        );
        r.clear(Some(a), Slot::Main).unwrap();
        let found = r.find(Some(a)).unwrap().unwrap();
        assert_eq!(
            (found.map.meta.title.as_str(), found.slot),
            ("new", Slot::Aside)
        );
    }

    #[test]
    fn a_copy_from_an_earlier_version_belongs_to_the_file_it_names() {
        let dir = tempfile::tempdir().unwrap();
        let r = Recovery::new(dir.path());
        let map = Map::new(Meta::titled("Workshop"));
        let day1 = std::path::absolute("/maps/day1.ron").unwrap();
        fs::write(dir.path().join("recovery.ron"), to_text(&map)).unwrap();
        fs::write(dir.path().join("recovery-origin.txt"), key(&day1)).unwrap();
        assert!(r.find(None).is_none(), "it is not untitled work");
        assert!(r.find(Some(Path::new("/maps/day2.ron"))).is_none());
        let found = r.find(Some(&day1)).unwrap().unwrap();
        assert_eq!((found.map, found.slot), (map, Slot::Earlier));
        r.clear(Some(Path::new("/maps/day2.ron")), Slot::Earlier)
            .unwrap();
        assert!(r.find(Some(&day1)).is_some(), "another file's is kept");
        r.clear(Some(&day1), Slot::Earlier).unwrap();
        assert!(r.find(Some(&day1)).is_none());
    }
}
