//! The `convene` command line: open the editor, or check, format and create
//! map files without it.

mod compare;
mod export;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::file::{self, FileError};
use crate::model::{Comments, Map, Meta};

/// Maps of communities of practice, the boundaries between them, their
/// tensions and the activities that cross them.
#[derive(Debug, Parser)]
#[command(name = "convene", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// A map file to open in the editor.
    pub file: Option<PathBuf>,
    /// What to do instead of opening the editor.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check that map files open cleanly, and count what they hold.
    ///
    /// Prints one line per file, then a `FILE:LINE:COL: warning: …` line for
    /// each thing on the map that is allowed but probably not meant (such as
    /// a tension raised by someone who is not on its boundary). Exits with 0
    /// when every file is a valid map, whatever the warnings, 1 when any is
    /// not (or, with --strict, has warnings), and 2 when the command itself
    /// is wrong.
    Check {
        /// Exit with 1 when any file has warnings, too.
        #[arg(long)]
        strict: bool,
        /// The files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Rewrite map files in the canonical form Convene saves.
    ///
    /// Useful for maps kept in git: files in canonical form give small,
    /// clean diffs. Files already in canonical form are left alone; the
    /// others are replaced atomically. Comments written by hand are kept
    /// with the item they stand before or beside; a file with comments that
    /// cannot be kept (among the saved views) is left alone and they are
    /// listed, unless --drop-comments is given.
    Fmt {
        /// Change nothing; list the files that are not in canonical form and
        /// exit with 1 if there are any.
        #[arg(long)]
        check: bool,
        /// Format even files with comments that cannot be kept, dropping
        /// those comments.
        #[arg(long)]
        drop_comments: bool,
        /// The files to format.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Export a map: a picture, the workshop report, a spreadsheet or an
    /// open format.
    ///
    /// Every export is for sharing: confidential tensions and notes are left
    /// out unless --include-confidential is given. The files written are
    /// listed on standard output; how many confidential items were left out
    /// is said on standard error. Exits with 0 when the files were written,
    /// 1 when the map cannot be read or the export cannot be made or
    /// written, and 2 when the command itself is wrong.
    Export(export::ExportArgs),
    /// Bring a JSON Canvas file (`.canvas`) in as a new map file.
    ///
    /// Prints what was adjusted on the way in. Never overwrites an existing
    /// file. Exits with 0 when the map was written, 1 when the canvas
    /// cannot be read or the map cannot be written.
    Import {
        /// The `.canvas` file to read.
        file: PathBuf,
        /// The map file to write (by default, beside it with `.ron`).
        #[arg(short, long)]
        out: Option<PathBuf>,
    },
    /// Say what changed between two versions of a map, in words.
    ///
    /// Lists items added, removed and changed (field by field, by name),
    /// counts items moved, and notes changed details and saved views. Exits
    /// with 0 when the maps are the same, 1 when they differ, and 2 when a
    /// file cannot be read.
    Diff(compare::DiffArgs),
    /// Combine two copies of one map: a three-way merge, also usable as a
    /// git merge driver (`convene merge %O %A %B`).
    ///
    /// Items added on either side are kept; a change made on one side is
    /// taken. A field changed differently on each side, or an item changed
    /// on one side and removed on the other, is a conflict: both values are
    /// kept in the merged file. Exits with 0 on a clean merge, 1 when there
    /// are conflicts, and 2 when a file cannot be read or written.
    Merge(compare::MergeArgs),
    /// Create an empty map file. Never overwrites an existing file.
    New {
        /// The file to create, such as `workshop.ron`.
        file: PathBuf,
        /// The map's title (by default, the file's name).
        #[arg(long)]
        title: Option<String>,
    },
}

/// Runs the command line with the process's arguments.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // Help and version go to standard output with status 0; usage
            // mistakes go to standard error with status 2.
            let _ = error.print();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
        }
    };
    match cli.command {
        Some(Command::Check { files, strict }) => check(&files, strict),
        Some(Command::Fmt {
            check,
            drop_comments,
            files,
        }) => fmt(&files, check, drop_comments),
        Some(Command::New { file, title }) => new(&file, title),
        Some(Command::Export(args)) => export::run(&args),
        Some(Command::Import { file, out }) => import(&file, out.as_deref()),
        Some(Command::Diff(args)) => compare::diff(&args),
        Some(Command::Merge(args)) => compare::merge(&args),
        None => editor(cli.file.as_deref()),
    }
}

fn editor(file: Option<&Path>) -> ExitCode {
    match crate::app::run(file) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("Convene could not open its window: {error}");
            ExitCode::FAILURE
        }
    }
}

fn check(files: &[PathBuf], strict: bool) -> ExitCode {
    let mut all_ok = true;
    for path in files {
        match check_one(path) {
            Ok(warned) => all_ok &= !(strict && warned),
            Err(error) => {
                all_ok = false;
                println!("{error}");
            }
        }
    }
    status(all_ok)
}

