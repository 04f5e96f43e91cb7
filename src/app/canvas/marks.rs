//! Items marked on the canvas while the compare window is open: a ring in
//! a colour of its own and a small badge in the theme's text colour on each
//! item that is new in this map or differs from the compared copy. View
//! state, never saved; gone when the window closes.

use eframe::egui::{Color32, Rect, vec2};

use super::display::{Ink, Outline, Prim, Shape, Show};
use super::palette::COMPARED;

/// How an item differs from the compared copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Only this map has it.
    New,
    /// Both copies have it, and it differs (a field, or where it stands).
    Changed,
}

impl Mark {
    /// The words a screen reader hears with the item's state.
    pub fn words(self) -> &'static str {
        match self {
            Mark::New => "new, not in the other copy",
            Mark::Changed => "changed from the other copy",
        }
    }
}

/// The ring and badge of a marked item whose hot spot is `hot` (map
/// units): a thin ring around it in a colour of its own, and a disc at its
/// top-right corner, filled for a new item and hollow for a changed one.
pub fn prims(hot: Rect, mark: Mark) -> [Prim; 2] {
    let edge = Outline {
        width: 2.0,
        ink: Ink::Rgb(COMPARED),
    };
    let ring = Shape::Box {
        rect: hot,
        corner: 8,
        fill: Ink::Rgb(Color32::TRANSPARENT),
        outline: Some(edge),
        inside: false,
    };
    let badge = Shape::Disc {
        centre: hot.right_top() + vec2(-2.0, 2.0),
        radius: 7.0,
        fill: match mark {
            Mark::New => Ink::Text,
            Mark::Changed => Ink::Canvas,
        },
        rim: Some(Outline {
            width: 2.0,
            ink: Ink::Text,
        }),
    };
    [
        Prim::new(Show::ALWAYS, ring),
        Prim::new(Show::ALWAYS, badge),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_and_changed_badges_differ_and_sit_on_the_corner() {
        let hot = Rect::from_min_max(
            eframe::egui::pos2(0.0, 0.0),
            eframe::egui::pos2(100.0, 40.0),
        );
        let [_, new] = prims(hot, Mark::New);
        let [_, changed] = prims(hot, Mark::Changed);
        assert_ne!(new.shape, changed.shape);
        let Shape::Disc { centre, .. } = new.shape else {
            panic!("a disc")
        };
        assert!((centre.x - 98.0).abs() < 0.1 && (centre.y - 2.0).abs() < 0.1);
        assert_ne!(Mark::New.words(), Mark::Changed.words());
    }
}
