//! Plain shapes written straight into one mesh, for drawing many small
//! items quickly when zoomed out. Edges get a one-point soft rim so that
//! they look as smooth as egui's own shapes.

use std::sync::OnceLock;

use eframe::egui::{Color32, Mesh, Pos2, Rect, Vec2, vec2};

/// How wide the soft rim is, in screen points.
const FEATHER: f32 = 1.0;
/// Discs smaller and lines thinner than this many points get no soft rim.
const SMALL: f32 = 4.0;
/// Discs smaller than this many points are drawn as squares.
const TINY: f32 = 2.5;

/// Points around the unit circle, for 8, 16, 32 and 64 sides.
fn circle(sides: usize) -> &'static [Vec2] {
    static TABLES: OnceLock<[Vec<Vec2>; 4]> = OnceLock::new();
    let tables = TABLES.get_or_init(|| {
        [8, 16, 32, 64].map(|n| {
            (0..n)
                .map(|k| {
                    let a = std::f32::consts::TAU * k as f32 / n as f32;
                    vec2(a.cos(), a.sin())
                })
                .collect()
        })
    });
    let index = [8, 16, 32].iter().take_while(|&&n| sides > n).count();
    &tables[index]
}

/// A filled circle with a soft rim.
pub fn disc(mesh: &mut Mesh, centre: Pos2, radius: f32, colour: Color32) {
    if radius < TINY {
        // A few points across: a square reads as the same dot.
        let size = Vec2::splat(2.0 * radius.max(0.5));
        mesh.add_colored_rect(Rect::from_center_size(centre, size), colour);
        return;
    }
    let ring = circle((radius * 1.5) as usize);
    let n = ring.len() as u32;
    if radius < SMALL {
        // Too small for a soft rim to show: a plain fan.
        let base = mesh.vertices.len() as u32;
        mesh.colored_vertex(centre, colour);
        for &d in ring {
            mesh.colored_vertex(centre + d * radius, colour);
        }
        for k in 0..n {
            mesh.add_triangle(base, base + 1 + k, base + 1 + (k + 1) % n);
        }
        return;
    }
    let (inner, outer) = (radius - FEATHER / 2.0, radius + FEATHER / 2.0);
    let base = mesh.vertices.len() as u32;
    mesh.reserve_vertices(1 + 2 * n as usize);
    mesh.reserve_triangles(3 * n as usize);
    mesh.colored_vertex(centre, colour);
    for &d in ring {
        mesh.colored_vertex(centre + d * inner, colour);
        mesh.colored_vertex(centre + d * outer, Color32::TRANSPARENT);
    }
    for k in 0..n {
        let (i0, o0) = (base + 1 + 2 * k, base + 2 + 2 * k);
        let next = (k + 1) % n;
        let (i1, o1) = (base + 1 + 2 * next, base + 2 + 2 * next);
        mesh.add_triangle(base, i0, i1);
        mesh.add_triangle(i0, o0, o1);
        mesh.add_triangle(i0, o1, i1);
    }
}

/// A straight line with soft edges. Lines thinner than a point are drawn a
/// point wide and fainter, which reads the same without flicker.
pub fn line(mesh: &mut Mesh, a: Pos2, b: Pos2, width: f32, colour: Color32) {
    let (width, colour) = if width < 1.0 {
        (1.0, colour.gamma_multiply(width.max(0.1)))
    } else {
        (width, colour)
    };
    let along = b - a;
    let len = along.length();
    if len < 0.01 {
        return;
    }
    let normal = along.rot90() / len;
    if width < SMALL / 2.0 {
        let half = normal * (width / 2.0);
        let base = mesh.vertices.len() as u32;
        for p in [a + half, a - half, b - half, b + half] {
            mesh.colored_vertex(p, colour);
        }
        mesh.add_triangle(base, base + 1, base + 2);
        mesh.add_triangle(base, base + 2, base + 3);
        return;
    }
    let inner = normal * ((width - FEATHER) / 2.0).max(0.0);
    let outer = normal * ((width + FEATHER) / 2.0);
    let base = mesh.vertices.len() as u32;
    let clear = Color32::TRANSPARENT;
    for p in [a, b] {
        mesh.colored_vertex(p + outer, clear);
        mesh.colored_vertex(p + inner, colour);
        mesh.colored_vertex(p - inner, colour);
        mesh.colored_vertex(p - outer, clear);
    }
    // Three bands along the line: soft, solid, soft.
    for k in 0..3 {
        let (a0, a1, b0, b1) = (base + k, base + k + 1, base + 4 + k, base + 5 + k);
        mesh.add_triangle(a0, a1, b1);
        mesh.add_triangle(a0, b1, b0);
    }
}

/// A filled rectangle (small ones need no soft rim).
pub fn rect(mesh: &mut Mesh, r: Rect, colour: Color32) {
    mesh.add_colored_rect(r, colour);
}
