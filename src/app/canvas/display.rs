//! The display list: what a map looks like as drawing primitives in map
//! units, with the level of detail already chosen, and with colours that
//! depend on the theme left symbolic. The scene builds it; the egui painter
//! (and later picture export) draws it and nothing else.

use std::borrow::Cow;
use std::sync::LazyLock;

use eframe::egui::{Color32, Pos2, Rect, Vec2, pos2, vec2};

use super::palette::{BADGE, activity_badge, colour, severity_colour};
use super::shapes::{CARD_SIZE, COMMUNITY_RADIUS, GROUP_BAR, MARKER_RADIUS, STAKEHOLDER_SIZE};
use crate::model::query::Tally;
use crate::model::{Activity, Community, Group, Id, Note, Stakeholder};

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
/// text, `MID` zoomed out with boundary markers still shown, `FAR` further
/// out still.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Show(u8);

impl Show {
    /// Close enough to read names.
    pub const NEAR: Show = Show(1);
    /// Zoomed out, with boundary markers.
    pub const MID: Show = Show(2);
    /// Zoomed out furthest.
    pub const FAR: Show = Show(4);
    /// Every zoom.
    pub const ALWAYS: Show = Show(7);
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
    /// Whether the font may shrink a little so that the longest word fits.
    pub fit: bool,
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
/// selection's).
#[derive(Debug, Clone, PartialEq)]
pub struct Prim {
    /// What to draw.
    pub shape: Shape,
    /// When.
    pub show: Show,
    /// Whether it carries the selection outline.
    pub selectable: bool,
}

impl Prim {
    fn new(show: Show, shape: Shape) -> Self {
        Self {
            shape,
            show,
            selectable: false,
        }
    }

