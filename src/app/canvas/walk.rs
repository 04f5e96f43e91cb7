//! The rules of the keyboard walk over the map, as pure functions of where
//! items are: which item an arrow key moves to, and the reading order that
//! Home and End and a first Tab go by. Nothing here knows about egui's
//! input or painting, so the rules are tested on their own.

use eframe::egui::{Pos2, Vec2, vec2};

use crate::model::Id;

/// The direction of an arrow key, on screen (y grows downwards).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Towards the top of the screen.
    Up,
    /// Towards the bottom.
    Down,
    /// Towards the left.
    Left,
    /// Towards the right.
    Right,
}

impl Direction {
    /// A unit vector pointing this way.
    fn unit(self) -> Vec2 {
        match self {
            Self::Up => vec2(0.0, -1.0),
            Self::Down => vec2(0.0, 1.0),
            Self::Left => vec2(-1.0, 0.0),
            Self::Right => vec2(1.0, 0.0),
        }
    }
}

/// The item an arrow key moves to from the item at `from`, among `items`
/// (each item with its centre): of the items whose centre lies within 45°
/// either side of the direction, the nearest; if there is none, of the items
/// anywhere ahead (less than 90° off), the nearest. Equal distances go to
/// the smaller id. The item at `from` itself and items at the very same
/// point are never chosen. `None` when nothing lies ahead.
pub fn next_in_direction(from: (Id, Pos2), items: &[(Id, Pos2)], dir: Direction) -> Option<Id> {
    let ahead = |cone: f32| {
        items
            .iter()
            .filter(|&&(id, _)| id != from.0)
            .filter_map(|&(id, p)| {
                let d = p - from.1;
                let length = d.length();
                if length <= f32::EPSILON {
                    return None;
                }
                // The cosine of the angle off the direction.
                let along = d.dot(dir.unit()) / length;
                (along >= cone).then_some((length, id))
            })
            .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
            .map(|(_, id)| id)
    };
    // cos 45° (a hair less, so that an item at exactly 45° counts), then
    // anything strictly ahead.
    ahead(std::f32::consts::FRAC_1_SQRT_2 - 1e-4).or_else(|| ahead(1e-4))
}

/// The items in reading order: top to bottom by their centres, then left to
/// right, then by id. Home goes to the first, End to the last.
pub fn reading_order(items: &[(Id, Pos2)]) -> Vec<Id> {
    let mut sorted = items.to_vec();
    sorted.sort_by(|a, b| {
        a.1.y
            .total_cmp(&b.1.y)
            .then(a.1.x.total_cmp(&b.1.x))
            .then(a.0.cmp(&b.0))
    });
    sorted.into_iter().map(|(id, _)| id).collect()
}

#[cfg(test)]
mod tests {
    use eframe::egui::pos2;

    use super::*;

    fn id(n: u64) -> Id {
        Id::from_u64(n)
    }

    /// A plus shape around the origin, with a far item straight right and a
    /// near one off to the side.
    fn plus() -> Vec<(Id, Pos2)> {
        vec![
            (id(1), pos2(0.0, 0.0)),
            (id(2), pos2(0.0, -100.0)),
            (id(3), pos2(0.0, 100.0)),
            (id(4), pos2(-100.0, 0.0)),
            (id(5), pos2(300.0, 0.0)),
            // Nearer than 5, but 63° off the right: outside the cone.
            (id(6), pos2(50.0, 100.0)),
        ]
    }

    #[test]
    fn each_arrow_goes_to_the_nearest_item_in_its_cone() {
        let items = plus();
        let from = (id(1), pos2(0.0, 0.0));
        assert_eq!(next_in_direction(from, &items, Direction::Up), Some(id(2)));
        assert_eq!(
            next_in_direction(from, &items, Direction::Down),
            Some(id(3))
        );
        assert_eq!(
            next_in_direction(from, &items, Direction::Left),
            Some(id(4))
        );
        // 6 is nearer, but off to the side; 5 is straight ahead.
        assert_eq!(
            next_in_direction(from, &items, Direction::Right),
            Some(id(5))
        );
    }

    #[test]
    fn outside_every_cone_the_nearest_item_ahead_is_next() {
        let items = vec![(id(1), pos2(0.0, 0.0)), (id(2), pos2(10.0, 100.0))];
        let from = (id(1), pos2(0.0, 0.0));
        // 2 is 84° off the right: not in the cone, but ahead.
        assert_eq!(
            next_in_direction(from, &items, Direction::Right),
            Some(id(2))
        );
        assert_eq!(next_in_direction(from, &items, Direction::Left), None);
        assert_eq!(next_in_direction(from, &items, Direction::Up), None);
    }

    #[test]
    fn equal_distances_go_to_the_smaller_id() {
        let items = vec![
            (id(1), pos2(0.0, 0.0)),
            (id(9), pos2(100.0, 20.0)),
            (id(7), pos2(100.0, -20.0)),
        ];
        let from = (id(1), pos2(0.0, 0.0));
        assert_eq!(
            next_in_direction(from, &items, Direction::Right),
            Some(id(7))
        );
    }

    #[test]
    fn an_item_on_the_same_spot_is_never_next() {
        let items = vec![(id(1), pos2(0.0, 0.0)), (id(2), pos2(0.0, 0.0))];
        let from = (id(1), pos2(0.0, 0.0));
        for dir in [
            Direction::Up,
            Direction::Down,
            Direction::Left,
            Direction::Right,
        ] {
            assert_eq!(next_in_direction(from, &items, dir), None);
        }
    }

    #[test]
    fn reading_order_is_top_to_bottom_then_left_to_right() {
        let items = vec![
            (id(1), pos2(50.0, 200.0)),
            (id(2), pos2(300.0, -10.0)),
            (id(3), pos2(-40.0, 200.0)),
            (id(4), pos2(0.0, 90.0)),
        ];
        assert_eq!(reading_order(&items), vec![id(2), id(4), id(3), id(1)]);
    }
}
