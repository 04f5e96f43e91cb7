//! The legend under a picture: what the severity colours mean, and how each
//! kind of item is drawn.

use eframe::egui::{Color32, Rect, pos2, vec2};

use super::fonts::width;
use super::layout::Block;
use super::paint::{Pen, write_block};
use crate::app::canvas::display::{Ink, Outline, Part, Prim, Shape, Show};
use crate::app::canvas::palette::{BADGE, CONFIDENTIAL, colour};
use crate::model::{Colour, Map};

/// The size of the legend's words.
const SIZE: f32 = 13.0;
/// The height of one row.
const ROW: f32 = 30.0;
/// The room a symbol takes.
const SYMBOL: f32 = 24.0;

/// One entry: its symbol, drawn in a `SYMBOL`-wide square whose left
/// middle is given, and its words.
struct Entry {
    symbol: fn(f32, f32) -> Vec<Shape>,
    words: String,
}

/// The legend's rows for `map`.
fn rows(map: &Map) -> Vec<Vec<Entry>> {
    let severity = |n: u8| Entry {
        symbol: match n {
            1 => |x, y| marker(x, y, 1),
            2 => |x, y| marker(x, y, 2),
            3 => |x, y| marker(x, y, 3),
            4 => |x, y| marker(x, y, 4),
            5 => |x, y| marker(x, y, 5),
            _ => |x, y| marker(x, y, 0),
        },
        words: match n {
            1 => "1 mild".to_owned(),
            5 => "5 severe".to_owned(),
            0 => "none open".to_owned(),
            n => n.to_string(),
        },
    };
    let mut kinds = vec![
        entry(community, "Community"),
        entry(stakeholder, "Stakeholder"),
        entry(boundary, "Boundary"),
        entry(activity, "Activity"),
        entry(note, "Note"),
    ];
    let secret =
        map.tensions.iter().any(|t| t.confidential) || map.notes.iter().any(|n| n.confidential);
    if secret {
        kinds.push(entry(confidential, "Confidential"));
    }
    let mut tensions = vec![Entry {
        symbol: |_, _| Vec::new(),
        words: "Worst open tension:".to_owned(),
    }];
    tensions.extend([1, 2, 3, 4, 5, 0].map(severity));
    vec![tensions, kinds]
}

fn entry(symbol: fn(f32, f32) -> Vec<Shape>, words: &str) -> Entry {
    Entry {
        symbol,
        words: words.to_owned(),
    }
}

/// How wide the legend is.
pub fn width_needed(map: &Map) -> f32 {
    rows(map)
        .iter()
        .map(|row| row.iter().map(entry_width).sum::<f32>())
        .fold(0.0, f32::max)
}

/// How tall the legend is.
pub fn height() -> f32 {
    2.0 * ROW
}

fn entry_width(e: &Entry) -> f32 {
    SYMBOL + 6.0 + width(&e.words, SIZE) + 18.0
}

/// Draws the legend with its top left corner at (`left`, `top`).
pub fn draw(pen: &mut Pen<'_>, map: &Map, left: f32, top: f32) {
    for (k, row) in rows(map).iter().enumerate() {
        let y = top + (k as f32 + 0.5) * ROW;
        let mut x = left;
        for e in row {
            let shapes = (e.symbol)(x, y);
            let words_at = if shapes.is_empty() {
                x
            } else {
                x + SYMBOL + 6.0
            };
            for shape in shapes {
                pen.lightened = false;
                pen.prim(&Prim {
                    shape,
                    show: Show::ALWAYS,
                    selectable: false,
                    part: Part::Whole,
                });
            }
            let block = Block {
                lines: vec![e.words.clone()],
                size: SIZE,
                x: words_at,
                top: y - SIZE * 0.6,
                centred: false,
                under: false,
            };
            write_block(pen.out, &block, pen.inks.colour(Ink::Text), pen.reader);
            x = words_at + width(&e.words, SIZE) + 18.0;
        }
    }
}

fn marker(x: f32, y: f32, n: u8) -> Vec<Shape> {
    vec![Shape::Marker {
        centre: pos2(x + SYMBOL / 2.0, y),
        radius: 10.0,
        fill: Ink::Severity(n),
        rim: Some(Outline {
            width: 1.5,
            ink: Ink::Canvas,
        }),
    }]
}

fn community(x: f32, y: f32) -> Vec<Shape> {
    vec![Shape::Disc {
        centre: pos2(x + SYMBOL / 2.0, y),
        radius: 10.0,
        fill: Ink::Rgb(colour(Colour::PALETTE[0])),
        rim: None,
    }]
}

fn boxed(x: f32, y: f32, h: f32, fill: Ink, outline: Option<Outline>) -> Shape {
    Shape::Box {
        rect: Rect::from_min_size(pos2(x, y - h / 2.0), vec2(SYMBOL, h)),
        corner: 3,
        fill,
        outline,
        inside: true,
    }
}

fn stakeholder(x: f32, y: f32) -> Vec<Shape> {
    let edge = Outline {
        width: 2.0,
        ink: Ink::Rgb(colour(Colour::PALETTE[0])),
    };
    vec![boxed(x, y, 14.0, Ink::Panel, Some(edge))]
}

fn boundary(x: f32, y: f32) -> Vec<Shape> {
    vec![Shape::Line {
        ends: [pos2(x, y), pos2(x + SYMBOL, y)],
        follow: [None, None],
        width: 3.5,
        ink: Ink::Severity(3),
    }]
}

fn activity(x: f32, y: f32) -> Vec<Shape> {
    let edge = Outline {
        width: 1.0,
        ink: Ink::WeakText,
    };
    let badge = Shape::Box {
        rect: Rect::from_min_size(pos2(x, y - 8.0), vec2(7.0, 16.0)),
        corner: 2,
        fill: Ink::Rgb(BADGE),
        outline: None,
        inside: false,
    };
    vec![boxed(x, y, 16.0, Ink::Panel, Some(edge)), badge]
}

fn note(x: f32, y: f32) -> Vec<Shape> {
    vec![boxed(x, y, 18.0, Ink::Rgb(colour(Colour::NOTE)), None)]
}

fn confidential(x: f32, y: f32) -> Vec<Shape> {
    let rim = Outline {
        width: 3.0,
        ink: Ink::Rgb(CONFIDENTIAL),
    };
    vec![boxed(
        x,
        y,
        18.0,
        Ink::Rgb(Color32::from_gray(235)),
        Some(rim),
    )]
}
