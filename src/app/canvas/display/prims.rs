//! The display list's vocabulary: the primitives a map is drawn with (discs,
//! markers, boxes, lines, text), the zoom bands they show at, and the
//! symbolic `Ink` colours the theme decides. What is drawn for each kind of
//! item is in `items`.

use std::borrow::Cow;

use eframe::egui::{Color32, Pos2, Rect};

use crate::model::Id;

/// A colour, either fixed or one that the theme decides.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Ink {
    /// A fixed colour.
    Rgb(Color32),
    /// The theme's strong text colour.
    Text,
    /// The theme's faint text colour.
    WeakText,
    /// The theme's panel colour (the face of cards and stakeholders).
    Panel,
    /// The theme's canvas background.
    Canvas,
    /// The colour of a severity on the theme's canvas (0: no open tension).
    Severity(u8),
}

/// An outline: its width in screen points (outlines do not grow with the
/// zoom, like a hairline) and its colour.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outline {
    /// Width in screen points.
    pub width: f32,
    /// Colour.
    pub ink: Ink,
}

/// Which zoom bands a primitive is drawn at. `NEAR` is close enough to read
/// text (`CLOSE` the closest part of it, where details are shown), `MID`
/// zoomed out with boundary markers still shown, `FAR` further out still.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Show(u8);

impl Show {
    /// Close enough to read names, not yet to read details.
    pub const READ: Show = Show(1);
    /// Close enough to read details (tension rows, an activity's owner).
    pub const CLOSE: Show = Show(8);
    /// Close enough to read names: `READ` or `CLOSE`.
    pub const NEAR: Show = Show(9);
    /// Zoomed out, with boundary markers.
    pub const MID: Show = Show(2);
    /// Zoomed out furthest.
    pub const FAR: Show = Show(4);
    /// Every zoom.
    pub const ALWAYS: Show = Show(15);
    /// Zoomed out at all (`MID` or `FAR`).
    pub const PLAIN: Show = Show(6);

    /// Whether a primitive shown at `self` is drawn in `band`.
    pub fn at(self, band: Show) -> bool {
        self.0 & band.0 != 0
    }

    /// Both bands.
    pub const fn or(self, other: Show) -> Show {
        Show(self.0 | other.0)
    }
}

/// What a text does where, at the zoom of the moment, it would be drawn
/// smaller than can be read from the back of a room.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Small {
    /// It is left out (the details of cards and notes).
    Hide,
    /// It is drawn at the smallest readable size all the same (a number on
    /// a marker, a group's title).
    Keep,
    /// A name inside a shape: drawn at the smallest readable size, inside
    /// if it still fits, else under the shape, whose bottom edge is at this
    /// height (map units). Such names are drawn at every zoom, unless they
    /// would cover one another.
    Below(f32),
    /// Drawn at the smallest readable size in as many lines as fit in this
    /// height (map units), and left out when not even one does: a card's
    /// title, a note's text.
    Fit(f32),
}

/// Where a text's anchor point sits on the laid-out text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The text's top-left corner; lines are left-aligned.
    TopLeft,
    /// The middle of its left side; lines are left-aligned.
    LeftCentre,
    /// Its centre; lines are centred.
    Centre,
}

/// A piece of text, with its size in map units.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    /// Where the anchor is, in map units.
    pub at: Pos2,
    /// Which point of the text `at` is.
    pub anchor: Anchor,
    /// The words.
    pub text: Cow<'static, str>,
    /// The font size, in map units.
    pub size: f32,
    /// The width to wrap at, in map units; none for one unwrapped line.
    pub wrap: Option<f32>,
    /// At most this many lines (0: as many as needed), ending in "…".
    pub rows: u8,
    /// Whether the font may shrink a little so that the longest word fits
    /// (never below the smallest readable size).
    pub fit: bool,
    /// What it does when it would be too small to read.
    pub small: Small,
    /// Colour.
    pub ink: Ink,
}

