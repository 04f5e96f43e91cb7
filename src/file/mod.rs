//! Map files: reading, checking and writing maps as RON text.
//!
//! This is the only part of Convene that touches the file system. Reading
//! never panics or hangs: any bytes give a map or a [`LoadError`] with the
//! line and column and what is wrong. Writing is canonical (the same map
//! always gives the same bytes, with `\n` line endings everywhere) and
//! atomic (the file on disk is always either the old map or the new one).

mod atomic;
mod clip;
mod comments;
mod error;
mod export;
mod folder;
mod hints;
mod locate;
mod messages;
mod places;
mod prefs;
mod recovery;
mod schema;
mod tokens;
mod writer;

use std::fs;
use std::io::{self, Read};
use std::path::Path;

pub use clip::{ClipText, clip_from_text, clip_to_text, read_clip};
pub use error::{FileError, LoadError, Position};
pub use export::{part_paths, write_export};
pub use folder::{FolderEntry, exists, is_folder, list_folder, program_installed};
pub use places::warning_places;
pub use prefs::{ExportPrefs, ExportScope, MAX_RECENT, Prefs, PrefsFile, TextSize, Theme};
pub use recovery::{Recovered, Recovery, Slot};
pub use schema::{FORMAT, FORMAT_WITHOUT_CONFLICTS};

use crate::model::{Items, Map, Meta, Problem, ProblemKind, check_map};
use schema::{FileRef, FileV1};

/// The largest file Convene opens, in bytes. Real maps are far smaller; the
/// limit keeps a wrong file (a video, a disk image) from filling memory.
pub const MAX_FILE_BYTES: u64 = 128 * 1024 * 1024;

/// The memory that the lists of one file may take: this many times the
/// file's size, plus [`CEILING_EXTRA`]. A map written by Convene needs
/// about one times its size; a crafted file of empty entries would need
/// twenty or more.
const CEILING_TIMES: usize = 6;

/// Room that small hand-written files may always take, in bytes.
const CEILING_EXTRA: usize = 64 << 20;

/// How deeply brackets may nest. Convene writes at most six levels; the
/// limit keeps crafted files from exhausting the stack.
const NESTING_LIMIT: usize = 24;

/// Reads a map from the bytes of a file.
pub fn parse(bytes: &[u8]) -> Result<Map, LoadError> {
    let (file, text) = parse_file(bytes)?;
    let mut map = build(file, text)?;
    map.kept.comments = comments::read(text, &map);
    Ok(map)
}

/// Reads only as far as the file's own structs, without checking references
/// or building indexes; for measuring the parser alone.
#[doc(hidden)]
pub fn parse_plain(bytes: &[u8]) -> Result<(), LoadError> {
    parse_file(bytes).map(|_| ())
}

fn parse_file(bytes: &[u8]) -> Result<(FileV1, &str), LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        LoadError::Invalid {
            at: locate::position_at(valid, valid.len()),
            message: "the file contains bytes that are not text (UTF-8); it may be damaged or not a Convene map"
                .to_owned(),
        }
    })?;
    if text.trim().is_empty() {
        return Err(LoadError::Invalid {
            at: locate::position_at(text, text.len()),
            message: "the file is empty; it may not have been saved completely".to_owned(),
        });
    }
    if let Some((found, at)) = locate::format_number(text) {
        check_format(found, at)?;
    }
    // Hand-written files may leave out `Some(…)` around optional values.
    let options = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(NESTING_LIMIT);
    // Lists may take a few times the file's size, and never more, however
    // the file was made.
    let ceiling = CEILING_TIMES * text.len() + CEILING_EXTRA;
    let read = crate::model::limit::with_ceiling(ceiling, || options.from_str::<FileV1>(text));
    let file: FileV1 = read.map_err(|e| {
        let at = Position {
            line: e.span.start.line.max(1),
            column: e.span.start.col.max(1),
        };
        let offset = locate::offset_at(text, at);
        let mut message =
            hints::hint(&e.code, text, offset).unwrap_or_else(|| messages::explain(&e.code));
        let reached = Position {
            line: e.span.end.line,
            column: e.span.end.col,
        };
        if reached >= locate::position_at(text, text.len()) && e.code != ron::Error::Eof {
            message.push_str("; the file ends here, so it may have been cut short");
        }
        LoadError::Invalid { at, message }
    })?;
    // The format number may stand later in a hand-edited file.
    let at = locate::format_number(text).map_or(Position { line: 1, column: 1 }, |(_, at)| at);
    check_format(u64::from(file.format), at)?;
    Ok((file, text))
}

fn check_format(found: u64, at: Position) -> Result<(), LoadError> {
    if found > u64::from(FORMAT) {
        Err(LoadError::Newer { at, found })
    } else if found == 0 {
        Err(LoadError::Invalid {
            at,
            message: "the format number must be 1 or more".to_owned(),
        })
    } else {
        Ok(())
    }
}

