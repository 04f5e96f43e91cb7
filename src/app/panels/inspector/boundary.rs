//! A boundary: its label and progress, its sides, and everything on it:
//! tensions, activities, boundary objects and brokers.

use eframe::egui::{CollapsingHeader, Ui};

use super::form::Form;
use super::widgets::Choice;
use super::{Inspector, crossing, link_ui};
use crate::Edit;
use crate::app::command::Command;
use crate::app::request::Requests;
use crate::model::{Boundary, BoundaryObject, Broker, Id, Identified, Item, Items, Map, Progress};

const PROGRESS: [Choice<'static, Progress>; 5] = [
    (
        Progress::NotStarted,
        "Not started",
        "The boundary has just been named.",
    ),
    (
        Progress::Identification,
        "Identification",
        "The sides see how their practices differ.",
    ),
    (
        Progress::Coordination,
        "Coordination",
        "Working across runs smoothly: shared words, routines, forms.",
    ),
    (
        Progress::Reflection,
        "Reflection",
        "Each side takes the other's point of view.",
    ),
    (
        Progress::Transformation,
        "Transformation",
        "A new practice, shared by both, is forming.",
    ),
];

/// Everything recorded about a boundary.
pub(super) fn ui(
    state: &mut Inspector,
    ui: &mut Ui,
    map: &Map,
    boundary: &Boundary,
    out: &mut Requests,
) {
    ui.heading("Boundary");
    ui.label(map.boundary_title(boundary));
    let mut f = Form::item(state, boundary);
    f.line(ui, "Label", "label", |b| &mut b.label);
    f.choice(ui, "Learning so far", &PROGRESS, |b| &mut b.progress);
    f.area(ui, "Note", "note", |b| &mut b.note);
    f.finish(out);

    ui.separator();
    ui.strong("Between");
    for &side in &boundary.between {
        let name = map.party_name(side).unwrap_or("(gone)");
        link_ui(out, ui, name, "Open this side", side);
    }
    tensions_ui(ui, map, boundary.id, out);
    activities_ui(ui, map, boundary.id, out);
    crossers_ui::<BoundaryObject>(state, ui, map, boundary.id, out);
    crossers_ui::<Broker>(state, ui, map, boundary.id, out);
}

fn tensions_ui(ui: &mut Ui, map: &Map, boundary: Id, out: &mut Requests) {
    ui.separator();
    ui.strong("Tensions");
    for t in map.tensions_on(boundary) {
        let kind = match t.kind.label() {
            "" => "Unnamed kind",
            word => word,
        };
        let mut text = format!(
            "{kind} · severity {} · {}",
            t.severity.get(),
            t.status.label()
        );
        if !t.statement.trim().is_empty() {
            text = format!("“{}” · {text}", t.statement.trim());
        }
        if t.confidential {
            ui.horizontal_wrapped(|ui| {
                link_ui(out, ui, text, "Edit this tension", t.id);
                super::widgets::confidential_tag_ui(ui);
            });
        } else {
            link_ui(out, ui, text, "Edit this tension", t.id);
        }
    }
    if ui.button(Command::AddTension.label()).clicked() {
        out.run(Command::AddTension);
    }
}

fn activities_ui(ui: &mut Ui, map: &Map, boundary: Id, out: &mut Requests) {
    ui.separator();
    ui.strong("Activities");
    for a in map
        .activities
        .iter()
        .filter(|a| a.boundaries.contains(&boundary))
    {
        let text = format!("{} · {}", a.kind.label(), a.title);
        link_ui(out, ui, text, "Edit this activity", a.id);
    }
    // The picker lists the kinds, those that fit this boundary first.
    if ui.button(Command::AddActivity.label()).clicked() {
        out.run(Command::AddActivity);
    }
}

/// Boundary objects and brokers: things listed on boundaries, which a
/// boundary's inspector adds, edits and takes off in the same way.
trait Crosser: Clone + Identified + Into<Item> {
    /// The list's heading.
    const HEADING: &'static str;
    /// The add menu's label.
    const ADD: &'static str;
    /// The add menu's entry for a new one.
    const NEW: &'static str;
    /// What to call one with no name.
    const UNNAMED: &'static str;
    /// All of them on the map.
    fn all(map: &Map) -> &Items<Self>;
    /// Its name.
    fn name(&self) -> &str;
    /// The boundaries it is on.
    fn on(&self) -> &[Id];
    /// The boundaries it is on, to change.
    fn boundaries(&mut self) -> &mut Vec<Id>;
    /// A new, unnamed one on a boundary.
    fn fresh(id: Id, boundary: Id) -> Self;
    /// Its fields.
    fn fields(&self, state: &mut Inspector, ui: &mut Ui, map: &Map, out: &mut Requests);
}

