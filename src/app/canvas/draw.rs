//! Painting the display list with egui: the entries in view, in drawing
//! order, with the primitives of the zoom band; close up as egui shapes with
//! text, zoomed out as one plain mesh. The only decisions made here are the
//! screen's: theme colours, how small a font or marker may get, fading,
//! the selection outline and where dragged items are drawn.

use std::collections::HashSet;
use std::sync::Arc;

use eframe::egui::{
    self, Color32, CornerRadius, FontId, Mesh, Pos2, Rect, Stroke, StrokeKind, Ui, Vec2, vec2,
};

use super::display::{Anchor, Ink, Outline, Part, Prim, Shape, Show, Small, Text};
use super::labels::{Labels, NameCache, Offer};
use super::mesh;
use super::palette::severity_colour;
use super::scene::Layer as Kind;
use super::scene::{Entry, Layer, Scene};
use super::shapes::View;
use super::tension_rows;
use crate::app::script::{visual, visual_wrapped};
use crate::model::{Id, IdBuildHasher, Map, Severity};

/// Below this zoom names are too small to read: the map is drawn as plain
/// shapes in one mesh, without text or outlines.
pub const TEXT_ZOOM: f32 = 0.35;
/// Below this zoom boundaries lose their middle markers too.
pub const FAR_ZOOM: f32 = 0.2;
/// From this zoom on, details are shown: a boundary's tension rows, an
/// activity's status, owner and date.
pub const CLOSE_ZOOM: f32 = 0.95;
/// The smallest text drawn on the canvas, in points. Points grow with the
/// text size setting (egui's zoom factor), so at Largest this is twice as
/// many pixels as at Normal.
pub const MIN_TEXT: f32 = 12.0;

/// The zoom band a zoom is in. `eye` is the zoom times the text size's
/// factor (points to pixels): whether shapes are large enough to carry text
/// goes by what reaches the eye, while close-up details, whose words are
/// sized in points, go by the zoom alone.
pub fn band(zoom: f32, eye: f32) -> Show {
    if zoom >= CLOSE_ZOOM {
        Show::CLOSE
    } else if eye >= TEXT_ZOOM {
        Show::READ
    } else if eye >= FAR_ZOOM {
        Show::MID
    } else {
        Show::FAR
    }
}

/// Everything one frame of drawing needs.
pub struct Frame<'a> {
    /// The canvas's place in the UI.
    pub ui: &'a Ui,
    /// Paints inside the canvas.
    pub painter: &'a egui::Painter,
    /// The view onto the map.
    pub view: View,
    /// The map, for the items' accessible labels.
    pub map: &'a Map,
    /// What to draw, and where.
    pub scene: &'a Scene,
    /// The selected items.
    pub selected: &'a HashSet<Id, IdBuildHasher>,
    /// The items to draw faded.
    pub dimmed: &'a HashSet<Id, IdBuildHasher>,
    /// How far each item is being dragged, in map units, during a drag.
    pub offset: Option<&'a dyn Fn(Id) -> Vec2>,
    /// The canvas's own widget id.
    pub canvas_id: egui::Id,
    /// The item under the keyboard's focus ring, while the map has the
    /// keyboard.
    pub focused: Option<Id>,
    /// The focus ring to draw, from the display list.
    pub ring: Option<&'a Prim>,
    /// Items marked as new or changed from a compared copy.
    pub marked: &'a [(Id, super::marks::Mark)],
    /// The marks' rings and badges, from the display list.
    pub mark_prims: &'a [(Id, Prim)],
}

/// The theme's colours for the symbolic inks, looked up once per frame.
struct Theme {
    text: Color32,
    weak_text: Color32,
    panel: Color32,
    canvas: Color32,
    dark: bool,
}

impl Theme {
    fn of(ui: &Ui) -> Self {
        let v = ui.visuals();
        Self {
            text: v.strong_text_color(),
            weak_text: v.weak_text_color(),
            panel: v.panel_fill,
            canvas: v.extreme_bg_color,
            dark: v.dark_mode,
        }
    }

