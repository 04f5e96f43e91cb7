//! The saved views panel: a small window listing the map's views in order,
//! where the person saves what the canvas shows now, goes to a view,
//! renames, reorders, updates and deletes views, chooses how much each
//! reveals, and starts the presentation from any of them. Every change to
//! the list is one edit, so each can be undone.

use eframe::egui::{self, Key, Rect, Ui};

use crate::Edit;
use crate::app::request::{Request, Requests};
use crate::model::query::Filter;
use crate::model::{Point, Reveal, SavedView, Size};

/// What the panel remembers between frames. View state: never saved in a
/// map.
#[derive(Debug, Default)]
pub struct ViewsPanel {
    /// Whether the panel is shown.
    pub open: bool,
    /// The name being typed for a view about to be saved.
    naming: Option<String>,
    /// The view being renamed (its place in the list) and the name typed.
    renaming: Option<(usize, String)>,
    /// Whether the field just opened should take the keyboard.
    focus: bool,
}

/// What the editor shows now, to save as a view.
#[derive(Debug, Clone)]
pub struct Here {
    /// The part of the map the canvas shows, in map units.
    pub area: Rect,
    /// The filter in use.
    pub filter: Filter,
}

impl Here {
    /// A view of what shows now, everything revealed.
    fn view(&self, name: String) -> SavedView {
        let c = self.area.center();
        let mut view = SavedView::new(
            name,
            Point::new(c.x, c.y),
            Size::new(self.area.width(), self.area.height()),
        );
        view.filter = self.filter.clone();
        view
    }
}

/// The first "View N" not yet taken, counting on from the list's length.
fn default_name(views: &[SavedView]) -> String {
    (views.len() + 1..)
        .map(|n| format!("View {n}"))
        .find(|name| views.iter().all(|v| &v.name != name))
        .unwrap_or_else(|| "View".to_owned())
}

