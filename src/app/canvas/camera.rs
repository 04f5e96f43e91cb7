//! The view onto the canvas: which part of the map is shown, how large.

use eframe::egui::{Pos2, Rect, Vec2, pos2};

use crate::model::Point;

/// What part of the map the canvas shows. View state: never saved in a map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Camera {
    /// The map point at the centre of the canvas.
    pub centre: Pos2,
    /// Screen points per map unit.
    pub zoom: f32,
}

impl Default for Camera {
    fn default() -> Self {
        Self {
            centre: Pos2::ZERO,
            zoom: 1.0,
        }
    }
}

impl Camera {
    /// The closest and farthest zoom.
    pub const ZOOM_RANGE: (f32, f32) = (0.05, 4.0);

    /// Where a map point appears on screen, for a canvas filling `screen`.
    pub fn screen_from_world(&self, screen: Rect, p: Point) -> Pos2 {
        screen.center() + (pos2(p.x, p.y) - self.centre) * self.zoom
    }

    /// The map point under a screen position.
    pub fn world_from_screen(&self, screen: Rect, p: Pos2) -> Point {
        let w = self.centre + (p - screen.center()) / self.zoom;
        Point::new(w.x, w.y)
    }

    /// Zooms by `factor`, keeping the map point under `anchor` in place.
    pub fn zoom_around(&mut self, screen: Rect, anchor: Pos2, factor: f32) {
        let before = self.world_from_screen(screen, anchor);
        self.zoom = (self.zoom * factor).clamp(Self::ZOOM_RANGE.0, Self::ZOOM_RANGE.1);
        let after = self.world_from_screen(screen, anchor);
        self.centre += Vec2::new(before.x - after.x, before.y - after.y);
    }

    /// Moves the view by a screen distance.
    pub fn pan(&mut self, screen_delta: Vec2) {
        self.centre -= screen_delta / self.zoom;
    }

    /// Shows all of `bounds` (in map units) with a margin.
    pub fn fit(&mut self, screen: Rect, bounds: Rect) {
        if !bounds.is_finite() || screen.width() <= 0.0 {
            *self = Self::default();
            return;
        }
        let bounds = bounds.expand(80.0);
        let zoom_x = screen.width() / bounds.width().max(1.0);
        let zoom_y = screen.height() / bounds.height().max(1.0);
        self.zoom = zoom_x.min(zoom_y).clamp(Self::ZOOM_RANGE.0, 1.5);
        self.centre = bounds.center();
    }

    /// The camera that shows all of `region` (in map units) on `screen`,
    /// as large as it fits, keeping its proportions, centred: the same
    /// region shows on any window size.
    pub fn showing(screen: Rect, region: Rect) -> Self {
        if !region.is_finite() || region.width() <= 0.0 || region.height() <= 0.0 {
            return Self::default();
        }
        let zoom = (screen.width() / region.width()).min(screen.height() / region.height());
        Self {
            centre: region.center(),
            zoom: zoom.clamp(Self::ZOOM_RANGE.0, Self::ZOOM_RANGE.1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn screen_and_world_are_inverse() {
        let screen = Rect::from_min_size(pos2(10.0, 20.0), Vec2::new(800.0, 600.0));
        let mut cam = Camera {
            centre: pos2(100.0, -50.0),
            zoom: 2.0,
        };
        let p = Point::new(130.0, 0.0);
        let s = cam.screen_from_world(screen, p);
        assert_eq!(cam.world_from_screen(screen, s), p);
        cam.zoom_around(screen, s, 1.5);
        let after = cam.world_from_screen(screen, s);
        assert!((after.x - p.x).abs() < 1e-3 && (after.y - p.y).abs() < 1e-3);
    }

    /// The screen rectangle a map region takes under a camera.
    fn on_screen(cam: &Camera, screen: Rect, region: Rect) -> Rect {
        let a = cam.screen_from_world(screen, Point::new(region.min.x, region.min.y));
        let b = cam.screen_from_world(screen, Point::new(region.max.x, region.max.y));
        Rect::from_two_pos(a, b)
    }

    #[test]
    fn a_region_fits_inside_any_canvas_centred_and_fills_one_side() {
        let region = Rect::from_min_size(pos2(-300.0, 100.0), Vec2::new(900.0, 400.0));
        for (w, h) in [
            (1280.0, 800.0),
            (640.0, 400.0),
            (1920.0, 1080.0),
            (500.0, 900.0),
        ] {
            let screen = Rect::from_min_size(pos2(7.0, 30.0), Vec2::new(w, h));
            let cam = Camera::showing(screen, region);
            let shown = on_screen(&cam, screen, region);
            // All of it shows.
            assert!(
                screen.expand(0.01).contains_rect(shown),
                "{w}×{h}: {shown:?}"
            );
            // Centred.
            assert!(
                (shown.center() - screen.center()).length() < 0.01,
                "{w}×{h}"
            );
            // As large as it fits: one side touches the canvas's edges.
            let fills_width = (shown.width() - w).abs() < 0.01;
            let fills_height = (shown.height() - h).abs() < 0.01;
            assert!(fills_width || fills_height, "{w}×{h}: {shown:?}");
            // Proportions kept.
            let ratio = shown.width() / shown.height();
            assert!((ratio - 900.0 / 400.0).abs() < 1e-3);
        }
    }

    #[test]
    fn a_region_of_no_size_shows_the_default_view() {
        let screen = Rect::from_min_size(Pos2::ZERO, Vec2::new(800.0, 600.0));
        let flat = Rect::from_min_size(pos2(5.0, 5.0), Vec2::new(0.0, 100.0));
        assert_eq!(Camera::showing(screen, flat), Camera::default());
    }
}
