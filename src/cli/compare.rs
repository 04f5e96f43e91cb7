//! `convene diff` and `convene merge`: comparing and combining copies of a
//! map from the command line and from git.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use crate::compare::{self, describe_conflict};
use crate::file;

/// How `convene diff` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// One change a line, in words.
    Text,
    /// One JSON object, for tools.
    Json,
}

/// The arguments of `convene diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier version.
    pub a: PathBuf,
    /// The later version.
    pub b: PathBuf,
    /// How to print the differences.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
}

/// The arguments of `convene merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The version both copies started from.
    pub base: PathBuf,
    /// My copy; the merged map is written here unless --out is given.
    pub mine: PathBuf,
    /// Their copy.
    pub theirs: PathBuf,
    /// Where to write the merged map instead of over MINE.
    #[arg(short, long)]
    pub out: Option<PathBuf>,
}

/// Exit status when something could not be read or written.
const TROUBLE: u8 = 2;

/// Runs `convene diff`: 0 when the maps are the same, 1 when they differ,
/// 2 when one cannot be read.
pub fn diff(args: &DiffArgs) -> ExitCode {
    let (was, now) = match (file::read(&args.a), file::read(&args.b)) {
        (Ok(was), Ok(now)) => (was, now),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            return ExitCode::from(TROUBLE);
        }
    };
    let d = compare::diff(&was, &now);
    // A reader that stops early (`| head`) is no error of ours.
    let mut stdout = std::io::stdout().lock();
    match args.format {
        DiffFormat::Text => {
            for line in d.lines() {
                let _ = writeln!(stdout, "{line}");
            }
        }
        DiffFormat::Json => match serde_json::to_string_pretty(&d) {
            Ok(json) => {
                let _ = writeln!(stdout, "{json}");
            }
            Err(e) => {
                eprintln!("The differences could not be written as JSON: {e}");
                return ExitCode::from(TROUBLE);
            }
        },
    }
    ExitCode::from(u8::from(!d.is_empty()))
}

/// Runs `convene merge`: 0 on a clean merge, 1 when the merged map holds
/// conflicts (they are written in it), 2 when a file cannot be read or the
/// result cannot be written. As a git merge driver (`%O %A %B`) it writes
/// the result over MINE, as git expects.
pub fn merge(args: &MergeArgs) -> ExitCode {
    let read = |path: &Path| file::read(path).map_err(|e| e.to_string());
    let maps = read(&args.base).and_then(|base| {
        let mine = read(&args.mine)?;
        let theirs = read(&args.theirs)?;
        Ok((base, mine, theirs))
    });
    let (base, mine, theirs) = match maps {
        Ok(maps) => maps,
        Err(why) => {
            eprintln!("{why}");
            return ExitCode::from(TROUBLE);
        }
    };
    let merged = compare::merge(&base, &mine, &theirs);
    let out = args.out.as_deref().unwrap_or(&args.mine);
    if let Err(e) = file::write(out, &merged.map) {
        eprintln!("{e}");
        return ExitCode::from(TROUBLE);
    }
    let left = &merged.map.conflicts;
    if left.is_empty() {
        println!("{}: merged, no conflicts", out.display());
        return ExitCode::SUCCESS;
    }
    let n = left.len();
    println!(
        "{}: merged with {n} conflict{} to settle (both versions are kept in the file):",
        out.display(),
        if n == 1 { "" } else { "s" }
    );
    for c in left {
        println!("  {}", describe_conflict(&merged.map, c));
    }
    ExitCode::FAILURE
}