impl ViewsPanel {
    /// Shows the panel's window while it is open.
    pub fn window_ui(
        &mut self,
        ctx: &egui::Context,
        views: &[SavedView],
        here: &Here,
        out: &mut Requests,
    ) {
        if !self.open {
            return;
        }
        let mut open = true;
        super::corner_window(ctx, "Saved views", 300.0, &mut open, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| self.ui(ui, views, here, out));
        });
        self.open = open;
    }

    fn ui(&mut self, ui: &mut Ui, views: &[SavedView], here: &Here, out: &mut Requests) {
        self.save_ui(ui, views, here, out);
        ui.separator();
        if views.is_empty() {
            ui.weak(
                "No saved views yet. Show on the map what the room should see, then save it. \
                 Present steps through the views in this order.",
            );
        }
        for (index, view) in views.iter().enumerate() {
            ui.push_id(index, |ui| self.row_ui(ui, views, index, view, here, out));
            ui.separator();
        }
    }

    /// "Save current view", then the name to save it under.
    fn save_ui(&mut self, ui: &mut Ui, views: &[SavedView], here: &Here, out: &mut Requests) {
        let Some(name) = &mut self.naming else {
            if ui
                .button("Save current view")
                .on_hover_text("Keep what the map shows now, with the filters in use")
                .clicked()
            {
                self.naming = Some(default_name(views));
                self.focus = true;
            }
            return;
        };
        let mut done = None;
        ui.horizontal(|ui| {
            let field = ui
                .add(egui::TextEdit::singleline(name).desired_width(150.0))
                .accessible_name("Name of the view");
            if std::mem::take(&mut self.focus) {
                field.request_focus();
            }
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            let escape = ui.input(|i| i.key_pressed(Key::Escape));
            if ui.button("Save").clicked() || enter {
                done = Some(true);
            } else if ui.button("Cancel").clicked() || escape {
                done = Some(false);
            }
        });
        if let Some(save) = done
            && let Some(name) = self.naming.take()
            && save
        {
            let name = match name.trim() {
                "" => default_name(views),
                name => name.to_owned(),
            };
            let mut list = views.to_vec();
            list.push(here.view(name));
            out.edit(Edit::SetViews(list), None);
        }
    }

    /// One view: its name (click to go there), how much it reveals, and
    /// what can be done with it.
    fn row_ui(
        &mut self,
        ui: &mut Ui,
        views: &[SavedView],
        index: usize,
        view: &SavedView,
        here: &Here,
        out: &mut Requests,
    ) {
        let name = view.name.as_str();
        let change = |out: &mut Requests, f: &dyn Fn(&mut Vec<SavedView>)| {
            let mut list = views.to_vec();
            f(&mut list);
            out.edit(Edit::SetViews(list), None);
        };
        ui.horizontal(|ui| {
            if !self.rename_ui(ui, views, index, out) {
                let label = format!("{}. {name}", index + 1);
                if ui
                    .button(label)
                    .on_hover_text("Show this view's region and filters")
                    .accessible_name(format!("Go to {name}"))
                    .clicked()
                {
                    out.push(Request::ShowView(index));
                }
            }
            let shows = egui::ComboBox::from_id_salt("reveal")
                .selected_text(view.reveal.label())
                .show_ui(ui, |ui| {
                    for level in Reveal::ALL {
                        if ui
                            .selectable_label(view.reveal == level, level.label())
                            .clicked()
                            && level != view.reveal
                        {
                            change(out, &|list| list[index].reveal = level);
                        }
                    }
                });
            shows
                .response
                .on_hover_text("How much of the map this view shows while presenting")
                .accessible_name(super::access::name_with_value(
                    &format!("What {name} shows"),
                    view.reveal.label(),
                ));
        });
        ui.horizontal_wrapped(|ui| {
            let last = views.len() - 1;
            let buttons = [
                ("Up", format!("Move {name} up"), index > 0),
                ("Down", format!("Move {name} down"), index < last),
                ("Update", format!("Update {name}"), true),
                ("Rename", format!("Rename {name}"), true),
                ("Delete", format!("Delete {name}"), true),
                ("Present", format!("Present from {name}"), true),
            ];
            for (short, full, enabled) in buttons {
                let clicked = ui
                    .add_enabled(enabled, egui::Button::new(short).small())
                    .on_hover_text(&full)
                    .accessible_name(&full)
                    .clicked();
                if !clicked {
                    continue;
                }
                match short {
                    "Up" => change(out, &|list| list.swap(index, index - 1)),
                    "Down" => change(out, &|list| list.swap(index, index + 1)),
                    "Update" => change(out, &|list| {
                        let fresh = here.view(list[index].name.clone());
                        let old = &mut list[index];
                        (old.centre, old.size, old.filter) =
                            (fresh.centre, fresh.size, fresh.filter);
                    }),
                    "Rename" => {
                        self.renaming = Some((index, name.to_owned()));
                        self.focus = true;
                    }
                    "Delete" => change(out, &|list| {
                        list.remove(index);
                    }),
                    _ => out.push(Request::PresentFrom(index)),
                }
            }
        });
    }

    /// The name field while a view is renamed: Enter or a click elsewhere
    /// keeps the name, Escape drops it. Gives back whether it is shown.
    fn rename_ui(
        &mut self,
        ui: &mut Ui,
        views: &[SavedView],
        index: usize,
        out: &mut Requests,
    ) -> bool {
        let Some((_, typed)) = self.renaming.as_mut().filter(|(i, _)| *i == index) else {
            return false;
        };
        let field = ui
            .add(egui::TextEdit::singleline(typed).desired_width(140.0))
            .accessible_name(format!("New name for {}", views[index].name));
        if std::mem::take(&mut self.focus) {
            field.request_focus();
        }
        if field.lost_focus() {
            let escape = ui.input(|i| i.key_pressed(Key::Escape));
            let typed = typed.trim().to_owned();
            if !escape && !typed.is_empty() && typed != views[index].name {
                let mut list = views.to_vec();
                list[index].name = typed;
                out.edit(Edit::SetViews(list), None);
            }
            self.renaming = None;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_view_is_named_after_the_first_free_number() {
        let view = |name: &str| SavedView::new(name, Point::new(0.0, 0.0), Size::new(1.0, 1.0));
        assert_eq!(default_name(&[]), "View 1");
        assert_eq!(default_name(&[view("Opening")]), "View 2");
        assert_eq!(default_name(&[view("View 2"), view("x")]), "View 3");
        assert_eq!(default_name(&[view("View 2")]), "View 3");
    }
}