    fn ink(&self, ink: Ink, faded: bool) -> Color32 {
        let c = match ink {
            Ink::Rgb(c) => c,
            Ink::Text => self.text,
            Ink::WeakText => self.weak_text,
            Ink::Panel => self.panel,
            Ink::Canvas => self.canvas,
            Ink::Severity(n) => severity_colour(Severity::new(n).ok(), self.dark),
        };
        if faded { c.gamma_multiply(0.22) } else { c }
    }
}

/// One entry being painted: its drag shift, and whether it is faded
/// or selected.
#[derive(Clone, Copy)]
struct Item {
    id: Id,
    shift: Vec2,
    /// Whose name goes first: 0 a community, 1 a stakeholder, 2 the rest.
    rank: u8,
    faded: bool,
    selected: bool,
}

impl<'s> Frame<'s> {
    /// Draws the entries (indices into the scene, in drawing order).
    /// `buffer` keeps the zoomed-out mesh's memory from frame to frame.
    pub fn draw(&self, entries: &[u32], buffer: &mut Arc<Mesh>, names: &mut NameCache) {
        let theme = Theme::of(self.ui);
        // The bands go by what reaches the eye: at a larger text size each
        // point is more pixels, so shapes and words are larger on screen.
        let zoom = self.view.camera.zoom;
        let band = band(zoom, zoom * self.ui.ctx().zoom_factor());
        let mut labels = Labels::new(self.view);
        if band.at(Show::NEAR) {
            for &i in entries {
                self.paint_entry(&theme, &self.scene.entries[i as usize], band, &mut labels);
            }
        } else {
            self.draw_plain(&theme, band, entries, buffer, &mut labels);
        }
        for (id, prim) in self.mark_prims {
            let item = Item {
                id: *id,
                shift: Vec2::ZERO,
                rank: 2,
                faded: false,
                selected: false,
            };
            self.paint(&theme, &item, prim, &mut labels);
        }
        if let (Some(ring), Some(id)) = (self.ring, self.focused) {
            let item = Item {
                id,
                shift: Vec2::ZERO,
                rank: 2,
                faded: false,
                selected: false,
            };
            self.paint(&theme, &item, ring, &mut labels);
        }
        labels.paint(self.painter, theme.text, theme.canvas, names);
        if self.announced() {
            self.announce_all();
        }
    }

    /// Paints one entry's primitives of `band` close up; of a boundary's
    /// tension rows, only those that fit, standing on its marker.
    fn paint_entry(&self, theme: &Theme, e: &Entry, band: Show, labels: &mut Labels<'s>) {
        let item = self.item(e);
        let mut rows = None;
        for prim in self.scene.prims_of(e) {
            if !prim.show.at(band) {
                continue;
            }
            if prim.part == Part::Whole {
                self.paint(theme, &item, prim, labels);
                continue;
            }
            let (fit, drop) = *rows.get_or_insert_with(|| self.rows_fit(e));
            let kept = match (prim.part, fit) {
                (Part::Row(k), Some(fit)) => usize::from(k) < fit,
                (Part::More(k), Some(fit)) => usize::from(k) == fit,
                _ => false,
            };
            if kept {
                let item = Item {
                    shift: item.shift + vec2(0.0, drop),
                    ..item
                };
                self.paint(theme, &item, prim, labels);
            }
        }
    }

    fn item(&self, e: &Entry) -> Item {
        Item {
            id: e.id,
            shift: self.shift(e),
            rank: match e.layer {
                Kind::Community => 0,
                Kind::Stakeholder => 1,
                _ => 2,
            },
            faded: !self.dimmed.is_empty() && self.dimmed.contains(&e.id),
            selected: self.selected.contains(&e.id),
        }
    }

