//! The picture as a PDF: each page the SVG of one prepared part, drawn as
//! vectors with `krilla`, its text real text in embedded fonts.

use krilla::Document;
use krilla::page::PageSettings;
use krilla::{SerializeSettings, geom::Size};
use krilla_svg::{SurfaceExt, SvgSettings};

use super::clusters::Reader;
use super::{drawn, parse};
use crate::export::{ExportError, Picture, Prepared};

/// Points (1/72 inch) a map unit: a map unit is a pixel at 96 dots an inch.
const POINTS: f32 = 0.75;
/// The longest side of a page, in points: 200 inches, the most PDF readers
/// show. Larger pictures are scaled down to it.
const MAX_SIDE: f32 = 14_400.0;

/// The map as a PDF, one page for each prepared part, each page the size
/// of its picture. No date or other changing fact is written, so the same
/// map gives the same bytes.
pub fn pdf(pages: &[Prepared], picture: &Picture) -> Result<Vec<u8>, ExportError> {
    write(pages, picture, true)
}

/// As [`pdf`], with its content streams compressed or, for tests that read
/// the text back, not.
pub(super) fn write(
    pages: &[Prepared],
    picture: &Picture,
    compress: bool,
) -> Result<Vec<u8>, ExportError> {
    let settings = SerializeSettings {
        compress_content_streams: compress,
        ascii_compatible: !compress,
        xmp_metadata: false,
        enable_tagging: false,
        ..SerializeSettings::default()
    };
    let mut document = Document::new_with(settings);
    for p in pages {
        let tree = parse(&drawn(p, picture, Reader::Renderer).0)?;
        let size = tree.size();
        let points = POINTS.min(MAX_SIDE / size.width().max(size.height()));
        let (w, h) = (size.width() * points, size.height() * points);
        let page_settings = PageSettings::from_wh(w, h).ok_or_else(|| {
            ExportError::Format("The picture is too small to make a page of.".to_owned())
        })?;
        let mut page = document.start_page_with(page_settings);
        let mut surface = page.surface();
        let drawn_size = Size::from_wh(w, h);
        let drawn = drawn_size.and_then(|s| surface.draw_svg(&tree, s, SvgSettings::default()));
        surface.finish();
        page.finish();
        if drawn.is_none() {
            return Err(ExportError::Format(
                "The picture could not be drawn on a page.".to_owned(),
            ));
        }
    }
    document
        .finish()
        .map_err(|e| ExportError::Format(format!("The PDF could not be written: {e:?}.")))
}
