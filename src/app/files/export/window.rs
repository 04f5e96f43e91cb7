//! The export window itself: format, part of the map, the look of
//! pictures, "include confidential items", and the Export button. It only
//! reads and asks; the app carries out what it asks after the frame.

use eframe::egui::{self, RichText, Ui};

use super::job::Job;
use crate::app::request::{Request, Requests};
use crate::export::{Format, Look, Options};
use crate::file::{ExportPrefs, ExportScope};

/// The export window's state. View state: never saved in a map.
#[derive(Debug, Default)]
pub struct ExportWindow {
    /// Whether the window is open.
    pub open: bool,
    /// The choices, remembered between runs.
    pub choice: ExportPrefs,
    /// Whether confidential items go out too; off each time it opens.
    pub include_confidential: bool,
    /// Why the last export could not be made, in plain words.
    pub problem: Option<String>,
    /// The options of an export waiting for a place to save.
    pub pending: Option<Options>,
    /// The export under way.
    pub job: Option<Job>,
}

/// What the window needs to know about the map.
#[derive(Debug, Clone)]
pub struct Facts {
    /// How many items are selected.
    pub selected: usize,
    /// The saved views' names, in order.
    pub views: Vec<String>,
}

/// A format in plain words, for the window's list.
pub fn format_label(format: Format) -> &'static str {
    match format {
        Format::Svg => "Picture, sharp at any size (SVG)",
        Format::Png => "Picture made of pixels (PNG)",
        Format::Pdf => "Document to print or send (PDF)",
        Format::Markdown => "Workshop report as text (Markdown)",
        Format::Html => "Workshop report as a web page (HTML)",
        Format::ActionsCsv => "Action list for a spreadsheet (CSV)",
        Format::TensionsCsv => "Tension register for a spreadsheet (CSV)",
        Format::Canvas => "JSON Canvas, for Obsidian and others",
        Format::GraphMl => "Network for Gephi or yEd (GraphML)",
        Format::NetworkCsv => "Network as two lists, for Kumu (CSV)",
    }
}

/// The width of one column of choices, in points.
const COLUMN: f32 = 300.0;

const NO_PICTURE: &str = "Only pictures (SVG, PNG, PDF) have this.";

