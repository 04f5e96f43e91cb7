//! The widgets behind the inspector's fields: labelled text fields,
//! drop-down lists and colour swatches, and how values read from text.

use eframe::egui::{self, ComboBox, Response, Sense, Stroke, TextEdit, Ui, Vec2, WidgetInfo};

use crate::model::{Colour, Date};

/// An option in a drop-down list: its value, its word and a line of help
/// (empty for none).
pub(super) type Choice<'s, V> = (V, &'s str, &'s str);

/// How a value is written as text and read back.
pub(super) struct Reading<V> {
    /// The value as text.
    pub show: fn(&V) -> String,
    /// The text as a value, if it reads.
    pub read: fn(&str) -> Option<V>,
    /// What to write instead, when it does not read.
    pub problem: &'static str,
    /// Whether the field has several lines.
    pub multiline: bool,
}

/// An optional date, such as `2026-03-14`.
pub(super) const DATE: Reading<Option<Date>> = Reading {
    show: |d| d.map(|d| d.to_string()).unwrap_or_default(),
    read: |t| match t.trim() {
        "" => Some(None),
        t => Date::parse(t).map(Some),
    },
    problem: "Write the date as year-month-day, such as 2026-03-14.",
    multiline: false,
};

/// An optional whole number.
pub(super) const COUNT: Reading<Option<u32>> = Reading {
    show: |n| n.map(|n| n.to_string()).unwrap_or_default(),
    read: |t| match t.trim() {
        "" => Some(None),
        t => t.parse().ok().map(Some),
    },
    problem: "Write a whole number, or leave it empty.",
    multiline: false,
};

/// A list of short texts, one a line; blank lines are left out.
pub(super) const LINES: Reading<Vec<String>> = Reading {
    show: |lines| lines.join("\n"),
    read: |t| {
        Some(
            t.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
        )
    },
    problem: "",
    multiline: true,
};

/// A text field under its label; the label also names it for screen
/// readers and tests.
pub(super) fn text_ui(
    ui: &mut Ui,
    label: &str,
    id_salt: &str,
    text: &mut String,
    multiline: bool,
    focus: bool,
) -> Response {
    let caption = ui.label(label);
    let edit = if multiline {
        TextEdit::multiline(text).desired_rows(2)
    } else {
        TextEdit::singleline(text)
    };
    let response = ui
        .add(edit.id_salt(id_salt).desired_width(f32::INFINITY))
        .labelled_by(caption.id)
        .accessible_name(label);
    if focus {
        response.request_focus();
    }
    response
}

/// A drop-down list under its label. Gives back whether the value changed.
pub(super) fn choice_ui<V: PartialEq + Clone>(
    ui: &mut Ui,
    label: &str,
    id_salt: &str,
    options: &[Choice<'_, V>],
    value: &mut V,
) -> bool {
    let caption = ui.label(label);
    let current = options
        .iter()
        .find(|(v, _, _)| v == value)
        .map_or("", |(_, word, _)| *word);
    let mut changed = false;
    let response = ComboBox::from_id_salt(id_salt)
        .selected_text(current)
        .width(ui.available_width())
        .show_ui(ui, |ui| {
            for (option, word, help) in options {
                let mut r = ui.selectable_label(option == value, *word);
                if !help.is_empty() {
                    r = r.on_hover_text(*help);
                }
                if r.clicked() && option != value {
                    *value = option.clone();
                    changed = true;
                }
            }
        })
        .response;
    let response = response.labelled_by(caption.id);
    // After the list, so the name carries the value just picked.
    let current = options
        .iter()
        .find(|(v, _, _)| v == value)
        .map_or("", |(_, word, _)| *word);
    crate::app::panels::access::name_choice(&response, label, current);
    changed
}

/// The colours offered, with their names.
const COLOURS: [(Colour, &str); 10] = [
    (Colour::PALETTE[0], "Blue"),
    (Colour::PALETTE[1], "Orange"),
    (Colour::PALETTE[2], "Green"),
    (Colour::PALETTE[3], "Plum"),
    (Colour::PALETTE[4], "Violet"),
    (Colour::PALETTE[5], "Red"),
    (Colour::PALETTE[6], "Teal"),
    (Colour::PALETTE[7], "Olive"),
    (Colour::NEUTRAL, "Grey"),
    (Colour::NOTE, "Yellow"),
];

/// A row of swatches under the label "Colour". A colour from a file that is
/// not among them shows as one more swatch. Gives back whether it changed.
pub(super) fn colour_ui(ui: &mut Ui, value: &mut Colour) -> bool {
    ui.label("Colour");
    let own = (!COLOURS.iter().any(|(c, _)| c == value)).then_some((*value, "Your own colour"));
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        for (colour, name) in COLOURS.into_iter().chain(own) {
            let selected = colour == *value;
            let (rect, response) = ui.allocate_exact_size(Vec2::splat(22.0), Sense::click());
            response.widget_info(|| WidgetInfo::selected(egui::Role::Button, true, selected, name));
            let fill = egui::Color32::from_rgb(colour.r, colour.g, colour.b);
            let stroke = if selected {
                Stroke::new(3.0, ui.visuals().strong_text_color())
            } else if response.hovered() {
                Stroke::new(1.5, ui.visuals().text_color())
            } else {
                Stroke::NONE
            };
            ui.painter().rect(
                rect.shrink(2.0),
                4.0,
                fill,
                stroke,
                egui::StrokeKind::Outside,
            );
            if response.on_hover_text(name).clicked() && !selected {
                *value = colour;
                changed = true;
            }
        }
    });
    changed
}

/// A heading with a red "Confidential" tag beside it when `secret`, so the
/// item is never shared by mistake.
pub(super) fn heading_ui(ui: &mut Ui, heading: &str, secret: bool) {
    ui.horizontal(|ui| {
        ui.heading(heading);
        if secret {
            confidential_tag_ui(ui);
        }
    });
}

/// The red "Confidential" tag.
pub(super) fn confidential_tag_ui(ui: &mut Ui) {
    let tag = egui::RichText::new(" Confidential ")
        .strong()
        .color(egui::Color32::WHITE)
        .background_color(crate::app::canvas::palette::CONFIDENTIAL);
    ui.label(tag)
        .on_hover_text("Hidden while the screen is shared, and left out of exports for sharing.");
}
