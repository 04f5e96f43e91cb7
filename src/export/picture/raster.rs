//! The picture as a PNG: the SVG drawn with `resvg` at the chosen scale.
//!
//! A big picture is most of the work of an export, so it is drawn in bands
//! of [`BAND`] rows, on as many threads as the machine offers (at most
//! [`MAX_THREADS`]), while this thread packs each band into the PNG as soon
//! as it comes. The bands are the same whatever the number of threads, so
//! the same map gives the same bytes on every machine.

use std::sync::mpsc;

use resvg::tiny_skia::{Color, Pixmap, Transform};
use resvg::usvg;

use super::clusters::Reader;
use super::inks::Inks;
use super::{drawn, parse};
use crate::export::{ExportError, Picture, Prepared};

/// The most pixels a PNG may have: 64 million (8,000 × 8,000), about
/// 256 MB while it is drawn.
pub const MAX_PIXELS: u64 = 64_000_000;
/// The longest side a PNG may have, in pixels.
const MAX_SIDE: u64 = 30_000;
/// The rows of pixels drawn at a time.
const BAND: u32 = 512;
/// The most threads that draw bands.
const MAX_THREADS: usize = 4;

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
    let (svg, sheet) = drawn(p, picture, Reader::Renderer);
    let (w, h) = pixels(sheet.width, sheet.height, scale);
    if w * h > MAX_PIXELS || w.max(h) > MAX_SIDE {
        return Err(too_large(sheet.width, sheet.height, scale));
    }
    let tree = parse(&svg)?;
    let size = tree.size();
    let (w, h) = pixels(size.width(), size.height(), scale);
    let canvas = Canvas {
        tree: &tree,
        scale,
        width: w as u32,
        height: h as u32,
        background: Inks::of(picture.look).background(),
    };
    canvas
        .png()
        .map_err(|e| ExportError::Format(format!("The PNG could not be written: {e}.")))
}

/// A parsed picture and the pixels it is drawn on.
struct Canvas<'a> {
    tree: &'a usvg::Tree,
    scale: f32,
    width: u32,
    height: u32,
    /// Painted under everything, so that every pixel is opaque (the
    /// SVG's own background may leave a part of the last pixel bare).
    background: eframe::egui::Color32,
}

impl Canvas<'_> {
    /// The number of bands.
    fn bands(&self) -> u32 {
        self.height.div_ceil(BAND)
    }

    /// Band `k` drawn as opaque RGB rows, or why it could not be.
    fn band(&self, k: u32) -> Result<Vec<u8>, String> {
        let top = k * BAND;
        let rows = BAND.min(self.height - top);
        let mut pixmap =
            Pixmap::new(self.width, rows).ok_or("there is not enough memory for it")?;
        let [r, g, b, _] = self.background.to_array();
        pixmap.fill(Color::from_rgba8(r, g, b, 255));
        let transform = Transform::from_row(self.scale, 0.0, 0.0, self.scale, 0.0, -(top as f32));
        resvg::render(self.tree, transform, &mut pixmap.as_mut());
        // Every pixel is opaque, so the premultiplied colours are the
        // colours themselves.
        Ok(pixmap
            .data()
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect())
    }

    /// The whole picture as PNG bytes: the bands drawn on worker threads,
    /// packed here in order.
    fn png(&self) -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, self.width, self.height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        // The fastest zlib level, each row against the one above it: a
        // twentieth of the default's time, for files about a third larger.
        encoder.set_deflate_compression(png::DeflateCompression::Level(1));
        encoder.set_filter(png::Filter::Up);
        let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
        let mut stream = writer.stream_writer().map_err(|e| e.to_string())?;
        let threads = std::thread::available_parallelism()
            .map_or(1, usize::from)
            .clamp(1, MAX_THREADS);
        let bands = self.bands();
        std::thread::scope(|scope| {
            let receivers: Vec<mpsc::Receiver<Result<Vec<u8>, String>>> = (0..threads)
                .map(|first| {
                    let (send, receive) = mpsc::sync_channel(1);
                    scope.spawn(move || {
                        for k in (first as u32..bands).step_by(threads) {
                            let band = self.band(k);
                            let failed = band.is_err();
                            if send.send(band).is_err() || failed {
                                break;
                            }
                        }
                    });
                    receive
                })
                .collect();
            for k in 0..bands as usize {
                let band = receivers[k % threads]
                    .recv()
                    .map_err(|_| "a band was not drawn".to_owned())??;
                std::io::Write::write_all(&mut stream, &band).map_err(|e| e.to_string())?;
            }
            Ok::<(), String>(())
        })?;
        stream.finish().map_err(|e| e.to_string())?;
        writer.finish().map_err(|e| e.to_string())?;
        Ok(out)
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{Scope, prepare};

    /// The picture drawn in one piece, as opaque RGB rows.
    fn in_one_piece(canvas: &Canvas) -> Vec<u8> {
        let mut pixmap = Pixmap::new(canvas.width, canvas.height).expect("pixels");
        let [r, g, b, _] = canvas.background.to_array();
        pixmap.fill(Color::from_rgba8(r, g, b, 255));
        let transform = Transform::from_scale(canvas.scale, canvas.scale);
        resvg::render(canvas.tree, transform, &mut pixmap.as_mut());
        pixmap
            .data()
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect()
    }

    #[test]
    fn the_bands_join_into_the_picture_drawn_in_one_piece() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join("referral-guidelines.ron");
        let map = crate::file::read(&path).expect("the example reads");
        let p = prepare(&map, &Scope::Whole, false).expect("the whole map");
        let picture = Picture {
            scale: 1.5,
            ..Picture::default()
        };
        let tree = parse(&drawn(&p, &picture, Reader::Renderer).0).expect("reads back");
        let (w, h) = pixels(tree.size().width(), tree.size().height(), picture.scale);
        let canvas = Canvas {
            tree: &tree,
            scale: picture.scale,
            width: w as u32,
            height: h as u32,
            background: Inks::of(picture.look).background(),
        };
        assert!(canvas.bands() >= 3, "{} bands", canvas.bands());
        let bytes = png(&p, &picture).expect("a PNG");
        let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
            .read_info()
            .expect("the PNG reads back");
        let mut rows = vec![0; reader.output_buffer_size().expect("a size")];
        let info = reader.next_frame(&mut rows).expect("its pixels");
        assert_eq!((info.width, info.height), (canvas.width, canvas.height));
        assert_eq!(info.color_type, png::ColorType::Rgb);
        let whole = in_one_piece(&canvas);
        assert_eq!(rows.len(), whole.len());
        // A band works out the edges of shapes in its own coordinates, so
        // a few edge pixels, mostly where a shape crosses from one band to
        // the next, round to a slightly different shade; a band in the
        // wrong place or order would change thousands of pixels.
        let differ: Vec<u8> = rows
            .iter()
            .zip(&whole)
            .filter(|(a, b)| a != b)
            .map(|(a, b)| a.abs_diff(*b))
            .collect();
        let worst = differ.iter().copied().max().unwrap_or(0);
        assert!(
            differ.len() < whole.len() / 10_000 && worst <= 48,
            "{} of {} bytes differ, by up to {worst}",
            differ.len(),
            whole.len()
        );
    }
}
