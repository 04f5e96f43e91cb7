//! Writing an export's files next to the place the person chose: the main
//! file at that name, the other parts beside it (`report.csv` becomes
//! `report-nodes.csv` and `report-edges.csv`). Each file is written
//! atomically, and if one part cannot be written the parts this export
//! created are removed again, so that a failed export leaves no half set.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::{FileError, atomic};
use crate::export::{Output, Part};

/// Where each part of `output` goes when the person chose `chosen`: the
/// chosen name without its extension (when it is the part's own), then
/// the part's suffix and extension. `map` and `map.svg` both give
/// `map.svg` for a picture; `report.csv` gives `report-nodes.csv`.
pub fn part_paths(chosen: &Path, output: &Output) -> Vec<PathBuf> {
    output.parts.iter().map(|p| part_path(chosen, p)).collect()
}

fn part_path(chosen: &Path, part: &Part) -> PathBuf {
    let own_extension = chosen
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(part.extension));
    let stem = if own_extension {
        chosen.file_stem()
    } else {
        chosen.file_name()
    };
    let stem = stem.map_or_else(|| "export".into(), |s| s.to_string_lossy().into_owned());
    chosen.with_file_name(format!("{stem}{}.{}", part.suffix, part.extension))
}

/// Writes every part of `output` next to `chosen`, each atomically, and
/// gives back the files written, in order. On failure no part this export
/// created is left behind, files it would have replaced keep their old
/// content, and the error names the file and says what went wrong.
pub fn write_export(chosen: &Path, output: &Output) -> Result<Vec<PathBuf>, FileError> {
    write_parts_with(chosen, output, atomic::write)
}

/// [`write_export`] with the writing of one file given, so that tests can
/// make a part fail.
fn write_parts_with(
    chosen: &Path,
    output: &Output,
    mut write: impl FnMut(&Path, &[u8]) -> io::Result<()>,
) -> Result<Vec<PathBuf>, FileError> {
    let mut written = Vec::new();
    let mut created = Vec::new();
    for (part, path) in output.parts.iter().zip(part_paths(chosen, output)) {
        let existed = fs::symlink_metadata(&path).is_ok();
        if let Err(source) = write(&path, &part.bytes) {
            for new in &created {
                // Best effort: the error below is what the person hears.
                let _ = fs::remove_file(new);
            }
            return Err(FileError::Write { path, source });
        }
        if !existed {
            created.push(path.clone());
        }
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn output(parts: &[(&'static str, &'static str, &[u8])]) -> Output {
        Output {
            parts: parts
                .iter()
                .map(|&(suffix, extension, bytes)| Part {
                    suffix,
                    extension,
                    bytes: bytes.to_vec(),
                })
                .collect(),
            left_out: 0,
        }
    }

    fn lists() -> Output {
        output(&[("-nodes", "csv", b"nodes"), ("-edges", "csv", b"edges")])
    }

    #[test]
    fn parts_go_beside_the_chosen_name() {
        let dir = Path::new("/tmp/out");
        let names = |chosen: &str, out: &Output| -> Vec<String> {
            part_paths(&dir.join(chosen), out)
                .iter()
                .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
                .collect()
        };
        let svg = output(&[("", "svg", b"<svg/>")]);
        assert_eq!(names("map.svg", &svg), ["map.svg"]);
        assert_eq!(names("map", &svg), ["map.svg"]);
        assert_eq!(names("Map.SVG", &svg), ["Map.svg"]);
        assert_eq!(names("day 2.v1", &svg), ["day 2.v1.svg"]);
        assert_eq!(
            names("report.csv", &lists()),
            ["report-nodes.csv", "report-edges.csv"]
        );
        assert!(
            part_paths(&dir.join("a.csv"), &lists())
                .iter()
                .all(|p| p.parent() == Some(dir))
        );
    }

    #[test]
    fn every_part_is_written_whole() {
        let dir = tempfile::tempdir().unwrap();
        let chosen = dir.path().join("network.csv");
        fs::write(dir.path().join("network-nodes.csv"), b"old").unwrap();
        let written = write_export(&chosen, &lists()).unwrap();
        assert_eq!(written.len(), 2);
        assert_eq!(fs::read(&written[0]).unwrap(), b"nodes");
        assert_eq!(fs::read(&written[1]).unwrap(), b"edges");
        assert!(!chosen.exists(), "only the parts are written");
    }

    #[test]
    fn a_full_disk_on_a_later_part_leaves_no_half_set() {
        let dir = tempfile::tempdir().unwrap();
        let chosen = dir.path().join("network.csv");
        let mut calls = 0;
        let err = write_parts_with(&chosen, &lists(), |path, bytes| {
            calls += 1;
            if calls == 2 {
                return Err(io::Error::from(io::ErrorKind::StorageFull));
            }
            atomic::write(path, bytes)
        })
        .unwrap_err();
        let words = err.to_string();
        assert!(words.contains("network-edges.csv"), "{words}");
        assert!(words.contains("the disk is full"), "{words}");
        let left: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert!(left.is_empty(), "the nodes file was removed again");
    }

    #[test]
    fn a_failed_part_keeps_the_file_it_would_have_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let chosen = dir.path().join("network.csv");
        let nodes = dir.path().join("network-nodes.csv");
        fs::write(&nodes, b"old").unwrap();
        let err = write_parts_with(&chosen, &lists(), |path, bytes| {
            if path.ends_with("network-edges.csv") {
                return Err(io::Error::from(io::ErrorKind::StorageFull));
            }
            atomic::write(path, bytes)
        });
        assert!(err.is_err());
        assert!(nodes.exists(), "a file that was there is not deleted");
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_folder_is_named_in_the_error() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let locked = dir.path().join("locked");
        fs::create_dir(&locked).unwrap();
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o555)).unwrap();
        if fs::write(locked.join("probe"), b"").is_ok() {
            // Running with rights that ignore permissions: nothing to test.
            return;
        }
        let err = write_export(&locked.join("map.svg"), &output(&[("", "svg", b"x")]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("map.svg"), "{err}");
        assert!(err.contains("permission denied"), "{err}");
        assert_eq!(fs::read_dir(&locked).unwrap().count(), 0);
    }
}
