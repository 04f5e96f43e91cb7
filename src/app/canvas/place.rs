//! Where new items go: a free place in view, and a new community's colour.

use eframe::egui::{self, Rect, vec2};

use super::shapes;
use crate::layout::Sizes;
use crate::model::{Colour, Community, Item, Map, Point, Size};

/// A place in `area` (map units: what the canvas shows), as near its middle
/// as can be, where no community or stakeholder stands yet, so that items
/// added from the keyboard do not pile up and are never out of sight. When
/// every place in view is taken, the middle.
pub fn free_spot(map: &Map, area: Rect) -> Point {
    let near = Point::new(area.center().x, area.center().y);
    // Far enough in from the edges that the whole shape shows.
    let inner = area.shrink2(vec2(
        (shapes::COMMUNITY_RADIUS + 10.0).min(area.width() / 2.0),
        (shapes::COMMUNITY_RADIUS + 10.0).min(area.height() / 2.0),
    ));
    let taken = |p: Point| {
        let close = |q: Point| (q.x - p.x).abs() < 120.0 && (q.y - p.y).abs() < 110.0;
        map.communities.iter().any(|c| close(c.pos))
            || map.stakeholders.iter().any(|s| close(s.pos))
    };
    const STEP: f32 = 150.0;
    for ring in 0..12 {
        let r = ring as f32 * STEP;
        let tries = if ring == 0 { 1 } else { 8 * ring };
        for k in 0..tries {
            let a = std::f32::consts::TAU * k as f32 / tries as f32;
            let p = Point::new(near.x + r * a.cos(), near.y + r * a.sin());
            if inner.contains(egui::pos2(p.x, p.y)) && !taken(p) {
                return p;
            }
        }
    }
    near
}

/// A new community at `pos`, in the next colour of the palette.
pub fn new_community(map: &Map, pos: Point) -> Item {
    let mut c = Community::new(map.new_id(), "New community", pos);
    c.colour = Colour::PALETTE[map.communities.len() % Colour::PALETTE.len()];
    c.into()
}

/// The sizes tidying makes room for: those the canvas draws items at.
pub fn tidy_sizes() -> Sizes {
    let d = 2.0 * shapes::COMMUNITY_RADIUS;
    Sizes {
        community: Size::new(d, d),
        stakeholder: Size::new(shapes::STAKEHOLDER_SIZE.x, shapes::STAKEHOLDER_SIZE.y),
        card: Size::new(shapes::CARD_SIZE.x, shapes::CARD_SIZE.y),
        card_step: shapes::CARD_SIZE.y + 4.0,
        ..Sizes::default()
    }
}
