//! Names that would be too small to read at the zoom of the moment. Each is
//! drawn at the smallest readable size: inside its shape if it fits there,
//! else under it. Names under shapes must not cover one another, so they
//! are placed one by one, communities first, then stakeholders, and a name
//! whose place is taken is left out. When very many parties are in view the
//! names would only pile up, so none is drawn under its shape (see
//! [`CROWD`]).

use std::collections::HashMap;
use std::sync::Arc;

use eframe::egui::{self, Color32, CornerRadius, FontId, Galley, Painter, Pos2, Rect, Vec2, vec2};

use super::display::{Anchor, Text};
use super::draw::MIN_TEXT;
use super::shapes::View;
use crate::model::{Id, IdBuildHasher};

/// With more names than this to place, names under shapes are left out:
/// on a 1280×800 canvas about this many short names fit side by side.
pub const CROWD: usize = 600;
/// At most this many names are laid out in one frame.
const BUDGET: usize = CROWD;
/// How wide a name under its shape may be before it wraps, in points.
const UNDER_WIDTH: f32 = 11.0 * MIN_TEXT;
/// The side of a cell of the grid that records where names are, in points.
const CELL: f32 = 8.0;

/// A name offered for drawing.
#[derive(Clone, Copy)]
pub struct Offer<'a> {
    /// The name's text primitive.
    pub text: &'a Text,
    /// The item it names.
    pub id: Id,
    /// Lower goes first: 0 for communities, 1 for stakeholders.
    pub rank: u8,
    /// The bottom of its shape, in map units.
    pub bottom: f32,
    /// How far it is being dragged, in map units.
    pub shift: Vec2,
    /// Its colour inside the shape.
    pub ink: Color32,
    /// Whether it is drawn faded.
    pub faded: bool,
}

/// The names offered in one frame, and where the screen is taken.
pub struct Labels<'a> {
    view: View,
    offers: Vec<Offer<'a>>,
}

impl<'a> Labels<'a> {
    /// No names yet, for a frame of `view`.
    pub fn new(view: View) -> Self {
        Self {
            view,
            offers: Vec::new(),
        }
    }

    /// Offers a name.
    pub fn offer(&mut self, offer: Offer<'a>) {
        self.offers.push(offer);
    }

    /// Whether so many names were offered that none goes under its shape;
    /// zoomed out, where no name fits inside its shape either, more offers
    /// change nothing.
    pub fn crowded(&self) -> bool {
        self.offers.len() > CROWD
    }

    /// Places and paints the names offered; `text` and `canvas` are the
    /// theme's text and canvas colours, for names under shapes, and
    /// `cache` keeps their layouts from frame to frame.
    pub fn paint(
        mut self,
        painter: &Painter,
        text: Color32,
        canvas: Color32,
        cache: &mut NameCache,
    ) {
        if self.offers.is_empty() {
            return;
        }
        cache.check(painter.pixels_per_point());
        let crowded = self.crowded();
        if !crowded {
            self.offers.sort_by_key(|o| o.rank);
        }
        let mut taken = Taken::new(self.view.screen);
        let mut laid_out = 0;
        for offer in &self.offers {
            if laid_out >= BUDGET {
                break;
            }
            if let Some((pos, galley)) = self.inside(painter, offer, &mut laid_out) {
                painter.galley(pos, galley, offer.ink);
                continue;
            }
            if crowded {
                continue;
            }
            laid_out += 1;
            let Some((pos, galley)) = self.under(painter, offer, &taken, cache) else {
                continue;
            };
            let rect = galley.rect.translate(pos.to_vec2());
            taken.take(rect);
            let fade = |c: Color32| {
                if offer.faded {
                    c.gamma_multiply(0.22)
                } else {
                    c
                }
            };
            painter.rect_filled(
                rect.expand(2.0),
                CornerRadius::ZERO,
                fade(canvas).gamma_multiply(0.85),
            );
            painter.galley(pos, galley, fade(text));
        }
    }

    /// The name laid out inside its shape at the smallest readable size,
    /// if it fits there whole.
    fn inside(
        &self,
        painter: &Painter,
        offer: &Offer<'_>,
        laid_out: &mut usize,
    ) -> Option<(Pos2, Arc<Galley>)> {
        let t = offer.text;
        let zoom = self.view.camera.zoom;
        let width = t.wrap.map_or(0.0, |w| w * zoom);
        let height = 2.0 * (offer.bottom - t.at.y) * zoom;
        if width < 3.0 * MIN_TEXT || height < 1.5 * MIN_TEXT {
            return None;
        }
        *laid_out += 1;
        // A word wider than the shape would be broken in two: the name
        // goes under the shape whole instead.
        let longest = t.text.split_whitespace().max_by_key(|w| w.chars().count());
        if longest.is_some_and(|w| {
            let one =
                painter.layout_no_wrap(w.to_owned(), FontId::proportional(MIN_TEXT), offer.ink);
            one.size().x > width
        }) {
            return None;
        }
        let galley = layout(painter, t, width, t.rows, offer.ink);
        let fits =
            !galley.elided && galley.size().x <= width + 0.5 && galley.size().y <= height * 0.85;
        let at = self.view.at(t.at + offer.shift);
        fits.then(|| (super::draw::place(at, Anchor::Centre, &galley), galley))
    }

