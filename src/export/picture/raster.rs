//! The picture as a PNG: the SVG drawn with `resvg` at the chosen scale.

use super::{drawn, parse};
use crate::export::{ExportError, Picture, Prepared};

/// The most pixels a PNG may have: 64 million (8,000 × 8,000), about
/// 256 MB while it is drawn.
pub const MAX_PIXELS: u64 = 64_000_000;
/// The longest side a PNG may have, in pixels.
const MAX_SIDE: u64 = 30_000;

/// The map as a PNG picture, `picture.scale` pixels a map unit. A picture
/// larger than [`MAX_PIXELS`] is refused with a message that says which
/// scale would fit.
pub fn png(p: &Prepared, picture: &Picture) -> Result<Vec<u8>, ExportError> {
    let scale = picture.scale;
    if !(scale.is_finite() && scale > 0.0) {
        return Err(ExportError::Format(
            "The scale of a picture must be a number above 0.".to_owned(),
        ));
    }
    let (svg, sheet) = drawn(p, picture);
    let (w, h) = pixels(sheet.width, sheet.height, scale);
    if w * h > MAX_PIXELS || w.max(h) > MAX_SIDE {
        return Err(too_large(sheet.width, sheet.height, scale));
    }
    let tree = parse(&svg)?;
    let size = tree.size();
    let (w, h) = pixels(size.width(), size.height(), scale);
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w as u32, h as u32)
        .ok_or_else(|| too_large(size.width(), size.height(), scale))?;
    let transform = resvg::tiny_skia::Transform::from_scale(scale, scale);
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|e| ExportError::Format(format!("The PNG could not be written: {e}.")))
}

/// The pixels a picture of `width` × `height` map units takes at `scale`.
fn pixels(width: f32, height: f32, scale: f32) -> (u64, u64) {
    let side = |v: f32| (f64::from(v) * f64::from(scale)).ceil().max(1.0) as u64;
    (side(width), side(height))
}

/// The message for a picture too large to draw, with the largest scale
/// that would fit.
fn too_large(width: f32, height: f32, scale: f32) -> ExportError {
    let (w, h) = pixels(width, height, scale);
    let area = f64::from(width) * f64::from(height);
    let by_area = (MAX_PIXELS as f64 / area).sqrt();
    let by_side = MAX_SIDE as f64 / f64::from(width.max(height));
    let fits = (by_area.min(by_side) * 100.0).floor() / 100.0;
    ExportError::Format(format!(
        "At scale {scale} the picture would be {w} × {h} pixels, more than a PNG \
         may have here ({} million pixels, at most {MAX_SIDE} on a side). Choose a \
         scale of {fits} or less, or export a part of the map.",
        MAX_PIXELS / 1_000_000
    ))
}