/// Turns the file's structs into a checked map.
fn build(file: FileV1, text: &str) -> Result<Map, LoadError> {
    let duplicate = |id| LoadError::Invalid {
        at: locate::definition(text, id, 1).unwrap_or(Position { line: 1, column: 1 }),
        message: format!("the id \"{id}\" is used twice; each item needs its own"),
    };
    macro_rules! collect {
        ($list:expr) => {{
            let list = $list;
            let ids: Vec<_> = list.iter().map(|x| x.id).collect();
            Items::from_vec(list).map_err(|i| duplicate(ids[i]))?
        }};
    }
    let map = Map {
        meta: Meta {
            title: file.title,
            purpose: file.purpose,
            facilitator: file.facilitator,
            date: file.date,
            place: file.place,
        },
        communities: collect!(file.communities),
        stakeholders: collect!(file.stakeholders),
        boundaries: collect!(file.boundaries),
        tensions: collect!(file.tensions),
        activities: collect!(file.activities),
        objects: collect!(file.objects),
        brokers: collect!(file.brokers),
        notes: collect!(file.notes),
        groups: collect!(file.groups),
        views: file.views,
        conflicts: file.conflicts,
        kept: crate::model::Kept::default(),
    };
    check_map(&map).map_err(|problem| located(text, &problem))?;
    if let Some(bad) = map.views.iter().find(|v| !v.is_valid()) {
        return Err(LoadError::Invalid {
            at: locate::map_field(text, "views").unwrap_or(Position { line: 1, column: 1 }),
            message: format!(
                "the saved view \"{}\" needs a centre and a size larger than zero",
                bad.name
            ),
        });
    }
    Ok(map)
}

/// A problem found after parsing, placed at the item it concerns.
fn located(text: &str, problem: &Problem) -> LoadError {
    let nth = usize::from(problem.kind == ProblemKind::DuplicateId);
    let at = match (&problem.reference, problem.field) {
        (Some(reference), _) => locate::reference(text, problem.item, reference),
        (None, Some(field)) => locate::value(text, problem.item, field),
        (None, None) => None,
    }
    .or_else(|| locate::definition(text, problem.item, nth))
    .unwrap_or(Position { line: 1, column: 1 });
    LoadError::Invalid {
        at,
        message: first_lower(&problem.message),
    }
}

fn first_lower(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The map in canonical form: the text Convene writes, with the comments
/// read from its file that still have a place. The same map always gives
/// the same text.
pub fn to_text(map: &Map) -> String {
    // About 500 bytes an item is typical; a close guess saves regrowing.
    let text = writer::to_text(&FileRef::from(map), 512 * map.len() + 1024)
        // The map holds only text, numbers, ids and choices, which the writer
        // always handles; an error here would be a bug in Convene itself.
        .unwrap_or_else(|e| panic!("a map could not be written: {e}"));
    comments::weave(text, map)
}

/// Whether the bytes are a map written exactly as Convene would write it.
pub fn is_canonical(bytes: &[u8]) -> Result<bool, LoadError> {
    let map = parse(bytes)?;
    Ok(to_text(&map).as_bytes() == bytes)
}

/// Whether `path` is named like a map file (it ends in `.ron`).
pub fn is_map_name(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
}

/// Whether there is a file (not a folder) at `path` now.
pub fn is_file(path: &Path) -> bool {
    path.is_file()
}

/// Opens the map file at `path`.
pub fn read(path: &Path) -> Result<Map, FileError> {
    let bytes = read_bytes(path)?;
    parse(&bytes).map_err(|error| FileError::Load {
        path: path.to_path_buf(),
        error,
    })
}

/// The bytes of a file, refusing a file over [`MAX_FILE_BYTES`] without
/// reading it all.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, FileError> {
    let read_error = |source| FileError::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = fs::File::open(path).map_err(read_error)?;
    let size = file.metadata().map_err(read_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(FileError::Load {
            path: path.to_path_buf(),
            error: LoadError::TooLarge { bytes: size },
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(FileError::Load {
            path: path.to_path_buf(),
            error: LoadError::TooLarge {
                bytes: bytes.len() as u64,
            },
        });
    }
    Ok(bytes)
}

/// Saves the map to `path` atomically, replacing any file there.
pub fn write(path: &Path, map: &Map) -> Result<(), FileError> {
    write_bytes(path, to_text(map).as_bytes())
}

/// Saves bytes to `path` atomically, replacing any file there.
pub fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    atomic::write(path, bytes).map_err(|source| FileError::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// Saves the map to `path` atomically, refusing to replace a file there.
pub fn write_new(path: &Path, map: &Map) -> Result<(), FileError> {
    atomic::write_new(path, to_text(map).as_bytes()).map_err(|source| {
        if source.kind() == io::ErrorKind::AlreadyExists {
            FileError::Exists {
                path: path.to_path_buf(),
            }
        } else {
            FileError::Write {
                path: path.to_path_buf(),
                source,
            }
        }
    })
}
