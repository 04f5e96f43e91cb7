//! What each kind of item looks like in the display list: the builders that
//! turn a community, stakeholder, note, group, boundary or activity card
//! into primitives, and give back where it is.

use std::borrow::Cow;
use std::sync::LazyLock;

use eframe::egui::{Color32, Pos2, Rect, Vec2, pos2, vec2};

use super::prims::{Anchor, Ink, Outline, Prim, Shape, Show, Small, Text, label, outline};
use crate::app::canvas::palette::{BADGE, CONFIDENTIAL, activity_badge, colour};
use crate::app::canvas::shapes::{
    CARD_SIZE, COMMUNITY_RADIUS, GROUP_BAR, MARKER_RADIUS, STAKEHOLDER_SIZE,
};
use crate::model::query::Tally;
use crate::model::{Activity, Community, Group, Id, Note, Severity, Stakeholder, Tension};

/// A point given as a model point.
fn at(p: crate::model::Point) -> Pos2 {
    pos2(p.x, p.y)
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
            text: label(&c.name),
            size: 14.0,
            wrap: Some(COMMUNITY_RADIUS * 1.8),
            rows: 3,
            fit: true,
            small: Small::Below(centre.y + COMMUNITY_RADIUS),
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
            text: label(&s.name),
            size: 13.0,
            wrap: Some(rect.width() - 10.0),
            rows: 2,
            fit: true,
            small: Small::Below(rect.bottom()),
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
    // A confidential note has a strong rim at every zoom, and a tag above
    // it close up, so nobody shares it by mistake.
    let outline = n.confidential.then_some(Outline {
        width: 3.0,
        ink: Ink::Rgb(CONFIDENTIAL),
    });
    out.push(
        Prim::new(
            Show::ALWAYS,
            Shape::Box {
                rect,
                corner: 3,
                fill: Ink::Rgb(colour(n.colour)),
                outline,
                inside: false,
            },
        )
        .selectable(),
    );
    if n.confidential {
        confidential_tag(rect, out);
    }
    out.push(Prim::new(
        Show::NEAR,
        Shape::Text(Text {
            at: rect.min + vec2(6.0, 6.0),
            anchor: Anchor::TopLeft,
            text: label(&n.text),
            size: 13.0,
            wrap: Some(rect.width() - 12.0),
            rows: 0,
            fit: false,
            small: Small::Fit(rect.height() - 12.0),
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
            text: label(&g.label),
            size: 14.0,
            wrap: None,
            rows: 1,
            fit: false,
            small: Small::Keep,
            ink: Ink::Text,
        }),
    ));
    (frame, bar)
}

/// A number as text; the small ones, which are nearly all, made once.
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

/// The ink of a severity (none: no open tension).
fn severity_ink(severity: Option<Severity>) -> Ink {
    Ink::Severity(severity.map_or(0, Severity::get))
}

/// A boundary's lines, its marker with its highest open severity as a
/// number (so that colour is never the only sign), and, close up, a row for
/// each of its `tensions`; from its sides' centres (each with its item) and
/// its middle. Gives back its marker's rectangle and the rectangle its rows
/// cover (empty when it has none).
pub fn boundary(
    sides: &[(Id, Pos2)],
    middle: Pos2,
    tally: Tally,
    tensions: &[&Tension],
    out: &mut Vec<Prim>,
) -> (Rect, Rect) {
    let ink = severity_ink(tally.worst);
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
    if let Some(worst) = tally.worst {
        out.push(Prim::new(
            Show::NEAR,
            Shape::Text(Text {
                at: middle,
                anchor: Anchor::Centre,
                text: count_text(worst.get().into()),
                size: 14.0,
                wrap: None,
                rows: 1,
                fit: false,
                small: Small::Keep,
                ink: Ink::Canvas,
            }),
        ));
    }
    let rows = crate::app::canvas::tension_rows::rows(middle, tensions, out);
    (
        Rect::from_center_size(middle, Vec2::splat(2.0 * MARKER_RADIUS)),
        rows,
    )
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
    // The column is centred on the middle, between the two ends, and
    // clear of any end it would still reach.
    let top = middle.y - (step(count.max(1)) - 4.0) / 2.0;
    let height = step(count.max(1)) - 4.0;
    let ends: Vec<Rect> = [*a, *b]
        .iter()
        .map(|&c| Rect::from_center_size(c, end))
        .filter(|r| r.top() < top + height && r.bottom() > top)
        .collect();
    let x = if lean >= 0.0 {
        ends.iter()
            .fold(middle.x - GAP, |x, r| x.min(r.left() - 4.0))
            - CARD_SIZE.x
    } else {
        ends.iter()
            .fold(middle.x + GAP, |x, r| x.max(r.right() + 4.0))
    };
    Rect::from_min_size(pos2(x, top + step(slot)), CARD_SIZE)
}

/// An activity's card at `rect`: its badge and its whole title (up to three
/// lines), and close up its status, owner and date under the title.
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
    let badge = Rect::from_min_size(rect.min, vec2(BADGE_WIDTH, rect.height()));
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
            size: 14.0,
            wrap: None,
            rows: 1,
            fit: false,
            small: Small::Hide,
            ink: Ink::Rgb(Color32::WHITE),
        }),
    ));
    let left = badge.right() + 5.0;
    let title = Text {
        at: pos2(left, rect.top() + 4.0),
        anchor: Anchor::TopLeft,
        text: label(&a.title),
        size: CARD_TEXT,
        wrap: Some(rect.right() - left - 4.0),
        rows: 3,
        fit: false,
        small: Small::Fit(rect.height() - 8.0),
        ink: Ink::Text,
    };
    out.push(Prim::new(Show::NEAR, Shape::Text(title)));
    out.push(Prim::new(
        Show::CLOSE,
        Shape::Text(Text {
            at: pos2(left, rect.bottom() - 3.0 - CARD_TEXT),
            anchor: Anchor::TopLeft,
            text: label(&card_details(a)),
            size: CARD_TEXT * 0.85,
            wrap: Some(rect.right() - left - 4.0),
            rows: 1,
            fit: false,
            small: Small::Hide,
            ink: Ink::WeakText,
        }),
    ));
}

/// The "Confidential" tag that sits on the top edge of `rect`.
fn confidential_tag(rect: Rect, out: &mut Vec<Prim>) {
    let tag = Rect::from_min_size(rect.left_top() + vec2(0.0, -20.0), vec2(96.0, 18.0));
    out.push(Prim::new(
        Show::NEAR,
        Shape::Box {
            rect: tag,
            corner: 3,
            fill: Ink::Rgb(CONFIDENTIAL),
            outline: None,
            inside: false,
        },
    ));
    out.push(Prim::new(
        Show::NEAR,
        Shape::Text(Text {
            at: tag.center(),
            anchor: Anchor::Centre,
            text: "Confidential".into(),
            size: 12.0,
            wrap: None,
            rows: 1,
            fit: true,
            small: Small::Hide,
            ink: Ink::Rgb(Color32::WHITE),
        }),
    ));
}

/// The width of an activity card's badge, in map units.
const BADGE_WIDTH: f32 = 30.0;
/// The size of a card's title, in map units.
const CARD_TEXT: f32 = 15.0;

/// An activity's status, owner and date in a line: "Agreed · Priya ·
/// 2026-12-03".
fn card_details(a: &Activity) -> String {
    let mut parts = vec![a.status.label().to_owned()];
    if !a.owner.trim().is_empty() {
        parts.push(a.owner.trim().to_owned());
    }
    if let Some(date) = a.date {
        parts.push(date.to_string());
    }
    parts.join(" · ")
}
