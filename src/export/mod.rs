//! Every way out of Convene besides its own map file: pictures, the
//! workshop report, spreadsheets and open formats other tools read.
//!
//! Exporting is pure: a map and [`Options`] in, bytes out. Nothing here
//! touches files, windows or dialogs; the file layer writes the parts and
//! the app and the command line choose the options. Every export starts
//! from [`prepare`], which cuts the map down to the chosen scope and, unless
//! asked otherwise, leaves out confidential items, so that no format can
//! forget to.

pub mod canvas;
pub mod graph;
pub mod picture;
pub mod report;
pub mod secrets;
mod share;
pub mod xml;

pub use share::{ExportError, Prepared, Scope, prepare};

use serde::{Deserialize, Serialize};

use crate::model::Map;

/// How a picture looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Look {
    /// Dark ink on a light background, as the editor's light theme.
    #[default]
    Light,
    /// Light ink on a dark background, as the editor's dark theme.
    Dark,
    /// For paper: white background, no fills heavier than needed.
    Print,
}

/// The formats a map can be exported to. (Serialised so that the app can
/// remember the last one chosen in its preferences.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Format {
    /// A picture that stays sharp at any size (SVG).
    #[default]
    Svg,
    /// A picture made of pixels (PNG).
    Png,
    /// A document to print or send (PDF).
    Pdf,
    /// The workshop report as Markdown text.
    Markdown,
    /// The workshop report as one web page, the map inside it.
    Html,
    /// The action list as a spreadsheet (CSV).
    ActionsCsv,
    /// The tension register as a spreadsheet (CSV).
    TensionsCsv,
    /// JSON Canvas, the open format of Obsidian and other tools.
    Canvas,
    /// GraphML, for network tools such as Gephi and yEd.
    GraphMl,
    /// Node and edge lists (two CSV files) for network tools such as Kumu.
    NetworkCsv,
}

impl Format {
    /// Every format, in the order a menu lists them.
    pub const ALL: [Format; 10] = [
        Format::Svg,
        Format::Png,
        Format::Pdf,
        Format::Markdown,
        Format::Html,
        Format::ActionsCsv,
        Format::TensionsCsv,
        Format::Canvas,
        Format::GraphMl,
        Format::NetworkCsv,
    ];

    /// The file extension of its (main) file, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Pdf => "pdf",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::ActionsCsv | Format::TensionsCsv | Format::NetworkCsv => "csv",
            Format::Canvas => "canvas",
            Format::GraphMl => "graphml",
        }
    }

    /// Whether it is a picture of the map, which has a look and a scale.
    pub fn is_picture(self) -> bool {
        matches!(self, Format::Svg | Format::Png | Format::Pdf)
    }
}

/// How a picture is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Picture {
    /// Light, dark or for print.
    pub look: Look,
    /// Pixels per map unit, for PNG (1.0 draws the map at its own size).
    pub scale: f32,
    /// Whether a legend of colours and marks goes beside the map.
    pub legend: bool,
    /// Whether the map's title, facilitator, date and place go above it.
    pub title_block: bool,
}

impl Default for Picture {
    fn default() -> Self {
        Self {
            look: Look::Light,
            scale: 2.0,
            legend: true,
            title_block: true,
        }
    }
}

/// What to export and how.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Options {
    /// Which format.
    pub format: Format,
    /// Which part of the map.
    pub scope: Scope,
    /// How pictures look.
    pub picture: Picture,
    /// Whether a PDF has one page per saved view instead of the scope on
    /// one page.
    pub page_per_view: bool,
    /// Whether confidential tensions and notes go out too. Off by default:
    /// every export is for sharing unless the person asks otherwise.
    pub include_confidential: bool,
}

/// One file an export makes. Most formats make one; node and edge lists
/// make two, told apart by `suffix`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// Added to the file's stem, such as `"-nodes"`; empty for the main part.
    pub suffix: &'static str,
    /// The file's extension, without the dot.
    pub extension: &'static str,
    /// The bytes to write.
    pub bytes: Vec<u8>,
}

/// What an export made, and what it left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// The files to write.
    pub parts: Vec<Part>,
    /// How many confidential items were left out.
    pub left_out: usize,
}

/// Words for what was left out, for a status line or the end of a report:
/// "2 confidential items were left out.", or nothing when none were.
pub fn left_out_words(left_out: usize) -> Option<String> {
    match left_out {
        0 => None,
        1 => Some("1 confidential item was left out.".to_owned()),
        n => Some(format!("{n} confidential items were left out.")),
    }
}

impl Part {
    /// The main (or only) file of an export.
    pub fn main(extension: &'static str, bytes: Vec<u8>) -> Self {
        Self {
            suffix: "",
            extension,
            bytes,
        }
    }
}

/// Exports `map` as `options` say. The same map and options always give
/// the same bytes.
pub fn write(map: &Map, options: &Options) -> Result<Output, ExportError> {
    let inc = options.include_confidential;
    if options.page_per_view && options.format == Format::Pdf {
        let pages = (0..map.views.len())
            .map(|i| prepare(map, &Scope::View(i), inc))
            .collect::<Result<Vec<_>, _>>()?;
        if pages.is_empty() {
            return Err(ExportError::Format(
                "The map has no saved views to make pages of.".to_owned(),
            ));
        }
        let left_out = prepare(map, &Scope::Whole, inc)?.left_out;
        let bytes = picture::pdf(&pages, &options.picture)?;
        return Ok(Output {
            parts: vec![Part::main("pdf", bytes)],
            left_out,
        });
    }
    let p = prepare(map, &options.scope, inc)?;
    let ext = options.format.extension();
    let parts = match options.format {
        Format::Svg => vec![Part::main(
            ext,
            picture::svg(&p, &options.picture).into_bytes(),
        )],
        Format::Png => vec![Part::main(ext, picture::png(&p, &options.picture)?)],
        Format::Pdf => vec![Part::main(
            ext,
            picture::pdf(std::slice::from_ref(&p), &options.picture)?,
        )],
        Format::Markdown => vec![Part::main(ext, report::markdown(&p).into_bytes())],
        Format::Html => {
            let map_picture = picture::svg(&p, &Picture::default());
            vec![Part::main(ext, report::html(&p, &map_picture).into_bytes())]
        }
        Format::ActionsCsv => vec![Part::main(ext, report::actions_csv(&p)?)],
        Format::TensionsCsv => vec![Part::main(ext, report::tensions_csv(&p)?)],
        Format::Canvas => vec![Part::main(ext, canvas::write(&p).into_bytes())],
        Format::GraphMl => vec![Part::main(ext, graph::graphml(&p).into_bytes())],
        Format::NetworkCsv => {
            let (nodes, edges) = graph::network_csv(&p)?;
            vec![
                Part {
                    suffix: "-nodes",
                    extension: ext,
                    bytes: nodes,
                },
                Part {
                    suffix: "-edges",
                    extension: ext,
                    bytes: edges,
                },
            ]
        }
    };
    Ok(Output {
        parts,
        left_out: p.left_out,
    })
}
