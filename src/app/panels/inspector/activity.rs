//! An activity: what sort, how far it has got, who takes part, and what
//! each side expects from it.

use eframe::egui::Ui;

use super::form::{Form, kind_from_the_guide};
use super::widgets::{Choice, DATE, choice_ui, text_ui};
use super::{Inspector, link_ui, party_names};
use crate::app::request::Requests;
use crate::model::{
    Activity, ActivityKind, ActivityStatus, Commitment, Expectation, Id, Map, ValueKind,
};

kind_from_the_guide!(ActivityKind, 8);

const STATUSES: [Choice<'static, ActivityStatus>; 6] = [
    (ActivityStatus::Idea, "Idea", "Just an idea so far."),
    (
        ActivityStatus::Proposed,
        "Proposed",
        "Put to the communities.",
    ),
    (
        ActivityStatus::Agreed,
        "Agreed",
        "The communities said yes.",
    ),
    (ActivityStatus::Scheduled, "Scheduled", "It has a date."),
    (ActivityStatus::Done, "Done", "It took place."),
    (ActivityStatus::Dropped, "Dropped", "It will not happen."),
];

const COMMITMENTS: [Choice<'static, Commitment>; 2] = [
    (
        Commitment::Light,
        "Light",
        "A little time, nothing lasting.",
    ),
    (
        Commitment::Substantial,
        "Substantial",
        "Real time and effort over a while.",
    ),
];

const VALUES: [Choice<'static, Option<ValueKind>>; 8] = [
    (None, "Not named", ""),
    (
        Some(ValueKind::Immediate),
        "Immediate",
        "Useful right away.",
    ),
    (
        Some(ValueKind::Potential),
        "Potential",
        "May pay off later: skills, contacts, ideas.",
    ),
    (
        Some(ValueKind::Applied),
        "Applied",
        "Put to use in their work.",
    ),
    (
        Some(ValueKind::Realized),
        "Realized",
        "Shows in results that matter.",
    ),
    (
        Some(ValueKind::Transformative),
        "Transformative",
        "Changes how they see their work.",
    ),
    (
        Some(ValueKind::Strategic),
        "Strategic",
        "Helps the organisation choose its direction.",
    ),
    (
        Some(ValueKind::Enabling),
        "Enabling",
        "Makes other work possible.",
    ),
];

/// Everything recorded about an activity.
pub(super) fn ui(
    state: &mut Inspector,
    ui: &mut Ui,
    map: &Map,
    activity: &Activity,
    out: &mut Requests,
) {
    ui.heading("Activity");
    let mut f = Form::item(state, activity);
    f.line(ui, "Title", "title", |a| &mut a.title);
    f.kind(ui, |a| &mut a.kind);
    f.hint(ui, f.item.kind.explanation());
    f.choice(ui, "Status", &STATUSES, |a| &mut a.status);
    f.parsed(ui, "Date", "date", &DATE, |a| &mut a.date);
    f.choice(ui, "Commitment", &COMMITMENTS, |a| &mut a.commitment);
    f.line(ui, "Host or guide", "host", |a| &mut a.host);
    f.line(ui, "Owner", "owner", |a| &mut a.owner);
    f.area(ui, "What happens", "description", |a| &mut a.description);

    ui.separator();
    ui.strong("Boundaries it serves");
    boundaries_ui(&mut f, ui, map, out);

    // Whoever sits on a boundary it serves may take part; anyone already
    // listed stays listed.
    let mut parties: Vec<Id> = Vec::new();
    for b in f
        .item
        .boundaries
        .iter()
        .filter_map(|&b| map.boundaries.get(b))
    {
        for &p in &b.between {
            if !parties.contains(&p) {
                parties.push(p);
            }
        }
    }
    for &p in &f.item.participants {
        if !parties.contains(&p) {
            parties.push(p);
        }
    }
    ui.separator();
    ui.strong("Taking part");
    let names = party_names(map, parties.iter().copied());
    f.ticks(ui, &names, |a| &mut a.participants);

    ui.separator();
    ui.strong("Tensions it addresses");
    let tensions: Vec<(Id, String)> = map
        .tensions
        .iter()
        .filter(|t| f.item.boundaries.contains(&t.boundary) || f.item.tensions.contains(&t.id))
        .map(|t| {
            let by = t.raised_by.and_then(|p| map.party_name(p));
            let text = match by {
                Some(by) => format!("{} ({by}, {})", t.kind.label(), t.status.label()),
                None => format!("{} ({})", t.kind.label(), t.status.label()),
            };
            (t.id, text)
        })
        .collect();
    f.ticks(ui, &tensions, |a| &mut a.tensions);

    ui.separator();
    ui.strong("What each side expects");
    expectations_ui(&mut f, ui, map, &names);
    f.finish(out);
}