impl Crosser for BoundaryObject {
    const HEADING: &'static str = "Boundary objects";
    const ADD: &'static str = "Add object…";
    const NEW: &'static str = "New object";
    const UNNAMED: &'static str = "Unnamed object";
    fn all(map: &Map) -> &Items<Self> {
        &map.objects
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn on(&self) -> &[Id] {
        &self.boundaries
    }
    fn boundaries(&mut self) -> &mut Vec<Id> {
        &mut self.boundaries
    }
    fn fresh(id: Id, boundary: Id) -> Self {
        Self {
            id,
            name: String::new(),
            description: String::new(),
            boundaries: vec![boundary],
        }
    }
    fn fields(&self, state: &mut Inspector, ui: &mut Ui, _: &Map, out: &mut Requests) {
        crossing::object_fields(state, ui, self, out);
    }
}

impl Crosser for Broker {
    const HEADING: &'static str = "Brokers";
    const ADD: &'static str = "Add broker…";
    const NEW: &'static str = "New broker";
    const UNNAMED: &'static str = "Unnamed broker";
    fn all(map: &Map) -> &Items<Self> {
        &map.brokers
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn on(&self) -> &[Id] {
        &self.boundaries
    }
    fn boundaries(&mut self) -> &mut Vec<Id> {
        &mut self.boundaries
    }
    fn fresh(id: Id, boundary: Id) -> Self {
        Self {
            id,
            name: String::new(),
            communities: Vec::new(),
            boundaries: vec![boundary],
            note: String::new(),
        }
    }
    fn fields(&self, state: &mut Inspector, ui: &mut Ui, map: &Map, out: &mut Requests) {
        crossing::broker_fields(state, ui, map, self, out);
    }
}

/// The objects or brokers on a boundary, each opening to its fields, and a
/// menu to add a new one or one already on another boundary.
fn crossers_ui<C: Crosser>(
    state: &mut Inspector,
    ui: &mut Ui,
    map: &Map,
    boundary: Id,
    out: &mut Requests,
) {
    ui.separator();
    ui.strong(C::HEADING);
    for c in C::all(map).iter().filter(|c| c.on().contains(&boundary)) {
        let name = match c.name() {
            "" => C::UNNAMED,
            name => name,
        };
        // A row just added opens with the keyboard in its name.
        let fresh = state.focus_key.as_deref() == Some(format!("{} name", c.id()).as_str());
        let section = CollapsingHeader::new(name)
            .id_salt(c.id())
            .open(fresh.then_some(true))
            .show(ui, |ui| {
                c.fields(state, ui, map, out);
                if ui
                    .button("Remove")
                    .accessible_name(format!("Remove {name}"))
                    .on_hover_text("Take it off this boundary. If it is on no other, it goes.")
                    .clicked()
                {
                    let mut kept = c.clone();
                    kept.boundaries().retain(|&b| b != boundary);
                    let edit = if kept.boundaries().is_empty() {
                        Edit::Remove(vec![c.id()])
                    } else {
                        Edit::Update(kept.into())
                    };
                    out.edit(edit, None);
                }
            });
        crate::app::panels::access::section_state(&section);
    }
    ui.menu_button(C::ADD, |ui| {
        if ui.button(C::NEW).clicked() {
            let id = map.new_id();
            state.focus_key = Some(format!("{id} name"));
            out.edit(Edit::Add(C::fresh(id, boundary).into()), None);
        }
        for c in C::all(map).iter().filter(|c| !c.on().contains(&boundary)) {
            let name = match c.name() {
                "" => C::UNNAMED,
                name => name,
            };
            if ui
                .button(name)
                .on_hover_text("Also on other boundaries")
                .clicked()
            {
                let mut added = c.clone();
                added.boundaries().push(boundary);
                out.edit(Edit::Update(added.into()), None);
            }
        }
    });
}
