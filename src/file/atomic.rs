//! Writing a file so that it is always whole: the old version or the new
//! one, never an empty or partial file, whatever happens during the save.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Replaces the file at `path` with `bytes` atomically: the bytes go to a
/// temporary file in the same folder, which is flushed to disk and then
/// renamed over the target. On failure the target is untouched and the
/// temporary file is removed.
pub(crate) fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_with(path, bytes, Mode::Replace, || Ok(()))
}

/// Like [`write`], but fails with [`io::ErrorKind::AlreadyExists`] instead of
/// replacing a file that is already there.
pub(crate) fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_with(path, bytes, Mode::CreateNew, || Ok(()))
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Replace,
    CreateNew,
}

/// The steps of a save, with `before_rename` run between flushing the
/// temporary file and renaming it, so that tests can fail a save there.
pub(crate) fn write_with(
    path: &Path,
    bytes: &[u8],
    mode: Mode,
    before_rename: impl FnOnce() -> io::Result<()>,
) -> io::Result<()> {
    let target = real_target(path);
    if let Ok(existing) = fs::metadata(&target)
        && !existing.is_file()
    {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "it is not an ordinary file (a folder or a device), so a map cannot replace it",
        ));
    }
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".convene-saving-")
        .suffix(".tmp")
        .tempfile_in(&folder)?;
    temp.write_all(bytes)?;
    temp.flush()?;
    // Keep the permissions the person gave an existing file. A new file is
    // readable by others, as files made by any editor are (the temporary
    // file starts private). A failure here only leaves it private.
    if let Ok(existing) = fs::metadata(&target) {
        let _ = temp.as_file().set_permissions(existing.permissions());
    } else {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = temp
                .as_file()
                .set_permissions(fs::Permissions::from_mode(0o644));
        }
    }
    temp.as_file().sync_all()?;
    before_rename()?;
    match mode {
        Mode::Replace => temp.persist(&target).map_err(|e| e.error)?,
        Mode::CreateNew => temp.persist_noclobber(&target).map_err(|e| e.error)?,
    };
    sync_folder(&folder);
    Ok(())
}

/// Saving over a symbolic link writes to the file it points at, so that the
/// link stays a link.
fn real_target(path: &Path) -> PathBuf {
    if path.is_symlink() {
        fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
    } else {
        path.to_path_buf()
    }
}

/// Flushes the rename itself to disk. The new file is already in place when
/// this runs, so a failure here is not a failed save and is not reported.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_names(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect()
    }

    #[test]
    fn a_failure_before_the_rename_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("map.ron");
        fs::write(&path, b"old").unwrap();
        let result = write_with(&path, b"new and longer", Mode::Replace, || {
            Err(io::Error::other("injected"))
        });
        assert!(result.is_err());
        assert_eq!(fs::read(&path).unwrap(), b"old");
        assert!(
            temp_names(dir.path()).is_empty(),
            "temporary file left behind"
        );
    }

    #[test]
    fn a_save_replaces_the_file_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("map.ron");
        fs::write(&path, b"old").unwrap();
        write(&path, b"new").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert!(temp_names(dir.path()).is_empty());
    }

    #[test]
    fn create_new_refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("map.ron");
        fs::write(&path, b"old").unwrap();
        let err = write_new(&path, b"new").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&path).unwrap(), b"old");
    }

    #[test]
    fn a_full_disk_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("map.ron");
        fs::write(&path, b"old").unwrap();
        let full = || Err(io::Error::from(io::ErrorKind::StorageFull));
        let err = write_with(&path, b"new", Mode::Replace, full).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::StorageFull);
        assert_eq!(fs::read(&path).unwrap(), b"old");
        assert!(temp_names(dir.path()).is_empty());
    }

    #[test]
    fn refuses_to_replace_what_is_not_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let err = write(dir.path(), b"new").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
        assert!(dir.path().is_dir());
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_is_readable_by_others_and_an_old_one_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.ron");
        write_new(&path, b"new").unwrap();
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o644
        );
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        write(&path, b"newer").unwrap();
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }

    #[cfg(unix)]
    #[test]
    fn saving_through_a_link_keeps_the_link() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.ron");
        let link = dir.path().join("link.ron");
        fs::write(&real, b"old").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write(&link, b"new").unwrap();
        assert!(link.is_symlink());
        assert_eq!(fs::read(&real).unwrap(), b"new");
    }
}
