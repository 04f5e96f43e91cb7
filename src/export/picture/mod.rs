//! Pictures of the map. The SVG is written from the canvas's display list,
//! close up, so a picture looks like the map on screen zoomed in; the PNG
//! and the PDF are drawn from that SVG with the bundled fonts only, so the
//! same map gives the same bytes on every machine.

mod clusters;
pub mod fonts;
mod inks;
mod layout;
mod legend;
mod paint;
mod pdf;
mod raster;
mod sheet;
mod xml;

pub use pdf::pdf;
pub use raster::{MAX_PIXELS, png};

use std::fmt::Write as _;

use resvg::usvg;

use super::{Picture, Prepared};
use crate::app::canvas::display::Ink;
use crate::app::canvas::scene::Scene;
use clusters::Reader;
use inks::Inks;
use paint::{Pen, write_block};
use sheet::Sheet;
use xml::{attr, colour};

/// The map as an SVG picture: text stays text, in the bundled fonts' family.
pub fn svg(p: &Prepared, picture: &Picture) -> String {
    drawn(p, picture, Reader::Anyone).0
}

/// The SVG, written for `reader`, and its layout.
fn drawn(p: &Prepared, picture: &Picture, reader: Reader) -> (String, Sheet) {
    let inks = Inks::of(picture.look);
    let scene = Scene::new(&p.map);
    let mut body = String::with_capacity(200 * scene.entries.len() + 256);
    let region = p.view.as_ref().map(sheet::region);
    let covered = paint::scene(&mut body, &scene, &inks, region, reader);
    let sheet = sheet::lay_out(p, picture, region.unwrap_or_else(|| sheet::frame(covered)));
    let mut out = String::with_capacity(body.len() + 8192);
    out.push_str("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
    attr(&mut out, "width", sheet.width);
    attr(&mut out, "height", sheet.height);
    out.push_str(" viewBox=\"0 0 ");
    xml::num(&mut out, sheet.width);
    out.push(' ');
    xml::num(&mut out, sheet.height);
    let _ = writeln!(out, "\" font-family=\"{}\">", fonts::FAMILY);
    let mut pen = Pen {
        out: &mut out,
        inks: &inks,
        lightened: false,
        reader,
    };
    pen.rect(
        eframe::egui::Rect::from_min_size(
            eframe::egui::Pos2::ZERO,
            eframe::egui::vec2(sheet.width, sheet.height),
        ),
        0.0,
    );
    colour(pen.out, "fill", inks.background());
    pen.out.push_str("/>\n");
    for (k, block) in sheet.title.iter().enumerate() {
        let ink = if k == 0 { Ink::Text } else { Ink::WeakText };
        write_block(pen.out, block, inks.colour(ink), reader);
    }
    map_area(pen.out, &sheet, &body, region.is_some());
    if let Some(block) = &sheet.footer {
        write_block(pen.out, block, inks.colour(Ink::WeakText), reader);
    }
    if let Some((left, top)) = sheet.legend {
        legend::draw(&mut pen, &p.map, left, top);
    }
    out.push_str("</svg>\n");
    (out, sheet)
}

/// The map's drawing, framed. A saved view's frame cuts off what lies
/// outside it: a nested SVG whose view box is the frame. A picture of the
/// whole map frames everything drawn, so it is only moved into place: a
/// cut costs the PNG two more canvases the picture's size.
fn map_area(out: &mut String, sheet: &Sheet, body: &str, cut: bool) {
    let (at, frame) = (sheet.map_at, sheet.frame);
    if !cut {
        out.push_str("<g transform=\"translate(");
        xml::num(out, at.min.x - frame.min.x);
        out.push(' ');
        xml::num(out, at.min.y - frame.min.y);
        out.push_str(")\">\n");
        out.push_str(body);
        out.push_str("</g>\n");
        return;
    }
    out.push_str("<svg");
    attr(out, "x", at.min.x);
    attr(out, "y", at.min.y);
    attr(out, "width", at.width());
    attr(out, "height", at.height());
    out.push_str(" viewBox=\"");
    for (k, v) in [frame.min.x, frame.min.y, frame.width(), frame.height()]
        .into_iter()
        .enumerate()
    {
        if k > 0 {
            out.push(' ');
        }
        xml::num(out, v);
    }
    out.push_str("\" overflow=\"hidden\">\n");
    out.push_str(body);
    out.push_str("</svg>\n");
}

/// Reads a picture's SVG back with the bundled fonts only.
fn parse(svg: &str) -> Result<usvg::Tree, super::ExportError> {
    let options = usvg::Options {
        fontdb: fonts::database(),
        font_family: "Noto Sans".to_owned(),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options)
        .map_err(|e| super::ExportError::Format(format!("The picture could not be drawn: {e}.")))
}

#[cfg(test)]
mod tests;
