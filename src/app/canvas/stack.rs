//! A boundary's tensions as the keyboard walk and screen readers meet them:
//! they stand above its marker, so Up from a boundary goes into them, from
//! the row nearest the marker upwards, then on through those that have no
//! row drawn (the "and 3 more" line at the top of the stack), and Down
//! comes back to the boundary. Close up, the rows drawn are the ones the
//! painter keeps (see `fit.rs`); farther out, no row is drawn.

use eframe::egui::Rect;

use super::draw::CLOSE_ZOOM;
use super::scene::{Entry, Scene};
use super::tension_rows;
use crate::model::Id;

/// A boundary's tensions, with how many of them have a row drawn now.
pub struct Stack {
    /// The tensions in the order of their rows, top row first, then those
    /// that have no row at all.
    pub ordered: Vec<Id>,
    /// How many of the first of them have a row drawn.
    pub drawn: usize,
}

impl Stack {
    /// The stack of boundary entry `e` at `zoom`.
    pub fn of(scene: &Scene, e: &Entry, zoom: f32) -> Self {
        let load = scene.load(e.id);
        let mut ordered = load.rows.clone();
        ordered.extend(load.tensions.iter().filter(|t| !load.rows.contains(t)));
        let drawn = if zoom >= CLOSE_ZOOM {
            super::fit::rows_fit(scene, e).unwrap_or(0)
        } else {
            0
        };
        Self { ordered, drawn }
    }

    /// The order Up goes through them from the marker: the drawn rows from
    /// the lowest up, then the rest in row order.
    pub fn upward(&self) -> Vec<Id> {
        let drawn = self.drawn.min(self.ordered.len());
        let (rows, rest) = self.ordered.split_at(drawn);
        rows.iter().rev().chain(rest).copied().collect()
    }

    /// Where tension `t`'s row is drawn, in map units, for a boundary
    /// whose marker's middle is `middle`; `None` when it has no row now.
    pub fn row_rect(&self, middle: eframe::egui::Pos2, t: Id) -> Option<Rect> {
        let k = self.ordered.iter().position(|&o| o == t)?;
        (k < self.drawn).then(|| tension_rows::row_rect(middle, self.ordered.len(), self.drawn, k))
    }

    /// Where tension `t` stands in the stack, counted from the top row
    /// (1-based), and how many there are.
    pub fn place_of(&self, t: Id) -> Option<(usize, usize)> {
        let k = self.ordered.iter().position(|&o| o == t)?;
        Some((k + 1, self.ordered.len()))
    }
}

/// Where Up or Down goes from tension `t` of a boundary with `stack`:
/// `Ok(next tension)`, `Err(true)` to leave the stack upwards (past its
/// top), `Err(false)` to go back down to the boundary.
pub fn step_within(stack: &Stack, t: Id, up: bool) -> Result<Id, bool> {
    let upward = stack.upward();
    let Some(i) = upward.iter().position(|&o| o == t) else {
        return Err(up);
    };
    if up {
        upward.get(i + 1).copied().ok_or(true)
    } else {
        i.checked_sub(1).map(|j| upward[j]).ok_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u64) -> Id {
        Id::from_u64(n)
    }

    fn stack(n: u64, drawn: usize) -> Stack {
        Stack {
            ordered: (1..=n).map(id).collect(),
            drawn,
        }
    }

    #[test]
    fn up_goes_from_the_lowest_drawn_row_to_the_top_then_the_rest() {
        let s = stack(6, 3);
        assert_eq!(
            s.upward(),
            vec![id(3), id(2), id(1), id(4), id(5), id(6)],
            "rows 1–3 are drawn, row 3 nearest the marker"
        );
        assert_eq!(stack(2, 0).upward(), vec![id(1), id(2)]);
    }

    #[test]
    fn down_from_the_lowest_goes_back_and_up_from_the_last_leaves() {
        let s = stack(3, 3);
        assert_eq!(step_within(&s, id(3), true), Ok(id(2)));
        assert_eq!(step_within(&s, id(2), false), Ok(id(3)));
        assert_eq!(step_within(&s, id(3), false), Err(false));
        assert_eq!(step_within(&s, id(1), true), Err(true));
    }

    #[test]
    fn only_drawn_rows_have_a_place() {
        let s = stack(4, 2);
        let middle = eframe::egui::pos2(0.0, 0.0);
        assert!(s.row_rect(middle, id(2)).is_some());
        assert!(s.row_rect(middle, id(3)).is_none());
        let (a, b) = (
            s.row_rect(middle, id(1)).unwrap_or(Rect::NOTHING),
            s.row_rect(middle, id(2)).unwrap_or(Rect::NOTHING),
        );
        assert!(a.center().y < b.center().y, "the first row is the top one");
        assert!(b.bottom() < middle.y, "rows stand above the marker");
        assert_eq!(s.place_of(id(3)), Some((3, 4)));
    }
}