    /// How many of a boundary's tension rows fit (see `fit.rs`), and how
    /// far its rows are drawn below where the whole stack would put them.
    fn rows_fit(&self, e: &Entry) -> (Option<usize>, f32) {
        let fit = super::fit::rows_fit(self.scene, e);
        let total = self.scene.load(e.id).tensions.len();
        let drop = fit.map_or(0.0, |k| tension_rows::drop_for(total, k));
        (fit, drop)
    }

    /// How far an entry is being dragged, in map units: a boundary and its
    /// cards move by the mean of their sides' drags.
    pub(super) fn shift(&self, e: &Entry) -> Vec2 {
        let Some(offset) = self.offset else {
            return Vec2::ZERO;
        };
        let mean = |b: &Entry| {
            let sides = self.scene.sides_of(b);
            let sum = sides.iter().fold(Vec2::ZERO, |s, &(id, _)| s + offset(id));
            sum / sides.len().max(1) as f32
        };
        match e.layer {
            Layer::Boundary => mean(e),
            Layer::Card { boundary, .. } => self.scene.entry(boundary).map_or(Vec2::ZERO, mean),
            _ => offset(e.id),
        }
    }

    /// Where a line's end is, counting its own item's drag.
    fn end(&self, item: &Item, p: Pos2, follow: Option<Id>) -> Pos2 {
        let shift = match (follow, self.offset) {
            (Some(id), Some(offset)) => offset(id),
            (Some(_), None) => Vec2::ZERO,
            (None, _) => item.shift,
        };
        self.view.at(p + shift)
    }

    fn select_stroke(&self) -> Stroke {
        Stroke::new(3.0, self.ui.visuals().selection.stroke.color)
    }

    /// The screen rectangle an entry covers, counting any drag.
    pub fn screen_rect(&self, e: &Entry) -> Rect {
        e.on_screen(&self.view, self.shift(e))
    }

    /// Paints one primitive close up.
    fn paint(&self, theme: &Theme, item: &Item, prim: &'s Prim, labels: &mut Labels<'s>) {
        let (view, painter) = (&self.view, self.painter);
        let ink = |i: Ink| theme.ink(i, item.faded);
        let outline = |o: &Option<Outline>| match o {
            _ if item.selected && prim.selectable => self.select_stroke(),
            Some(o) => Stroke::new(o.width, ink(o.ink)),
            None => Stroke::NONE,
        };
        match &prim.shape {
            Shape::Disc {
                centre,
                radius,
                fill,
                rim,
            } => {
                let c = view.at(*centre + item.shift);
                painter.circle(c, view.len(*radius), ink(*fill), outline(rim));
            }
            Shape::Marker {
                centre,
                radius,
                fill,
                rim,
            } => {
                let c = view.at(*centre + item.shift);
                // Big enough to hold its number at the smallest text size.
                let r = view.len(*radius).max(MIN_TEXT * 0.8);
                painter.circle(c, r, ink(*fill), outline(rim));
            }
            Shape::Box {
                rect,
                corner,
                fill,
                outline: edge,
                inside,
            } => {
                let kind = if *inside {
                    StrokeKind::Inside
                } else {
                    StrokeKind::Outside
                };
                let r = view.map_rect(rect.translate(item.shift));
                painter.rect(
                    r,
                    CornerRadius::same(*corner),
                    ink(*fill),
                    outline(edge),
                    kind,
                );
            }
            Shape::Line {
                ends,
                follow,
                width,
                ink: line,
            } => {
                let a = self.end(item, ends[0], follow[0]);
                let b = self.end(item, ends[1], follow[1]);
                painter.line_segment([a, b], Stroke::new(self.line_width(*width), ink(*line)));
            }
            Shape::Text(t) => self.text(t, ink(t.ink), item, labels),
        }
    }

    /// A line's width on screen.
    fn line_width(&self, width: f32) -> f32 {
        width * self.view.camera.zoom.max(0.3)
    }

