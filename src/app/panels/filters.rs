//! The filter controls of the overview panel. What does not match fades on
//! the canvas, so the room still sees the whole map, or on request hides.

use eframe::egui::{self, Ui};

use crate::model::query::Filter;
use crate::model::{ActivityKind, ActivityStatus, Map, Severity, TensionKind, TensionStatus};

/// Shows the filters and changes `filter` as boxes are ticked. `kept` is
/// how many boundaries the filter keeps, when one is on.
pub fn ui(ui: &mut Ui, map: &Map, filter: &mut Filter, kept: Option<usize>) {
    ui.horizontal(|ui| {
        ui.strong("Filters");
        if ui
            .add_enabled(!filter.is_empty(), egui::Button::new("Clear filters"))
            .clicked()
        {
            *filter = Filter::default();
        }
    });
    ui.checkbox(&mut filter.hide_unmatched, "Hide what does not match")
        .on_hover_text("Take what does not match off the map, rather than fading it.");
    if let Some(kept) = kept.filter(|_| !filter.is_empty()) {
        let total = map.boundaries.len();
        let rest = if filter.hide_unmatched {
            "hidden"
        } else {
            "faded"
        };
        ui.weak(format!(
            "{kept} of {total} boundaries match; the rest are {rest}."
        ));
    }
    severity_ui(ui, &mut filter.min_severity);

    let tension_kinds = with_own(
        &TensionKind::NAMED,
        map.tensions.iter().map(|t| &t.kind),
        |k| matches!(k, TensionKind::Other(_)),
    );
    checklist(
        ui,
        "Tension kinds",
        &mut filter.tension_kinds,
        &tension_kinds,
        |k| k.label().to_owned(),
    );
    checklist(
        ui,
        "Tension status",
        &mut filter.tension_statuses,
        &TensionStatus::ALL,
        |s| s.label().to_owned(),
    );
    let activity_kinds = with_own(
        &ActivityKind::NAMED,
        map.activities.iter().map(|a| &a.kind),
        |k| matches!(k, ActivityKind::Other(_)),
    );
    checklist(
        ui,
        "Activity kinds",
        &mut filter.activity_kinds,
        &activity_kinds,
        |k| k.label().to_owned(),
    );
    checklist(
        ui,
        "Activity status",
        &mut filter.activity_statuses,
        &ActivityStatus::ALL,
        |s| s.label().to_owned(),
    );
    let parties: Vec<_> = map
        .communities
        .iter()
        .map(|c| c.id)
        .chain(map.stakeholders.iter().map(|s| s.id))
        .collect();
    checklist(
        ui,
        "Communities and stakeholders",
        &mut filter.communities,
        &parties,
        |&id| map.party_name(id).unwrap_or("?").to_owned(),
    );
}

/// The lowest severity to keep, as a drop-down.
fn severity_ui(ui: &mut Ui, min: &mut Option<Severity>) {
    let name = |s: Option<Severity>| match s.map(Severity::get) {
        None => "Any".to_owned(),
        Some(5) => "5 only".to_owned(),
        Some(n) => format!("{n} and up"),
    };
    let response = egui::ComboBox::from_label("Lowest severity")
        .selected_text(name(*min))
        .show_ui(ui, |ui| {
            ui.selectable_value(min, None, name(None));
            for n in 2..=5 {
                let s = Severity::new(n).ok();
                ui.selectable_value(min, s, name(s));
            }
        })
        .response;
    super::access::name_choice(&response, "Lowest severity", &name(*min));
}

/// The named kinds, then the facilitator's own kinds found on the map, each
/// once, in the order they first appear.
fn with_own<'a, T: Clone + PartialEq + 'a>(
    named: &[T],
    used: impl Iterator<Item = &'a T>,
    is_own: impl Fn(&T) -> bool,
) -> Vec<T> {
    let mut all = named.to_vec();
    for kind in used {
        if is_own(kind) && !all.contains(kind) {
            all.push(kind.clone());
        }
    }
    all
}

/// A collapsible list of tick boxes; ticking adds the choice to `chosen`.
/// The heading says how many are ticked.
fn checklist<T: Clone + PartialEq>(
    ui: &mut Ui,
    title: &str,
    chosen: &mut Vec<T>,
    choices: &[T],
    label: impl Fn(&T) -> String,
) {
    let heading = if chosen.is_empty() {
        title.to_owned()
    } else {
        format!("{title} ({})", chosen.len())
    };
    let section = egui::CollapsingHeader::new(heading)
        .id_salt(title)
        .show(ui, |ui| {
            for choice in choices {
                let mut on = chosen.contains(choice);
                if ui.checkbox(&mut on, label(choice)).changed() {
                    Filter::toggle(chosen, choice.clone());
                }
            }
        });
    super::access::section_state(&section);
}
