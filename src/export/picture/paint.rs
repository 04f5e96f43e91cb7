//! The display list drawn as SVG elements, close up (names, titles and
//! tension rows shown), in map units.

use eframe::egui::{Color32, Rect, vec2};

use super::clusters::{self, Reader};
use super::inks::Inks;
use super::layout::{Block, MIN_TEXT, lay_out};
use super::xml::{attr, colour, line};
use crate::app::canvas::display::{Ink, Outline, Part, Prim, Shape, Show, Text};
use crate::app::canvas::scene::{Entry, Scene};
use crate::app::canvas::{fit, tension_rows};

/// The zoom band a picture is drawn at: close up, where names, card titles
/// and tension rows are shown.
const BAND: Show = Show::CLOSE;

/// Draws every primitive of `scene` shown close up; gives back the
/// rectangle everything drawn covers, names under shapes included. A
/// boundary's tension rows are cut short where they would cover another
/// item or another boundary's rows, by the same rule as on the canvas
/// (`app::canvas::fit`), so a picture shows what the screen shows close up.
/// With `within`, items wholly outside it are left out.
pub fn scene(
    out: &mut String,
    scene: &Scene,
    inks: &Inks,
    within: Option<Rect>,
    reader: Reader,
) -> Rect {
    let mut covered = scene.bounds();
    let mut pen = Pen {
        out,
        inks,
        lightened: false,
        reader,
    };
    for e in &scene.entries {
        if within.is_some_and(|w| !w.intersects(e.bounds)) {
            continue;
        }
        let mut rows = None;
        pen.lightened = false;
        for prim in scene.prims_of(e) {
            if !prim.show.at(BAND) {
                continue;
            }
            let drawn = if prim.part == Part::Whole {
                pen.prim(prim)
            } else {
                let (fit, drop) = *rows.get_or_insert_with(|| rows_fit(scene, e));
                let kept = match (prim.part, fit) {
                    (Part::Row(k), Some(fit)) => usize::from(k) < fit,
                    (Part::More(k), Some(fit)) => usize::from(k) == fit,
                    _ => false,
                };
                kept.then(|| pen.prim(&lowered(prim, drop))).flatten()
            };
            if let Some(r) = drawn {
                covered = covered.union(r);
            }
        }
    }
    covered
}

/// How many of boundary entry `e`'s rows are drawn, and how far below the
/// whole stack's place they sit.
fn rows_fit(scene: &Scene, e: &Entry) -> (Option<usize>, f32) {
    let fit = fit::rows_fit(scene, e);
    let total = scene.load(e.id).tensions.len();
    (fit, fit.map_or(0.0, |k| tension_rows::drop_for(total, k)))
}

/// A tension row's primitive moved down by `drop` map units.
fn lowered(prim: &Prim, drop: f32) -> Prim {
    let mut prim = prim.clone();
    match &mut prim.shape {
        Shape::Box { rect, .. } => *rect = rect.translate(vec2(0.0, drop)),
        Shape::Text(t) => t.at.y += drop,
        _ => {}
    }
    prim
}

/// Writes elements, remembering whether the item's last fill was lightened
/// for print (then white text on it turns dark).
pub struct Pen<'a> {
    /// Where elements go.
    pub out: &'a mut String,
    /// The look's colours.
    pub inks: &'a Inks,
    /// Whether the last filled shape of the item was lightened.
    pub lightened: bool,
    /// Who reads the SVG.
    pub reader: Reader,
}

