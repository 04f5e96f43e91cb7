//! What is in a folder, for the app's own file chooser: its sub-folders and
//! map files, sorted by name; and whether a helper program is installed.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// One line of a folder's listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderEntry {
    /// The file or folder name.
    pub name: String,
    /// Where it is.
    pub path: PathBuf,
    /// Whether it is a folder.
    pub is_folder: bool,
}

/// The folders and the files ending in `.extension` (`"ron"` for maps) in
/// `folder`: folders first, each group sorted by name, hidden ones
/// (starting with a dot) left out.
pub fn list_folder(folder: &Path, extension: &str) -> io::Result<Vec<FolderEntry>> {
    let mut entries = Vec::new();
    for entry in fs::read_dir(folder)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        // A link to a folder counts as a folder.
        let is_folder = path.is_dir();
        let is_map = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case(extension));
        if is_folder || is_map {
            entries.push(FolderEntry {
                name,
                path,
                is_folder,
            });
        }
    }
    entries.sort_by(|a, b| {
        b.is_folder
            .cmp(&a.is_folder)
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
            .then_with(|| a.name.cmp(&b.name))
    });
    Ok(entries)
}

/// Whether `path` is a folder that exists.
pub fn is_folder(path: &Path) -> bool {
    path.is_dir()
}

/// Whether anything (a file, a folder, a socket) is at `path`.
pub fn exists(path: &Path) -> bool {
    path.exists()
}

/// Whether a program called `name` is found on the `PATH`.
pub fn program_installed(name: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(name).is_file()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_folders_then_maps_sorted() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.ron", "A.ron", "notes.txt", ".hidden.ron"] {
            fs::write(dir.path().join(name), "").unwrap();
        }
        fs::create_dir(dir.path().join("zeta")).unwrap();
        let names: Vec<_> = list_folder(dir.path(), "ron")
            .unwrap()
            .into_iter()
            .map(|e| (e.name, e.is_folder))
            .collect();
        assert_eq!(
            names,
            [
                ("zeta".to_owned(), true),
                ("A.ron".to_owned(), false),
                ("b.ron".to_owned(), false)
            ]
        );
    }
}