    fn selectable(self) -> Self {
        Self {
            selectable: true,
            ..self
        }
    }
}

/// A point given as a model point.
fn at(p: crate::model::Point) -> Pos2 {
    pos2(p.x, p.y)
}

fn outline(width: f32, ink: Ink) -> Option<Outline> {
    Some(Outline { width, ink })
}

/// A community's circle and name, and its bounds.
pub fn community(c: &Community, out: &mut Vec<Prim>) -> Rect {
    let centre = at(c.pos);
    let fill = colour(c.colour);
    out.push(
        Prim::new(
            Show::ALWAYS,
            Shape::Disc {
                centre,
                radius: COMMUNITY_RADIUS,
                fill: Ink::Rgb(fill),
                rim: outline(2.0, Ink::Rgb(fill.gamma_multiply(0.6))),
            },
        )
        .selectable(),
    );
    out.push(Prim::new(
        Show::NEAR,
        Shape::Text(Text {
            at: centre,
            anchor: Anchor::Centre,
            text: c.name.clone().into(),
            size: 14.0,
            wrap: Some(COMMUNITY_RADIUS * 1.8),
            rows: 3,
            fit: true,
            ink: Ink::Rgb(Color32::WHITE),
        }),
    ));
    if c.pinned {
        pin(
            centre + Vec2::splat(COMMUNITY_RADIUS * 0.7) * vec2(1.0, -1.0),
            out,
        );
    }
    Rect::from_center_size(centre, Vec2::splat(2.0 * COMMUNITY_RADIUS))
}

/// A pin stuck in an item that tidying leaves where it is: a short needle
/// and a round red head at `head`.
fn pin(head: Pos2, out: &mut Vec<Prim>) {
    const RED: Color32 = Color32::from_rgb(0xd6, 0x27, 0x28);
    let needle = Shape::Line {
        ends: [head, head + vec2(-6.0, 9.0)],
        follow: [None, None],
        width: 2.0,
        ink: Ink::Text,
    };
    out.push(Prim::new(Show::NEAR, needle));
    let disc = Shape::Disc {
        centre: head,
        radius: 6.0,
        fill: Ink::Rgb(RED),
        rim: outline(1.5, Ink::Canvas),
    };
    out.push(Prim::new(Show::NEAR.or(Show::MID), disc));
}

/// A stakeholder's box and name, and its bounds.
pub fn stakeholder(s: &Stakeholder, out: &mut Vec<Prim>) -> Rect {
    let rect = Rect::from_center_size(at(s.pos), STAKEHOLDER_SIZE);
    let c = Ink::Rgb(colour(s.colour));
    out.push(
        Prim::new(
            Show::NEAR,
            Shape::Box {
                rect,
                corner: 8,
                fill: Ink::Panel,
                outline: outline(2.5, c),
                inside: true,
            },
        )
        .selectable(),
    );
    out.push(Prim::new(Show::PLAIN, plain_box(rect, c)));
    out.push(Prim::new(
        Show::NEAR,
        Shape::Text(Text {
            at: rect.center(),
            anchor: Anchor::Centre,
            text: s.name.clone().into(),
            size: 13.0,
            wrap: Some(rect.width() - 10.0),
            rows: 2,
            fit: true,
            ink: Ink::Text,
        }),
    ));
    if s.pinned {
        pin(rect.right_top(), out);
    }
    rect
}

fn plain_box(rect: Rect, fill: Ink) -> Shape {
    Shape::Box {
        rect,
        corner: 0,
        fill,
        outline: None,
        inside: false,
    }
}

/// A sticky note and its text, and its bounds.
pub fn note(n: &Note, out: &mut Vec<Prim>) -> Rect {
    let rect = Rect::from_min_size(at(n.pos), vec2(n.size.w, n.size.h));
    out.push(
        Prim::new(
            Show::ALWAYS,
            Shape::Box {
                rect,
                corner: 3,
                fill: Ink::Rgb(colour(n.colour)),
                outline: None,
                inside: false,
            },
        )
        .selectable(),
    );
    out.push(Prim::new(
        Show::NEAR,
        Shape::Text(Text {
            at: rect.min + vec2(6.0, 6.0),
            anchor: Anchor::TopLeft,
            text: n.text.clone().into(),
            size: 13.0,
            wrap: Some(rect.width() - 12.0),
            rows: 0,
            fit: false,
            ink: Ink::Rgb(Color32::from_gray(30)),
        }),
    ));
    if n.pinned {
        pin(rect.right_top(), out);
    }
    rect
}

/// A group's frame, title bar and label; gives back its bounds and its
/// title bar (where it is picked up and named).
pub fn group(g: &Group, out: &mut Vec<Prim>) -> (Rect, Rect) {
    let frame = Rect::from_min_size(at(g.pos), vec2(g.size.w, g.size.h));
    let bar = Rect::from_min_size(frame.min, vec2(frame.width(), GROUP_BAR));
    let c = colour(g.colour);
    let (edge, face) = (Ink::Rgb(c), Ink::Rgb(c.gamma_multiply(0.08)));
    for (show, corner, width) in [(Show::NEAR, 6, 1.5), (Show::PLAIN, 3, 1.0)] {
        let shape = Shape::Box {
            rect: frame,
            corner,
            fill: face,
            outline: outline(width, edge),
            inside: true,
        };
        out.push(Prim::new(show, shape));
    }
    let shape = Shape::Box {
        rect: bar,
        corner: 6,
        fill: Ink::Rgb(c.gamma_multiply(0.25)),
        outline: None,
        inside: false,
    };
    out.push(Prim::new(Show::NEAR, shape).selectable());
    out.push(Prim::new(
        Show::NEAR,
        Shape::Text(Text {
            at: bar.left_center() + vec2(8.0, 0.0),
            anchor: Anchor::LeftCentre,
            text: g.label.clone().into(),
            size: 14.0,
            wrap: None,
            rows: 1,
            fit: false,
            ink: Ink::Text,
        }),
    ));
    (frame, bar)
}

/// A count as text; the small ones, which are nearly all, made once.
fn count_text(n: usize) -> Cow<'static, str> {
    static SMALL: LazyLock<Vec<String>> =
        LazyLock::new(|| (0..100).map(|n| n.to_string()).collect());
    match SMALL.get(n) {
        Some(s) => Cow::Borrowed(s.as_str()),
        None => Cow::Owned(n.to_string()),
    }
}

/// The width of a boundary's lines, in map units.
pub fn line_width(open: usize) -> f32 {
    (2.0 + open as f32 * 1.5).min(9.0)
}

