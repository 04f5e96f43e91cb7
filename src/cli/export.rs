//! `convene export`: a map file out to a picture, the report, a spreadsheet
//! or an open format, for sharing unless asked otherwise.
//!
//! The files written are listed on standard output, one a line, so that a
//! script can use them; how many confidential items were left out goes to
//! standard error, as a note for the person. Exits with 0 when the files
//! were written, 1 when the map cannot be read or the export or the files
//! cannot be made, 2 when the command itself is wrong.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use crate::export::{self, Format, Look, Options, Picture, Scope};
use crate::file;
use crate::model::Map;

/// The formats, as they are typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// A picture that stays sharp at any size.
    Svg,
    /// A picture made of pixels.
    Png,
    /// A document to print or send.
    Pdf,
    /// The workshop report as Markdown.
    Md,
    /// The workshop report as one web page.
    Html,
    /// The action list as a spreadsheet.
    ActionsCsv,
    /// The tension register as a spreadsheet.
    TensionsCsv,
    /// JSON Canvas (Obsidian and others).
    Canvas,
    /// GraphML (Gephi, yEd).
    Graphml,
    /// Node and edge lists, two CSV files (Kumu, spreadsheets).
    NetworkCsv,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Svg => Format::Svg,
            FormatArg::Png => Format::Png,
            FormatArg::Pdf => Format::Pdf,
            FormatArg::Md => Format::Markdown,
            FormatArg::Html => Format::Html,
            FormatArg::ActionsCsv => Format::ActionsCsv,
            FormatArg::TensionsCsv => Format::TensionsCsv,
            FormatArg::Canvas => Format::Canvas,
            FormatArg::Graphml => Format::GraphMl,
            FormatArg::NetworkCsv => Format::NetworkCsv,
        }
    }
}

/// How a picture looks, as it is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LookArg {
    /// Dark ink on a light background.
    Light,
    /// Light ink on a dark background.
    Dark,
    /// For paper.
    Print,
}

impl From<LookArg> for Look {
    fn from(l: LookArg) -> Self {
        match l {
            LookArg::Light => Look::Light,
            LookArg::Dark => Look::Dark,
            LookArg::Print => Look::Print,
        }
    }
}

/// What `convene export` is told.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The map file to export.
    pub map: PathBuf,
    /// What to make.
    #[arg(long, short = 'f', value_enum)]
    pub format: FormatArg,
    /// Where to write it (by default beside the map, named after it).
    /// Formats of two files put both beside this name: `net.csv` gives
    /// `net-nodes.csv` and `net-edges.csv`.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Only what this saved view shows.
    #[arg(long, value_name = "NAME", conflicts_with = "page_per_view")]
    pub view: Option<String>,
    /// For PDF: one page for each saved view.
    #[arg(long)]
    pub page_per_view: bool,
    /// How a picture looks.
    #[arg(long, value_enum, default_value = "light")]
    pub look: LookArg,
    /// For PNG: pixels per map unit (2 is sharp on most screens).
    #[arg(long, default_value_t = 2.0, value_parser = scale)]
    pub scale: f32,
    /// Leave the legend out of a picture.
    #[arg(long)]
    pub no_legend: bool,
    /// Leave the title block out of a picture.
    #[arg(long)]
    pub no_title: bool,
    /// Put confidential tensions and notes in too. Without this, every
    /// export is for sharing: they are left out, and a note says how many.
    #[arg(long)]
    pub include_confidential: bool,
}

/// The scale, which must be a number from 0.1 to 16.
fn scale(text: &str) -> Result<f32, String> {
    let n: f32 = text
        .parse()
        .map_err(|_| format!("\"{text}\" is not a number"))?;
    if (0.1..=16.0).contains(&n) {
        Ok(n)
    } else {
        Err("the scale must be from 0.1 to 16".to_owned())
    }
}

/// Runs `convene export`.
pub fn run(args: &ExportArgs) -> ExitCode {
    let format = Format::from(args.format);
    if args.page_per_view && format != Format::Pdf {
        eprintln!("--page-per-view is for PDF only; use --format pdf, or leave it out.");
        return ExitCode::from(2);
    }
    let map = match file::read(&args.map) {
        Ok(map) => map,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    match export_map(&map, args, format) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn export_map(map: &Map, args: &ExportArgs, format: Format) -> Result<(), String> {
    let scope = match &args.view {
        None => Scope::Whole,
        Some(name) => Scope::View(view_index(map, name)?),
    };
    let options = Options {
        format,
        scope,
        picture: Picture {
            look: args.look.into(),
            scale: args.scale,
            legend: !args.no_legend,
            title_block: !args.no_title,
        },
        page_per_view: args.page_per_view,
        include_confidential: args.include_confidential,
    };
    let output = export::write(map, &options)
        .map_err(|e| format!("{}: could not export: {e}", args.map.display()))?;
    let chosen = args
        .out
        .clone()
        .unwrap_or_else(|| default_out(&args.map, format));
    let written = file::write_export(&chosen, &output).map_err(|e| e.to_string())?;
    for path in written {
        println!("{}", path.display());
    }
    if let Some(words) = export::left_out_words(output.left_out) {
        eprintln!("{words} Add --include-confidential to put them in.");
    }
    Ok(())
}

/// The place of the saved view called `name`, or what views there are.
fn view_index(map: &Map, name: &str) -> Result<usize, String> {
    if let Some(i) = map.views.iter().position(|v| v.name == name) {
        return Ok(i);
    }
    if map.views.is_empty() {
        return Err(format!(
            "The map has no saved views, so there is no view \"{name}\"."
        ));
    }
    let names: Vec<String> = map
        .views
        .iter()
        .map(|v| format!("\"{}\"", v.name))
        .collect();
    Err(format!(
        "The map has no saved view \"{name}\". Its views: {}.",
        names.join(", ")
    ))
}

/// Beside the map, named after it, with the format's extension.
fn default_out(map: &Path, format: Format) -> PathBuf {
    map.with_extension(format.extension())
}