/// One drawing primitive, in map units.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A filled circle.
    Disc {
        /// Centre.
        centre: Pos2,
        /// Radius.
        radius: f32,
        /// Fill.
        fill: Ink,
        /// Rim, drawn close up only.
        rim: Option<Outline>,
    },
    /// A boundary's marker: a disc that never gets smaller on screen than a
    /// few points, so that it stays easy to hit.
    Marker {
        /// Centre.
        centre: Pos2,
        /// Radius.
        radius: f32,
        /// Fill.
        fill: Ink,
        /// Rim, drawn close up only.
        rim: Option<Outline>,
    },
    /// A rectangle with rounded corners.
    Box {
        /// The rectangle.
        rect: Rect,
        /// Corner radius in screen points.
        corner: u8,
        /// Fill.
        fill: Ink,
        /// Outline, if any.
        outline: Option<Outline>,
        /// Whether the outline lies inside the rectangle (else outside).
        inside: bool,
    },
    /// A straight line whose width is in map units (on screen it never
    /// gets thinner than 0.3 of that). Each end follows its own item while
    /// items are dragged: `follow[k]` names it, or none for the entry's own.
    Line {
        /// The two ends.
        ends: [Pos2; 2],
        /// The items the ends move with.
        follow: [Option<Id>; 2],
        /// Width in map units.
        width: f32,
        /// Colour.
        ink: Ink,
    },
    /// Text.
    Text(Text),
}

/// A primitive with the zoom bands it is drawn at, and whether it is the one
/// that shows the item's selection (its outline is swapped for the
/// selection's). Primitives drawn only close up (`Show::CLOSE`) come last in
/// an item's run, so that zoomed out the painter stops before them.
#[derive(Debug, Clone, PartialEq)]
pub struct Prim {
    /// What to draw.
    pub shape: Shape,
    /// When.
    pub show: Show,
    /// Whether it carries the selection outline.
    pub selectable: bool,
    /// Which part of a boundary's tension rows it draws, if any.
    pub part: Part,
}

/// The part of a boundary's stack of tension rows a primitive belongs to:
/// the painter keeps only the rows that fit and the line for that many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Not part of the rows.
    Whole,
    /// The row at this place, from the top.
    Row(u8),
    /// The line that says how many are left out when this many rows fit.
    More(u8),
}

/// How wide the keyboard's focus ring is, in points: it grows with the text
/// size, as every point does, but not with the zoom.
pub const RING_WIDTH: f32 = 3.0;

/// The keyboard's focus ring around `rect` (map units): an outline in the
/// theme's text colour, so that it shows on either theme and differs from
/// the selection's.
pub fn focus_ring(rect: Rect) -> Prim {
    Prim::new(
        Show::ALWAYS,
        Shape::Box {
            rect,
            corner: 6,
            fill: Ink::Rgb(Color32::TRANSPARENT),
            outline: Some(Outline {
                width: RING_WIDTH,
                ink: Ink::Text,
            }),
            inside: false,
        },
    )
}

impl Prim {
    pub(in crate::app::canvas) fn new(show: Show, shape: Shape) -> Self {
        Self {
            shape,
            show,
            selectable: false,
            part: Part::Whole,
        }
    }

    /// The same primitive, marked as `part` of a stack of rows.
    pub(in crate::app::canvas) fn part(self, part: Part) -> Self {
        Self { part, ..self }
    }

    pub(super) fn selectable(self) -> Self {
        Self {
            selectable: true,
            ..self
        }
    }
}

/// The words the canvas shows for a name, title or statement: the one
/// place where the map's text becomes a label's text.
pub fn label(text: &str) -> Cow<'static, str> {
    Cow::Owned(text.to_owned())
}

/// An outline of `width` points in `ink`.
pub(super) fn outline(width: f32, ink: Ink) -> Option<Outline> {
    Some(Outline { width, ink })
}