/// Prints what a file holds and its warnings; gives back whether it has
/// any warnings. Comments that formatting or saving would drop are
/// warnings too, at the comment.
fn check_one(path: &Path) -> Result<bool, FileError> {
    let bytes = file::read_bytes(path)?;
    let map = file::parse(&bytes).map_err(|error| FileError::Load {
        path: path.to_path_buf(),
        error,
    })?;
    let warnings = crate::model::warnings(&map);
    let comments = &map.kept.comments;
    let said = match warnings.len() + comments.lost_count() {
        0 => String::new(),
        1 => "; 1 warning".to_owned(),
        n => format!("; {n} warnings"),
    };
    println!("{}: ok — {}{said}", path.display(), summary(&map));
    // The file parsed, so it is text.
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = String::from_utf8_lossy(text);
    let mut placed: Vec<(file::Position, String)> = file::warning_places(&text, &warnings)
        .into_iter()
        .map(|at| at.unwrap_or(file::Position { line: 1, column: 1 }))
        .zip(warnings.iter().map(ToString::to_string))
        .collect();
    placed.extend(comments.lost.iter().map(|c| {
        let at = file::Position {
            line: c.line,
            column: c.column,
        };
        (at, lost_comment(&c.excerpt()))
    }));
    // In the order they stand in the file, as compilers list them.
    placed.sort_by_key(|(at, _)| *at);
    for (at, warning) in placed {
        println!("{}:{at}: warning: {warning}", path.display());
    }
    if comments.lost_beyond > 0 {
        println!(
            "{}: warning: {} more comments would be lost by formatting or saving",
            path.display(),
            comments.lost_beyond
        );
    }
    Ok(!said.is_empty())
}

/// The warning for a comment that formatting or saving would drop.
fn lost_comment(excerpt: &str) -> String {
    format!(
        "the comment \"{excerpt}\" would be lost by `fmt` or by saving in the app, \
         which cannot keep comments among the saved views; move it above `views:` to keep it"
    )
}

/// "3 communities, 1 stakeholder, …" for a map.
pub fn summary(map: &Map) -> String {
    let c = map.counts();
    [
        (c.communities, "community", "communities"),
        (c.stakeholders, "stakeholder", "stakeholders"),
        (c.boundaries, "boundary", "boundaries"),
        (c.tensions, "tension", "tensions"),
        (c.activities, "activity", "activities"),
    ]
    .iter()
    .map(|&(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }))
    .collect::<Vec<_>>()
    .join(", ")
}

fn fmt(files: &[PathBuf], check_only: bool, drop_comments: bool) -> ExitCode {
    let mut all_ok = true;
    for path in files {
        match fmt_one(path, check_only, drop_comments) {
            Ok(Formatted::Already) => {}
            Ok(Formatted::Not) if check_only => {
                all_ok = false;
                println!("{}", path.display());
            }
            Ok(Formatted::Not) => println!("{}: reformatted", path.display()),
            Ok(Formatted::WouldLoseComments(comments)) => {
                all_ok = false;
                list_lost(path, &comments);
                eprintln!(
                    "{}: not formatted, to keep these comments. Convene keeps comments before or beside items and the map's own fields; move them there, or format with --drop-comments to drop them.",
                    path.display()
                );
            }
            Err(error) => {
                all_ok = false;
                eprintln!("{error}");
            }
        }
    }
    status(all_ok)
}

/// The most lost comments listed for one file.
const MOST_LISTED: usize = 20;

/// Lists the comments formatting would lose, one per line, then how many
/// more there are.
fn list_lost(path: &Path, comments: &Comments) {
    for comment in comments.lost.iter().take(MOST_LISTED) {
        eprintln!(
            "{}:{}:{}: comment \"{}\" would be lost",
            path.display(),
            comment.line,
            comment.column,
            comment.excerpt()
        );
    }
    let more = comments.lost_count().saturating_sub(MOST_LISTED);
    if more > 0 {
        let s = if more == 1 { "" } else { "s" };
        eprintln!("{}: {more} more comment{s} would be lost", path.display());
    }
}

/// What formatting made of a file.
enum Formatted {
    /// It was in canonical form already.
    Already,
    /// It was not (and has been rewritten, unless only checking).
    Not,
    /// It was left alone, since formatting would drop these comments.
    WouldLoseComments(Comments),
}

/// Rewrites the file in canonical form if it is not (unless only checking,
/// or unless that would drop comments and `drop_comments` is not set).
fn fmt_one(path: &Path, check_only: bool, drop_comments: bool) -> Result<Formatted, FileError> {
    let bytes = file::read_bytes(path)?;
    let map = file::parse(&bytes).map_err(|error| FileError::Load {
        path: path.to_path_buf(),
        error,
    })?;
    let canonical = file::to_text(&map);
    if canonical.as_bytes() == bytes.as_slice() {
        return Ok(Formatted::Already);
    }
    if check_only {
        return Ok(Formatted::Not);
    }
    if map.kept.comments.lost_count() > 0 && !drop_comments {
        return Ok(Formatted::WouldLoseComments(map.kept.comments));
    }
    file::write_bytes(path, canonical.as_bytes())?;
    Ok(Formatted::Not)
}

fn import(path: &Path, out: Option<&Path>) -> ExitCode {
    let read = file::read_bytes(path)
        .map_err(|e| e.to_string())
        .and_then(|bytes| {
            String::from_utf8(bytes)
                .map_err(|_| format!("{}: this is not a text file.", path.display()))
        })
        .and_then(|text| {
            crate::export::canvas::read(&text).map_err(|e| format!("{}: {e}", path.display()))
        });
    let imported = match read {
        Ok(imported) => imported,
        Err(why) => {
            eprintln!("{why}");
            return ExitCode::FAILURE;
        }
    };
    let mut map = imported.map;
    if map.meta.title.trim().is_empty() {
        map.meta.title = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
    }
    let target = out.map_or_else(|| path.with_extension("ron"), Path::to_path_buf);
    for note in &imported.notes {
        eprintln!("{}: {note}", path.display());
    }
    match file::write_new(&target, &map) {
        Ok(()) => {
            println!(
                "{}: {} items from {}",
                target.display(),
                map.len(),
                path.display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}

fn new(path: &Path, title: Option<String>) -> ExitCode {
    let title = title.unwrap_or_else(|| {
        path.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    });
    match file::write_new(path, &Map::new(Meta::titled(title.clone()))) {
        Ok(()) => {
            println!("{}: new map \"{title}\"", path.display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}

fn status(ok: bool) -> ExitCode {
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