    /// The name laid out under its shape, if its place is free.
    fn under(
        &self,
        painter: &Painter,
        offer: &Offer<'_>,
        taken: &Taken,
        cache: &mut NameCache,
    ) -> Option<(Pos2, Arc<Galley>)> {
        let t = offer.text;
        let top = self.view.at(egui::pos2(t.at.x, offer.bottom) + offer.shift) + vec2(0.0, 3.0);
        // A cheap guess first, so that a crowded place costs no layout.
        let guess = (t.text.chars().count() as f32 * MIN_TEXT * 0.5).min(UNDER_WIDTH);
        let first_line =
            Rect::from_center_size(top + vec2(0.0, MIN_TEXT * 0.6), vec2(guess, MIN_TEXT));
        if taken.any(first_line) {
            return None;
        }
        let galley = cache.under(offer.id, t, || {
            layout(painter, t, UNDER_WIDTH, t.rows.max(2), Color32::PLACEHOLDER)
        });
        // Its top middle at `top`.
        let pos = top - vec2(galley.rect.center().x, galley.rect.min.y);
        let rect = galley.rect.translate(pos.to_vec2());
        (!taken.any(rect)).then_some((pos, galley))
    }
}

/// The layouts of names under shapes, kept between frames: they depend on
/// the name and the screen's pixel density only, not on the zoom or the
/// colours (which are set when painting). View state, never saved.
#[derive(Debug, Default)]
pub struct NameCache {
    pixels_per_point: f32,
    galleys: HashMap<Id, (String, Arc<Galley>), IdBuildHasher>,
}

impl NameCache {
    /// Forgets every layout when the pixel density (or text size) changes,
    /// or when very many are kept.
    fn check(&mut self, pixels_per_point: f32) {
        if self.pixels_per_point != pixels_per_point || self.galleys.len() > 8192 {
            self.galleys.clear();
            self.pixels_per_point = pixels_per_point;
        }
    }

    /// The layout of `id`'s name `t` under its shape, laid out by `make`
    /// if the name is new or changed.
    fn under(&mut self, id: Id, t: &Text, make: impl FnOnce() -> Arc<Galley>) -> Arc<Galley> {
        match self.galleys.get(&id) {
            Some((text, galley)) if *text == *t.text => galley.clone(),
            _ => {
                let galley = make();
                self.galleys
                    .insert(id, (t.text.to_string(), galley.clone()));
                galley
            }
        }
    }
}

/// Lays out a name at the smallest readable size, centred, in at most
/// `rows` lines of `width` points.
fn layout(painter: &Painter, t: &Text, width: f32, rows: u8, colour: Color32) -> Arc<Galley> {
    let font = FontId::proportional(MIN_TEXT);
    // Right-to-left names are broken into lines in reading order.
    let measure = |s: &str| {
        painter
            .layout_no_wrap(s.to_owned(), font.clone(), colour)
            .size()
            .x
    };
    let text = crate::app::script::visual_wrapped(&t.text, width, measure).into_owned();
    let mut job = egui::text::LayoutJob::simple(text, font, colour, width);
    if rows > 0 {
        job.wrap.max_rows = rows.into();
    }
    job.halign = egui::Align::Center;
    painter.layout_job(job)
}

/// Which cells of the screen names already cover.
struct Taken {
    origin: Pos2,
    columns: usize,
    cells: Vec<bool>,
}

impl Taken {
    fn new(screen: Rect) -> Self {
        let columns = (screen.width() / CELL).ceil().max(1.0) as usize;
        let rows = (screen.height() / CELL).ceil().max(1.0) as usize;
        Self {
            origin: screen.min,
            columns,
            cells: vec![false; columns * rows],
        }
    }

    /// The cells a rectangle covers, clipped to the screen.
    fn cells(&self, r: Rect) -> impl Iterator<Item = usize> + '_ {
        let rows = self.cells.len() / self.columns;
        let cell = |v: f32, n: usize| ((v / CELL).floor().max(0.0) as usize).min(n - 1);
        let (x0, x1) = (
            cell(r.min.x - self.origin.x, self.columns),
            cell(r.max.x - self.origin.x, self.columns),
        );
        let (y0, y1) = (
            cell(r.min.y - self.origin.y, rows),
            cell(r.max.y - self.origin.y, rows),
        );
        (y0..=y1).flat_map(move |y| (x0..=x1).map(move |x| y * self.columns + x))
    }

    fn any(&self, r: Rect) -> bool {
        self.cells(r).any(|i| self.cells[i])
    }

    fn take(&mut self, r: Rect) {
        let covered: Vec<usize> = self.cells(r).collect();
        for i in covered {
            self.cells[i] = true;
        }
    }
}