impl ExportWindow {
    /// Shows the window; what the person asks for goes to `out`.
    pub fn ui(&mut self, ctx: &egui::Context, facts: &Facts, out: &mut Requests) {
        let busy = self.job.is_some();
        let screen = ctx.content_rect();
        let wide = screen.width() >= 2.0 * COLUMN + 80.0;
        let modal = egui::Modal::new(egui::Id::unique("export window")).show(ctx, |ui| {
            ui.set_width(if wide { 2.0 * COLUMN + 20.0 } else { COLUMN });
            crate::app::panels::access::dialog_heading(ui, "Export the map");
            // The heading, a problem line and the buttons stay in sight;
            // the choices scroll when the window is short (Largest text on
            // a small screen).
            let line = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
            let room = (screen.height() - 6.0 * line - 60.0).max(4.0 * line);
            egui::ScrollArea::vertical()
                .max_height(room)
                .show(ui, |ui| {
                    ui.add_enabled_ui(!busy, |ui| self.choices_ui(ui, facts, wide));
                });
            if let Some(problem) = &self.problem {
                ui.colored_label(ui.visuals().error_fg_color, problem.as_str());
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if busy {
                    ui.spinner();
                    ui.label("Exporting… the window stays usable.");
                } else {
                    if ui.button("Export…").clicked() {
                        out.push(Request::Export);
                    }
                    if ui.button("Cancel").clicked() {
                        out.push(Request::CloseExport);
                    }
                }
            });
        });
        if modal.should_close() && !busy {
            out.push(Request::CloseExport);
        }
    }

    /// The choices: side by side when the screen is wide enough, else one
    /// above the other.
    fn choices_ui(&mut self, ui: &mut Ui, facts: &Facts, wide: bool) {
        if wide {
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(COLUMN);
                    self.format_ui(ui);
                });
                ui.add_space(16.0);
                ui.vertical(|ui| {
                    ui.set_width(COLUMN);
                    self.rest_ui(ui, facts);
                });
            });
        } else {
            ui.set_width(COLUMN);
            self.format_ui(ui);
            ui.separator();
            self.rest_ui(ui, facts);
        }
    }

    /// Everything but the format.
    fn rest_ui(&mut self, ui: &mut Ui, facts: &Facts) {
        self.scope_ui(ui, facts);
        ui.separator();
        self.picture_ui(ui);
        ui.separator();
        self.confidential_ui(ui);
    }

    fn format_ui(&mut self, ui: &mut Ui) {
        ui.strong("Format");
        for format in Format::ALL {
            ui.radio_value(&mut self.choice.format, format, format_label(format));
        }
        if self.choice.scope == ExportScope::PagePerView && self.choice.format != Format::Pdf {
            self.choice.scope = ExportScope::Whole;
        }
    }

    fn scope_ui(&mut self, ui: &mut Ui, facts: &Facts) {
        ui.strong("Part of the map");
        let c = &mut self.choice;
        ui.radio_value(&mut c.scope, ExportScope::Whole, "The whole map");
        let selection = match facts.selected {
            0 => "Selection".to_owned(),
            1 => "Selection (1 item)".to_owned(),
            n => format!("Selection ({n} items)"),
        };
        radio(
            ui,
            &mut c.scope,
            ExportScope::Selection,
            &selection,
            facts.selected > 0,
        )
        .on_disabled_hover_text("Nothing is selected. Select items on the map first.");
        let has_views = !facts.views.is_empty();
        if !facts.views.contains(&c.view)
            && let Some(first) = facts.views.first()
        {
            c.view = first.clone();
        }
        ui.horizontal(|ui| {
            radio(ui, &mut c.scope, ExportScope::View, "Saved view", has_views)
                .on_disabled_hover_text("The map has no saved views.");
            ui.add_enabled_ui(has_views && c.scope == ExportScope::View, |ui| {
                let list = egui::ComboBox::from_id_salt("export view")
                    .selected_text(c.view.as_str())
                    .show_ui(ui, |ui| {
                        for name in &facts.views {
                            ui.selectable_value(&mut c.view, name.clone(), name.as_str());
                        }
                    });
                let name = crate::app::panels::access::name_with_value(
                    "Which saved view",
                    c.view.as_str(),
                );
                let _ = list.response.accessible_name(name);
            });
        });
        let pdf = c.format == Format::Pdf;
        radio(
            ui,
            &mut c.scope,
            ExportScope::PagePerView,
            "One page per saved view",
            pdf && has_views,
        )
        .on_disabled_hover_text(if pdf {
            "The map has no saved views."
        } else {
            "Only a PDF has pages."
        });
    }

    fn picture_ui(&mut self, ui: &mut Ui) {
        let c = &mut self.choice;
        let picture = c.format.is_picture();
        ui.strong("Picture");
        ui.add_enabled_ui(picture, |ui| {
            ui.horizontal(|ui| {
                ui.label("Look");
                for (look, name) in [
                    (Look::Light, "Light"),
                    (Look::Dark, "Dark"),
                    (Look::Print, "For print"),
                ] {
                    ui.radio_value(&mut c.look, look, name);
                }
            });
            ui.checkbox(&mut c.legend, "With a legend");
            ui.checkbox(&mut c.title_block, "With the title block");
        })
        .response
        .on_disabled_hover_text(NO_PICTURE);
        ui.add_enabled_ui(c.format == Format::Png, |ui| {
            ui.horizontal(|ui| {
                ui.label("Scale");
                for n in 1..=4u8 {
                    ui.radio_value(&mut c.scale, n, format!("{n}×"));
                }
            });
        })
        .response
        .on_disabled_hover_text("Only a PNG picture has a scale.");
    }

    fn confidential_ui(&mut self, ui: &mut Ui) {
        ui.checkbox(&mut self.include_confidential, "Include confidential items");
        if self.include_confidential {
            let warn = RichText::new(
                "Confidential tensions and notes will be in the file. Send it only to people who may read them.",
            )
            .color(ui.visuals().warn_fg_color)
            .strong();
            ui.label(warn);
        } else {
            ui.weak("For sharing: confidential tensions and notes are left out.");
        }
    }
}

/// A radio button that may be greyed out.
fn radio<T: PartialEq>(
    ui: &mut Ui,
    current: &mut T,
    value: T,
    text: &str,
    enabled: bool,
) -> egui::Response {
    let response = ui.add_enabled(enabled, egui::RadioButton::new(*current == value, text));
    if response.clicked() {
        *current = value;
    }
    response
}