/// The boundaries the activity serves, each a link with a button to take
/// it off, and a menu to add another.
fn boundaries_ui(f: &mut Form<'_, Activity>, ui: &mut Ui, map: &Map, out: &mut Requests) {
    let mut gone = None;
    for &id in &f.item.boundaries {
        let Some(b) = map.boundaries.get(id) else {
            continue;
        };
        ui.horizontal(|ui| {
            let title = map.boundary_title(b);
            if ui
                .small_button("Remove")
                .accessible_name(format!("Stop serving {title}"))
                .on_hover_text("It no longer serves this boundary.")
                .clicked()
            {
                gone = Some(id);
            }
            link_ui(out, ui, title, "Open this boundary", id);
        });
    }
    if let Some(id) = gone {
        f.item.boundaries.retain(|&b| b != id);
        f.other_changed();
    }
    let others: Vec<_> = map
        .boundaries
        .iter()
        .filter(|b| !f.item.boundaries.contains(&b.id))
        .collect();
    if others.is_empty() {
        return;
    }
    let mut added = None;
    ui.menu_button("Serve another boundary…", |ui| {
        for b in others {
            if ui.button(map.boundary_title(b)).clicked() {
                added = Some(b.id);
            }
        }
    });
    if let Some(id) = added {
        f.item.boundaries.push(id);
        f.other_changed();
    }
}

/// One small block per expectation: who, what sort of value, and the value
/// in their words.
fn expectations_ui(f: &mut Form<'_, Activity>, ui: &mut Ui, map: &Map, sides: &[(Id, String)]) {
    let mut gone = None;
    let mut changed = (false, None);
    let id = f.item.id;
    for (i, e) in f.item.expectations.iter_mut().enumerate() {
        let n = i + 1;
        ui.group(|ui| {
            // A side no longer listed still shows, so nothing is hidden.
            let mut options: Vec<Choice<'_, Id>> = sides
                .iter()
                .map(|(id, name)| (*id, name.as_str(), ""))
                .collect();
            let name = map.party_name(e.party).unwrap_or("(gone)");
            if !sides.iter().any(|(p, _)| *p == e.party) {
                options.push((e.party, name, ""));
            }
            let salt = format!("{id} expectation {n}");
            if choice_ui(
                ui,
                "Who expects it",
                &format!("{salt} who"),
                &options,
                &mut e.party,
            ) {
                changed.0 = true;
            }
            if choice_ui(
                ui,
                "Sort of value",
                &format!("{salt} value"),
                &VALUES,
                &mut e.value,
            ) {
                changed.0 = true;
            }
            let label = format!("{name}, in their words");
            let field = format!("expectation {n}");
            let key = format!("{id} {field}");
            if text_ui(ui, &label, &key, &mut e.note, false, false).changed() {
                changed.1 = Some(field);
            }
            if ui
                .small_button("Remove")
                .accessible_name(format!("Remove expectation {n}"))
                .on_hover_text("Forget this expectation.")
                .clicked()
            {
                gone = Some(i);
            }
        });
    }
    if changed.0 {
        f.other_changed();
    }
    if let Some(field) = changed.1 {
        f.text_changed(&field);
    }
    if let Some(i) = gone {
        f.item.expectations.remove(i);
        f.other_changed();
    }
    let first = sides
        .iter()
        .map(|(id, _)| *id)
        .find(|p| !f.item.expectations.iter().any(|e| e.party == *p))
        .or_else(|| sides.first().map(|(id, _)| *id));
    let add = ui.add_enabled(
        first.is_some(),
        eframe::egui::Button::new("Add expectation"),
    );
    let add = add.on_disabled_hover_text("Add someone taking part first.");
    if let (true, Some(party)) = (add.clicked(), first) {
        f.item.expectations.push(Expectation {
            party,
            value: None,
            note: String::new(),
        });
        f.other_changed();
    }
}