impl Pen<'_> {
    /// Draws one primitive; gives back what a text covers.
    pub fn prim(&mut self, prim: &Prim) -> Option<Rect> {
        match &prim.shape {
            Shape::Disc {
                centre,
                radius,
                fill,
                rim,
            }
            | Shape::Marker {
                centre,
                radius,
                fill,
                rim,
            } => {
                let r = if matches!(prim.shape, Shape::Marker { .. }) {
                    radius.max(MIN_TEXT * 0.8)
                } else {
                    *radius
                };
                self.out.push_str("<circle");
                attr(self.out, "cx", centre.x);
                attr(self.out, "cy", centre.y);
                attr(self.out, "r", r);
                self.fill_and_rim(*fill, rim);
                self.out.push_str("/>\n");
                None
            }
            Shape::Box {
                rect,
                corner,
                fill,
                outline,
                inside,
            } => {
                let half = outline.map_or(0.0, |o| o.width / 2.0);
                let r = if *inside {
                    rect.shrink(half)
                } else {
                    rect.expand(half)
                };
                let corner = if *inside {
                    f32::from(*corner) - half
                } else {
                    f32::from(*corner) + half
                };
                self.rect(r, corner.max(0.0));
                self.fill_and_rim(*fill, outline);
                self.out.push_str("/>\n");
                None
            }
            Shape::Line {
                ends, width, ink, ..
            } => {
                self.out.push_str("<line");
                attr(self.out, "x1", ends[0].x);
                attr(self.out, "y1", ends[0].y);
                attr(self.out, "x2", ends[1].x);
                attr(self.out, "y2", ends[1].y);
                colour(self.out, "stroke", self.inks.colour(*ink));
                attr(self.out, "stroke-width", *width);
                self.out.push_str("/>\n");
                None
            }
            Shape::Text(t) => self.text(t),
        }
    }

    /// Opens a `<rect` with its place and corners.
    pub fn rect(&mut self, r: Rect, corner: f32) {
        self.out.push_str("<rect");
        attr(self.out, "x", r.min.x);
        attr(self.out, "y", r.min.y);
        attr(self.out, "width", r.width());
        attr(self.out, "height", r.height());
        if corner > 0.0 {
            attr(self.out, "rx", corner);
        }
    }

    /// The fill and outline of a shape, lightened for print.
    fn fill_and_rim(&mut self, fill: Ink, rim: &Option<Outline>) {
        let light = self.inks.lightened(fill);
        self.lightened = light.is_some();
        colour(self.out, "fill", light.unwrap_or(self.inks.colour(fill)));
        // A lightened shape keeps its colour as its outline.
        let rim = match (light, rim) {
            (Some(_), _) => Some(Outline {
                width: rim.map_or(1.5, |o| o.width.max(1.5)),
                ink: fill,
            }),
            (None, rim) => *rim,
        };
        if let Some(o) = rim {
            colour(self.out, "stroke", self.inks.colour(o.ink));
            attr(self.out, "stroke-width", o.width);
        }
    }

    /// Draws a text primitive as real text; gives back what it covers.
    fn text(&mut self, t: &Text) -> Option<Rect> {
        let block = lay_out(t)?;
        let ink = match t.ink {
            _ if block.under => self.inks.colour(Ink::Text),
            Ink::Rgb(Color32::WHITE) if self.lightened => self.inks.colour(Ink::Text),
            ink => self.inks.colour(ink),
        };
        write_block(self.out, &block, ink, self.reader);
        Some(block.bounds())
    }
}

/// Writes a block of lines as one `<text>` with a `<tspan>` a line; for the
/// renderer, lines whose clusters it would lay out too narrow carry the
/// shifts that mend them.
pub fn write_block(out: &mut String, block: &Block, ink: Color32, reader: Reader) {
    out.push_str("<text");
    attr(out, "font-size", block.size);
    colour(out, "fill", ink);
    if block.centred {
        out.push_str(" text-anchor=\"middle\"");
    }
    out.push('>');
    for (k, text) in block.lines.iter().enumerate() {
        let mended = match reader {
            Reader::Renderer => clusters::mend(text, block.size),
            Reader::Anyone => None,
        };
        let pull = match (&mended, block.centred) {
            (Some(m), true) => m.missing / 2.0,
            _ => 0.0,
        };
        out.push_str("<tspan");
        attr(out, "x", block.x - pull);
        attr(out, "y", block.baseline(k));
        if let Some(m) = &mended {
            shifts(out, &m.dx);
        }
        out.push('>');
        line(out, text);
        out.push_str("</tspan>");
    }
    out.push_str("</text>\n");
}

/// Appends ` dx="…"`, one shift a letter.
fn shifts(out: &mut String, dx: &[f32]) {
    if dx.is_empty() {
        return;
    }
    out.push_str(" dx=\"");
    for (k, &d) in dx.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        super::xml::num(out, d);
    }
    out.push('"');
}