    /// Lays out and paints a text. Its font is never smaller than
    /// [`MIN_TEXT`] or larger than 40 points: a text that would be smaller
    /// is left out, kept at that size, or, for a name, handed to `labels`
    /// to go inside or under its shape (see [`Small`]).
    fn text(&self, t: &'s Text, ink: Color32, item: &Item, labels: &mut Labels<'s>) {
        let zoom = self.view.camera.zoom;
        let size = t.size * zoom;
        let mut rows = t.rows;
        if size < MIN_TEXT {
            match t.small {
                Small::Hide => return,
                Small::Fit(height) => {
                    // Lines of the smallest size that fit the height.
                    let lines = (height * zoom / (MIN_TEXT * 1.2)).floor().min(255.0) as u8;
                    if lines == 0 {
                        return;
                    }
                    rows = if rows == 0 { lines } else { rows.min(lines) };
                }
                Small::Below(bottom) => {
                    labels.offer(Self::offer(t, bottom, ink, item));
                    return;
                }
                Small::Keep => {}
            }
        }
        let mut font = FontId::proportional(size.clamp(MIN_TEXT, 40.0));
        if let Some(width) = t.wrap {
            let fits;
            (font, fits) = fitted(self.painter, t, font, ink, width * zoom);
            // A name whose longest word would break inside its shape goes
            // under it whole instead.
            if let (false, Small::Below(bottom)) = (fits, t.small) {
                labels.offer(Self::offer(t, bottom, ink, item));
                return;
            }
        }
        let galley = match t.wrap {
            None => self
                .painter
                .layout_no_wrap(visual(&t.text).into_owned(), font, ink),
            Some(width) => layout(self.painter, t, font, ink, (width * zoom, rows)),
        };
        let at = self.view.at(t.at + item.shift);
        self.painter
            .galley(place(at, t.anchor, &galley), galley, ink);
    }

