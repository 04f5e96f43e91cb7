//! A tension: what sort of difficulty, how bad, whose view, and how it
//! stands now.

use eframe::egui::Ui;

use super::form::{Form, kind_from_the_guide};
use super::widgets::Choice;
use super::{Inspector, link_ui, party_names};
use crate::app::request::Requests;
use crate::model::{Id, Map, Severity, Tension, TensionKind, TensionStatus};

kind_from_the_guide!(TensionKind, 7);

const STATUSES: [Choice<'static, TensionStatus>; 3] = [
    (TensionStatus::Open, "Open", "Still felt."),
    (TensionStatus::Easing, "Easing", "Getting better."),
    (TensionStatus::Resolved, "Resolved", "No longer felt."),
];

/// Everything recorded about a tension.
pub(super) fn ui(
    state: &mut Inspector,
    ui: &mut Ui,
    map: &Map,
    tension: &Tension,
    out: &mut Requests,
) {
    super::widgets::heading_ui(ui, "Tension", tension.confidential);
    if let Some(b) = map.boundaries.get(tension.boundary) {
        ui.horizontal_wrapped(|ui| {
            ui.label("On");
            link_ui(out, ui, map.boundary_title(b), "Open this boundary", b.id);
        });
    }
    let mut f = Form::item(state, tension);
    f.line(ui, "Statement", "statement", |t| &mut t.statement);
    f.hint(ui, "What was said, in the room's own words.");
    f.kind(ui, |t| &mut t.kind);
    f.hint(ui, f.item.kind.explanation());
    severity_ui(&mut f, ui);
    f.choice(ui, "Status", &STATUSES, |t| &mut t.status);
    let raisers = raisers(map, tension);
    let options: Vec<Choice<'_, Option<Id>>> = raisers
        .iter()
        .map(|(id, name, help)| (*id, name.as_str(), *help))
        .collect();
    f.choice(ui, "Raised by", &options, |t| &mut t.raised_by);
    f.area(ui, "Note", "note", |t| &mut t.note);
    f.check(ui, "Confidential", |t| &mut t.confidential)
        .on_hover_text("Left out of anything exported for sharing.");
    f.finish(out);
    addressed_by_ui(ui, map, tension.id, out);
}

/// Severity as a row of five buttons, 1 (mild) to 5 (severe).
fn severity_ui(f: &mut Form<'_, Tension>, ui: &mut Ui) {
    ui.label("Severity");
    ui.horizontal(|ui| {
        let current = f.item.severity.get();
        for n in Severity::MIN.get()..=Severity::MAX.get() {
            let help = match n {
                1 => "Mild",
                5 => "Severe",
                _ => "",
            };
            let mut response = ui
                .selectable_label(n == current, n.to_string())
                .accessible_name(format!("Severity {n}"));
            crate::app::panels::access::radio(
                &response,
                n == current,
                usize::from(n),
                usize::from(Severity::MAX.get()),
            );
            if !help.is_empty() {
                response = response.on_hover_text(help);
            }
            if response.clicked()
                && n != current
                && let Ok(severity) = Severity::new(n)
            {
                f.item.severity = severity;
                f.other_changed();
            }
        }
        ui.weak("mild to severe");
    });
}

/// The activities meant to ease this tension.
fn addressed_by_ui(ui: &mut Ui, map: &Map, tension: Id, out: &mut Requests) {
    let activities: Vec<_> = map
        .activities
        .iter()
        .filter(|a| a.tensions.contains(&tension))
        .collect();
    if activities.is_empty() {
        return;
    }
    ui.separator();
    ui.strong("Activities that address it");
    for a in activities {
        link_ui(out, ui, &a.title, "Open this activity", a.id);
    }
}

/// Whom "Raised by" offers: nobody yet, then the boundary's own sides, then
/// every other community and stakeholder on the map by name; and whoever
/// raised it, even if no longer on the map, so nothing is hidden.
fn raisers(map: &Map, tension: &Tension) -> Vec<(Option<Id>, String, &'static str)> {
    let sides: Vec<Id> = map
        .boundaries
        .get(tension.boundary)
        .map(|b| b.between.clone())
        .unwrap_or_default();
    let mut out: Vec<(Option<Id>, String, &'static str)> =
        vec![(None, "Not recorded".to_owned(), "")];
    out.extend(
        party_names(map, sides.iter().copied())
            .into_iter()
            .map(|(id, name)| (Some(id), name, "A side of this boundary.")),
    );
    let mut others = party_names(
        map,
        map.communities
            .iter()
            .map(|c| c.id)
            .chain(map.stakeholders.iter().map(|s| s.id))
            .filter(|id| !sides.contains(id)),
    );
    others.sort_by_cached_key(|(_, name)| name.to_lowercase());
    out.extend(others.into_iter().map(|(id, name)| (Some(id), name, "")));
    if let Some(p) = tension.raised_by
        && !out.iter().any(|(id, _, _)| *id == Some(p))
    {
        out.push((Some(p), "(gone)".to_owned(), ""));
    }
    out
}
