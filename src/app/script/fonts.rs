//! The fonts the editor adds behind egui's own, so that names in Arabic,
//! Hebrew, Devanagari, Chinese, Japanese and Korean show real letters.
//! egui's fonts cover Latin, Greek, Cyrillic and (monochrome) emoji.
//!
//! The bundled files are small subsets of Noto fonts (`assets/fonts/`,
//! about 2.9 MB in all), held in the program itself, so they cost no file
//! reading at start-up and look the same on every machine. A character none
//! of them has (a rare Han character, say) is looked for among the system's
//! fonts by eframe, on demand, after these.

use std::sync::Arc;

use eframe::egui::{self, FontData, FontDefinitions, FontFamily};

use crate::export::picture::fonts as pictures;

/// The bundled fonts: a name for egui, and the file (the same bytes that
/// pictures are drawn with).
const BUNDLED: [(&str, &[u8]); 4] = [
    ("Noto Sans Hebrew (subset)", pictures::HEBREW),
    ("Noto Sans Arabic (subset)", pictures::ARABIC),
    ("Noto Sans Devanagari (subset)", pictures::DEVANAGARI),
    ("Noto Sans CJK (subset)", pictures::CJK),
];

/// The name of egui's first icon font: the script fonts go before it, so a
/// letter comes from a font made for its script rather than from an icon or
/// emoji font that happens to carry it.
const FIRST_ICON_FONT: &str = "egui-icons";

/// egui's fonts with the bundled script fonts added to both families.
pub fn definitions() -> FontDefinitions {
    let mut definitions = FontDefinitions::default();
    for (name, bytes) in BUNDLED {
        definitions
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    }
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let chain = definitions.families.entry(family).or_default();
        let at = chain
            .iter()
            .position(|name| name == FIRST_ICON_FONT)
            .unwrap_or(chain.len());
        for (i, (name, _)) in BUNDLED.iter().enumerate() {
            chain.insert(at + i, (*name).to_owned());
        }
    }
    definitions
}

/// Gives `ctx` the fonts for every script; they are in use from the next
/// frame on, which is asked for.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
    ctx.request_repaint();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_font_is_in_both_families_before_the_icons() {
        let definitions = definitions();
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            let chain = &definitions.families[&family];
            let icons = chain.iter().position(|n| n == FIRST_ICON_FONT);
            for (name, _) in BUNDLED {
                let at = chain.iter().position(|n| n == name);
                assert!(at.is_some(), "{name} missing from {family:?}");
                assert!(at < icons, "{name} comes after the icons in {family:?}");
            }
        }
    }
}