    /// A name too small to read at this zoom, offered to be drawn at the
    /// smallest readable size.
    fn offer(t: &'s Text, bottom: f32, ink: Color32, item: &Item) -> Offer<'s> {
        Offer {
            text: t,
            id: item.id,
            rank: item.rank,
            bottom,
            shift: item.shift,
            ink,
            faded: item.faded,
        }
    }

    /// Zoomed out: every entry's primitives of the band as plain shapes in
    /// one mesh (rims left out), then the selection's outlines.
    fn draw_plain(
        &self,
        theme: &Theme,
        band: Show,
        entries: &[u32],
        buffer: &mut Arc<Mesh>,
        labels: &mut Labels<'s>,
    ) {
        // Last frame's mesh is reused once egui has let go of it, which
        // saves allocating (and faulting in) megabytes every frame.
        let mut shared = std::mem::take(buffer);
        if Arc::get_mut(&mut shared).is_none() {
            shared = Arc::default();
        }
        let Some(mesh) = Arc::get_mut(&mut shared) else {
            return;
        };
        mesh.clear();
        let mut outlines = Vec::new();
        for &i in entries {
            let e = &self.scene.entries[i as usize];
            let item = self.item(e);
            for prim in self.scene.prims_of(e) {
                // Close-up details come last in an item's run (see
                // `display`): nothing after them is drawn zoomed out.
                if prim.show == Show::CLOSE {
                    break;
                }
                if prim.show.at(band) {
                    self.plain(mesh, theme, &item, prim);
                }
                // Names are still offered, at the smallest readable size.
                if let Shape::Text(
                    t @ Text {
                        small: Small::Below(bottom),
                        ..
                    },
                ) = &prim.shape
                    && !labels.crowded()
                {
                    let ink = theme.ink(t.ink, item.faded);
                    labels.offer(Self::offer(t, *bottom, ink, &item));
                }
            }
            if item.selected {
                outlines.push(self.screen_rect(e));
            }
        }
        self.painter.add(egui::Shape::Mesh(shared.clone()));
        *buffer = shared;
        for r in outlines {
            self.painter.rect_stroke(
                r.expand(2.0),
                CornerRadius::same(2),
                self.select_stroke(),
                StrokeKind::Outside,
            );
        }
    }

    /// Adds one primitive to the zoomed-out mesh (outlined boxes, such as
    /// group frames, are painted as shapes of their own).
    fn plain(&self, mesh: &mut Mesh, theme: &Theme, item: &Item, prim: &Prim) {
        let view = &self.view;
        let ink = |i: Ink| theme.ink(i, item.faded);
        match &prim.shape {
            Shape::Disc {
                centre,
                radius,
                fill,
                ..
            } => mesh::disc(
                mesh,
                view.at(*centre + item.shift),
                view.len(*radius),
                ink(*fill),
            ),
            Shape::Marker {
                centre,
                radius,
                fill,
                ..
            } => {
                let r = view.len(*radius).max(4.0);
                mesh::disc(mesh, view.at(*centre + item.shift), r, ink(*fill));
            }
            Shape::Box {
                rect,
                fill,
                outline: None,
                ..
            } => mesh::rect(mesh, view.map_rect(rect.translate(item.shift)), ink(*fill)),
            Shape::Box {
                rect,
                corner,
                fill,
                outline: Some(o),
                ..
            } => {
                self.painter.rect(
                    view.map_rect(rect.translate(item.shift)),
                    CornerRadius::same(*corner),
                    ink(*fill),
                    Stroke::new(o.width, ink(o.ink)),
                    StrokeKind::Inside,
                );
            }
            Shape::Line {
                ends,
                follow,
                width,
                ink: line,
            } => {
                let a = self.end(item, ends[0], follow[0]);
                let b = self.end(item, ends[1], follow[1]);
                mesh::line(mesh, a, b, self.line_width(*width), ink(*line));
            }
            Shape::Text(_) => {}
        }
    }
}

/// Lays out text in at most `rows` lines of `width`, breaking between words,
/// ending with "…" when it does not fit (`rows` 0: no limit), in the font
/// [`fitted`] chose.
fn layout(
    painter: &egui::Painter,
    t: &Text,
    font: FontId,
    colour: Color32,
    (width, rows): (f32, u8),
) -> Arc<egui::Galley> {
    let width = width.max(1.0);
    // Right-to-left text is broken into lines here, in reading order.
    let measure = |s: &str| {
        painter
            .layout_no_wrap(s.to_owned(), font.clone(), colour)
            .size()
            .x
    };
    let text = visual_wrapped(&t.text, width, measure).into_owned();
    let mut job = egui::text::LayoutJob::simple(text, font, colour, width);
    if rows > 0 {
        job.wrap.max_rows = rows.into();
    }
    job.wrap.break_anywhere = false;
    job.halign = match t.anchor {
        Anchor::Centre => egui::Align::Center,
        Anchor::TopLeft | Anchor::LeftCentre => egui::Align::LEFT,
    };
    painter.layout_job(job)
}

/// The font for a wrapped text: a little smaller, when the text may
/// shrink, so that its longest word fits `width`; and whether that word
/// fits whole.
fn fitted(
    painter: &egui::Painter,
    t: &Text,
    mut font: FontId,
    colour: Color32,
    width: f32,
) -> (FontId, bool) {
    let Some(word) = t.text.split_whitespace().max_by_key(|w| w.chars().count()) else {
        return (font, true);
    };
    let word_width = painter
        .layout_no_wrap(word.to_owned(), font.clone(), colour)
        .size()
        .x;
    if word_width <= width {
        return (font, true);
    }
    if t.fit && font.size > MIN_TEXT {
        let smaller = (font.size * (width / word_width).max(0.7)).max(MIN_TEXT);
        let fits = word_width * smaller / font.size <= width + 0.5;
        font.size = smaller;
        return (font, fits);
    }
    (font, false)
}

/// Where a galley's top-left corner goes for its anchor to be at `at`.
pub(super) fn place(at: Pos2, anchor: Anchor, galley: &egui::Galley) -> Pos2 {
    match anchor {
        Anchor::TopLeft => at,
        Anchor::LeftCentre => at - vec2(0.0, galley.size().y / 2.0),
        Anchor::Centre => at - galley.rect.center().to_vec2(),
    }
}