/// A boundary's lines, marker and tension count, from its sides' centres
/// (each with its item) and its middle; gives back its marker's rectangle.
pub fn boundary(sides: &[(Id, Pos2)], middle: Pos2, tally: Tally, out: &mut Vec<Prim>) -> Rect {
    let ink = Ink::Rgb(severity_colour(tally.worst));
    let width = line_width(tally.open);
    if let [(a, pa), (b, pb)] = sides {
        // Two sides: one straight line through the middle.
        out.push(Prim::new(
            Show::ALWAYS,
            Shape::Line {
                ends: [*pa, *pb],
                follow: [Some(*a), Some(*b)],
                width,
                ink,
            },
        ));
    } else {
        for &(side, p) in sides {
            out.push(Prim::new(
                Show::ALWAYS,
                Shape::Line {
                    ends: [middle, p],
                    follow: [None, Some(side)],
                    width,
                    ink,
                },
            ));
        }
    }
    let marker = Shape::Marker {
        centre: middle,
        radius: MARKER_RADIUS,
        fill: ink,
        rim: outline(1.5, Ink::Canvas),
    };
    out.push(Prim::new(Show::NEAR.or(Show::MID), marker).selectable());
    out.push(Prim::new(
        Show::NEAR,
        Shape::Text(Text {
            at: middle,
            anchor: Anchor::Centre,
            text: count_text(tally.count),
            size: 13.0,
            wrap: None,
            rows: 1,
            fit: false,
            ink: Ink::Rgb(Color32::WHITE),
        }),
    ));
    Rect::from_center_size(middle, Vec2::splat(2.0 * MARKER_RADIUS))
}

/// Where the `slot`-th of a boundary's `count` activity cards goes: in a
/// column hung below the boundary's middle, or, when that column would
/// reach a community or stakeholder at either end of a two-sided boundary
/// (one that runs up and down), beside the middle, clear of the line, on
/// the side its lower end leans away from.
pub fn card_rect(sides: &[(Id, Pos2)], middle: Pos2, slot: usize, count: usize) -> Rect {
    const GAP: f32 = 22.0;
    let step = |k: usize| k as f32 * (CARD_SIZE.y + 4.0);
    let below = |k: usize| {
        let top = pos2(middle.x - CARD_SIZE.x / 2.0, middle.y + GAP + step(k));
        Rect::from_min_size(top, CARD_SIZE)
    };
    // Room for either a community or a stakeholder at an end.
    let end = vec2(
        STAKEHOLDER_SIZE.x.max(2.0 * COMMUNITY_RADIUS),
        STAKEHOLDER_SIZE.y.max(2.0 * COMMUNITY_RADIUS),
    );
    let column = below(0).union(below(count.max(1) - 1));
    let [(_, a), (_, b)] = sides else {
        return below(slot);
    };
    let d = *b - *a;
    if d.y.abs() <= d.x.abs()
        || ![*a, *b]
            .iter()
            .any(|&c| column.intersects(Rect::from_center_size(c, end)))
    {
        return below(slot);
    }
    let lean = if d.y > 0.0 { d.x } else { -d.x };
    // The column is centred on the middle, between the two ends.
    let y = middle.y - (step(count.max(1)) - 4.0) / 2.0 + step(slot);
    let x = if lean >= 0.0 {
        middle.x - GAP - CARD_SIZE.x
    } else {
        middle.x + GAP
    };
    Rect::from_min_size(pos2(x, y), CARD_SIZE)
}

/// An activity's card (its badge and title) at `rect`.
pub fn card(a: &Activity, rect: Rect, out: &mut Vec<Prim>) {
    let face = Shape::Box {
        rect,
        corner: 4,
        fill: Ink::Panel,
        outline: outline(1.0, Ink::WeakText),
        inside: true,
    };
    out.push(Prim::new(Show::NEAR, face).selectable());
    out.push(Prim::new(Show::MID, plain_box(rect, Ink::Panel)));
    out.push(Prim::new(Show::FAR, plain_box(rect, Ink::Rgb(BADGE))));
    let badge = Rect::from_min_size(rect.min, vec2(rect.height() * 1.3, rect.height()));
    let shape = Shape::Box {
        rect: badge,
        corner: 4,
        fill: Ink::Rgb(BADGE),
        outline: None,
        inside: false,
    };
    out.push(Prim::new(Show::NEAR.or(Show::MID), shape));
    out.push(Prim::new(
        Show::NEAR,
        Shape::Text(Text {
            at: badge.center(),
            anchor: Anchor::Centre,
            text: activity_badge(&a.kind).into(),
            size: 11.0,
            wrap: None,
            rows: 1,
            fit: false,
            ink: Ink::Rgb(Color32::WHITE),
        }),
    ));
    out.push(Prim::new(
        Show::NEAR,
        Shape::Text(Text {
            at: pos2(badge.right() + 4.0, rect.center().y),
            anchor: Anchor::LeftCentre,
            text: a.title.clone().into(),
            size: 12.0,
            wrap: Some(rect.width() - badge.width() - 8.0),
            rows: 1,
            fit: true,
            ink: Ink::Text,
        }),
    ));
}
