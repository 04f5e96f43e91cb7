//! Where things go on a picture: the part of the map it frames, the title
//! block above it, the legend and a footer line under it.

use eframe::egui::{Rect, pos2, vec2};

use super::fonts::LINE;
use super::layout::{Block, cut, wrapped};
use super::legend;
use crate::export::{Picture, Prepared, left_out_words};
use crate::model::SavedView;

/// The room around the map and between the parts of a picture.
pub const PAD: f32 = 24.0;
/// The room around the map's items when the picture frames them all.
const MARGIN: f32 = 40.0;
/// The size of the title.
const TITLE: f32 = 24.0;
/// The size of the lines under the title and of the footer.
const SMALL: f32 = 14.0;

/// A picture's layout, in picture units (one a map unit).
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The part of the map shown, in map units.
    pub frame: Rect,
    /// Where that part goes on the picture.
    pub map_at: Rect,
    /// The picture's width.
    pub width: f32,
    /// The picture's height.
    pub height: f32,
    /// The title block's lines: the title, then smaller lines.
    pub title: Vec<Block>,
    /// The legend's top left corner, if it has one.
    pub legend: Option<(f32, f32)>,
    /// The line under the map that says what was left out, when there is
    /// no title block to say it.
    pub footer: Option<Block>,
}

/// The region of the map a saved view shows.
pub fn region(v: &SavedView) -> Rect {
    Rect::from_center_size(
        pos2(v.centre.x, v.centre.y),
        vec2(v.size.w.max(1.0), v.size.h.max(1.0)),
    )
}

/// The part of the map a picture of everything shows: all that is drawn
/// (`covered`) with a margin.
pub fn frame(covered: Rect) -> Rect {
    if covered.is_positive() {
        covered.expand(MARGIN)
    } else {
        Rect::from_center_size(pos2(0.0, 0.0), vec2(400.0, 300.0))
    }
}

/// Lays the picture out around `frame`.
pub fn lay_out(p: &Prepared, picture: &Picture, frame: Rect) -> Sheet {
    let legend_width = if picture.legend {
        legend::width_needed(&p.map) + 2.0 * PAD
    } else {
        0.0
    };
    let width = frame.width().max(legend_width).max(320.0);
    let inner = width - 2.0 * PAD;
    let mut y = 0.0;
    let mut title = Vec::new();
    if picture.title_block {
        y = PAD;
        for (words, size) in title_lines(p) {
            let lines = cut(wrapped(&words, inner, size), 3, inner, size);
            let block = Block {
                size,
                x: PAD,
                top: y,
                centred: false,
                under: false,
                lines,
            };
            y += block.lines.len() as f32 * LINE * size + 4.0;
            title.push(block);
        }
        y += PAD / 2.0;
    }
    let map_at = Rect::from_min_size(pos2((width - frame.width()) / 2.0, y), frame.size());
    y = map_at.bottom();
    let footer = match (picture.title_block, left_out_words(p.left_out)) {
        (false, Some(words)) => {
            let block = Block {
                lines: vec![words],
                size: SMALL,
                x: PAD,
                top: y + 8.0,
                centred: false,
                under: false,
            };
            y += 8.0 + LINE * SMALL;
            Some(block)
        }
        _ => None,
    };
    let legend = picture.legend.then(|| {
        let at = (PAD, y + PAD / 2.0);
        y += PAD / 2.0 + legend::height();
        at
    });
    Sheet {
        frame,
        map_at,
        width,
        height: y + PAD / 2.0,
        title,
        legend,
        footer,
    }
}

/// The title block's words and sizes: the map's title (and the view's
/// name), who facilitates, when and where, and what was left out.
fn title_lines(p: &Prepared) -> Vec<(String, f32)> {
    let meta = &p.map.meta;
    let mut title = meta.title.trim().to_owned();
    if title.is_empty() {
        title = "Map".to_owned();
    }
    if let Some(v) = &p.view {
        title = format!("{title} — {}", v.name.trim());
    }
    let mut lines = vec![(title, TITLE)];
    let mut facts = Vec::new();
    if !meta.facilitator.trim().is_empty() {
        facts.push(format!("Facilitator: {}", meta.facilitator.trim()));
    }
    if let Some(date) = meta.date {
        facts.push(date.to_string());
    }
    if !meta.place.trim().is_empty() {
        facts.push(meta.place.trim().to_owned());
    }
    if !facts.is_empty() {
        lines.push((facts.join(" · "), SMALL));
    }
    if let Some(words) = left_out_words(p.left_out) {
        lines.push((words, SMALL));
    }
    lines
}
