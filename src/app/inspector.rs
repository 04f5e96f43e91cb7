//! The inspector: the side panel that edits every field of the selection.
//! It reads the map and returns edits; text edits carry a key so that one
//! field's keystrokes undo as one step.

use eframe::egui::{ComboBox, Slider, TextEdit, Ui};

use crate::Edit;
use crate::model::{
    Activity, ActivityKind, ActivityStatus, Commitment, Id, Item, Map, Meta, Severity, Tension,
    TensionKind, TensionStatus, suggest,
};

/// An edit the inspector asks for, with the key that joins it to the
/// previous edit of the same field.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldEdit {
    /// The edit.
    pub edit: Edit,
    /// Which field it changes, such as `"0f3a… name"`.
    pub key: Option<String>,
}

/// What the inspector remembers between frames.
#[derive(Debug, Default)]
pub struct Inspector {
    /// Put the keyboard in the name field on the next frame.
    pub focus_name: bool,
    /// An item the person picked from a list, to select next.
    pub picked: Option<Id>,
}

impl Inspector {
    /// Shows the fields of the selection (or of the map when nothing is
    /// selected) and gives back the edits made.
    pub fn ui(&mut self, ui: &mut Ui, map: &Map, selection: &[Id]) -> Vec<FieldEdit> {
        let mut out = Vec::new();
        match selection {
            [] => meta_ui(ui, &map.meta, &mut out),
            [id] => match map.item(*id) {
                Some(item) => self.item_ui(ui, map, item, &mut out),
                None => {
                    ui.label("Nothing selected.");
                }
            },
            many => {
                ui.heading(format!("{} items selected", many.len()));
                ui.label("Press Delete to remove them, or drag to move them together.");
            }
        }
        out
    }

    fn name_field(
        &mut self,
        ui: &mut Ui,
        label: &str,
        value: &str,
        id: Id,
        field: &str,
    ) -> Option<(String, String)> {
        let mut text = value.to_owned();
        let caption = ui.label(label);
        let response = ui
            .add(TextEdit::singleline(&mut text).desired_width(f32::INFINITY))
            .labelled_by(caption.id)
            .accessible_name(label);
        if self.focus_name {
            self.focus_name = false;
            response.request_focus();
        }
        response.changed().then(|| (text, format!("{id} {field}")))
    }

    fn item_ui(&mut self, ui: &mut Ui, map: &Map, item: Item, out: &mut Vec<FieldEdit>) {
        match item {
            Item::Community(c) => {
                ui.heading("Community");
                if let Some((v, key)) = self.name_field(ui, "Name", &c.name, c.id, "name") {
                    push(
                        out,
                        Item::Community(crate::model::Community {
                            name: v,
                            ..c.clone()
                        }),
                        key,
                    );
                }
                if let Some((v, key)) = text_area(ui, "Practice", &c.practice, c.id, "practice") {
                    push(
                        out,
                        Item::Community(crate::model::Community {
                            practice: v,
                            ..c.clone()
                        }),
                        key,
                    );
                }
                if let Some((v, key)) = text_area(ui, "What it values", &c.values, c.id, "values") {
                    push(
                        out,
                        Item::Community(crate::model::Community { values: v, ..c }),
                        key,
                    );
                }
            }
            Item::Stakeholder(s) => {
                ui.heading("Stakeholder");
                if let Some((v, key)) = self.name_field(ui, "Name", &s.name, s.id, "name") {
                    push(
                        out,
                        Item::Stakeholder(crate::model::Stakeholder {
                            name: v,
                            ..s.clone()
                        }),
                        key,
                    );
                }
                if let Some((v, key)) = text_area(ui, "Role", &s.role, s.id, "role") {
                    push(
                        out,
                        Item::Stakeholder(crate::model::Stakeholder {
                            role: v,
                            ..s.clone()
                        }),
                        key,
                    );
                }
                if let Some((v, key)) = text_area(ui, "Wants", &s.wants, s.id, "wants") {
                    push(
                        out,
                        Item::Stakeholder(crate::model::Stakeholder { wants: v, ..s }),
                        key,
                    );
                }
            }
            Item::Boundary(b) => {
                ui.heading("Boundary");
                ui.label(map.boundary_title(&b));
                if let Some((v, key)) = self.name_field(ui, "Label", &b.label, b.id, "label") {
                    push(
                        out,
                        Item::Boundary(crate::model::Boundary {
                            label: v,
                            ..b.clone()
                        }),
                        key,
                    );
                }
                boundary_tensions_ui(ui, map, b.id, &mut self.picked, out);
                boundary_activities_ui(ui, map, b.id, &mut self.picked, out);
            }
            Item::Tension(t) => tension_ui(ui, map, t, out),
            Item::Activity(a) => activity_ui(self, ui, a, out),
            Item::Note(n) => {
                ui.heading("Note");
                if let Some((v, key)) = text_area(ui, "Text", &n.text, n.id, "text") {
                    push(out, Item::Note(crate::model::Note { text: v, ..n }), key);
                }
            }
            Item::Group(g) => {
                ui.heading("Group");
                if let Some((v, key)) = self.name_field(ui, "Title", &g.label, g.id, "label") {
                    push(out, Item::Group(crate::model::Group { label: v, ..g }), key);
                }
            }
            Item::Object(o) => {
                ui.heading("Boundary object");
                if let Some((v, key)) = self.name_field(ui, "Name", &o.name, o.id, "name") {
                    push(
                        out,
                        Item::Object(crate::model::BoundaryObject { name: v, ..o }),
                        key,
                    );
                }
            }
            Item::Broker(b) => {
                ui.heading("Broker");
                if let Some((v, key)) = self.name_field(ui, "Name", &b.name, b.id, "name") {
                    push(
                        out,
                        Item::Broker(crate::model::Broker { name: v, ..b }),
                        key,
                    );
                }
            }
        }
    }
}

fn push(out: &mut Vec<FieldEdit>, item: Item, key: String) {
    out.push(FieldEdit {
        edit: Edit::Update(item),
        key: Some(key),
    });
}

fn text_area(
    ui: &mut Ui,
    label: &str,
    value: &str,
    id: Id,
    field: &str,
) -> Option<(String, String)> {
    let mut text = value.to_owned();
    let caption = ui.label(label);
    let response = ui
        .add(
            TextEdit::multiline(&mut text)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(caption.id)
        .accessible_name(label);
    response.changed().then(|| (text, format!("{id} {field}")))
}

fn meta_ui(ui: &mut Ui, meta: &Meta, out: &mut Vec<FieldEdit>) {
    ui.heading("Map");
    type Field = fn(&mut Meta) -> &mut String;
    let fields: [(&str, &str, Field); 4] = [
        ("Title", &meta.title, |m| &mut m.title),
        ("Purpose", &meta.purpose, |m| &mut m.purpose),
        ("Facilitator", &meta.facilitator, |m| &mut m.facilitator),
        ("Place", &meta.place, |m| &mut m.place),
    ];
    for (label, value, field) in fields {
        let mut text = value.to_owned();
        let caption = ui.label(label);
        if ui
            .add(TextEdit::singleline(&mut text).desired_width(f32::INFINITY))
            .labelled_by(caption.id)
            .changed()
        {
            let mut new = meta.clone();
            *field(&mut new) = text;
            out.push(FieldEdit {
                edit: Edit::SetMeta(new),
                key: Some(format!("meta {label}")),
            });
        }
    }
    ui.add_space(8.0);
    ui.label("Double-click the canvas to add a community. Drag from a community's rim to another to draw a boundary.");
}

fn boundary_tensions_ui(
    ui: &mut Ui,
    map: &Map,
    boundary: Id,
    picked: &mut Option<Id>,
    out: &mut Vec<FieldEdit>,
) {
    ui.separator();
    ui.strong("Tensions");
    for t in map.tensions_on(boundary) {
        let text = format!(
            "{} · severity {} · {:?}",
            t.kind.label(),
            t.severity.get(),
            t.status
        );
        if ui.link(text).on_hover_text("Edit this tension").clicked() {
            *picked = Some(t.id);
        }
    }
    ui.menu_button("Add tension…", |ui| {
        for kind in TensionKind::NAMED {
            if ui
                .button(kind.label())
                .on_hover_text(kind.explanation())
                .clicked()
            {
                let t = Tension::new(map.new_id(), boundary, kind.clone(), Severity::default());
                out.push(FieldEdit {
                    edit: Edit::Add(t.into()),
                    key: None,
                });
            }
        }
    });
}

fn boundary_activities_ui(
    ui: &mut Ui,
    map: &Map,
    boundary: Id,
    picked: &mut Option<Id>,
    out: &mut Vec<FieldEdit>,
) {
    ui.separator();
    ui.strong("Activities");
    for a in map
        .activities
        .iter()
        .filter(|a| a.boundaries.contains(&boundary))
    {
        if ui
            .link(format!("{} · {}", a.kind.label(), a.title))
            .on_hover_text("Edit this activity")
            .clicked()
        {
            *picked = Some(a.id);
        }
    }
    ui.menu_button("Add activity…", |ui| {
        for s in suggest(map, boundary) {
            let text = if s.score > 0 {
                format!("{} (suggested)", s.kind.label())
            } else {
                s.kind.label().to_owned()
            };
            let hover = if s.reason.is_empty() {
                s.kind.explanation().to_owned()
            } else {
                s.reason.clone()
            };
            if ui.button(text).on_hover_text(hover).clicked() {
                let mut a =
                    Activity::new(map.new_id(), s.kind.clone(), s.kind.label(), vec![boundary]);
                a.participants = map
                    .boundaries
                    .get(boundary)
                    .map(|b| b.between.clone())
                    .unwrap_or_default();
                a.tensions = map
                    .tensions_on(boundary)
                    .filter(|t| t.status != TensionStatus::Resolved)
                    .map(|t| t.id)
                    .collect();
                out.push(FieldEdit {
                    edit: Edit::Add(a.into()),
                    key: None,
                });
            }
        }
    });
}

fn tension_ui(ui: &mut Ui, map: &Map, t: Tension, out: &mut Vec<FieldEdit>) {
    ui.heading("Tension");
    ui.label(t.kind.explanation());
    let mut edited = t.clone();
    ComboBox::from_label("Kind")
        .selected_text(t.kind.label())
        .show_ui(ui, |ui| {
            for kind in TensionKind::NAMED {
                ui.selectable_value(&mut edited.kind, kind.clone(), kind.label());
            }
        });
    let mut severity = t.severity.get();
    ui.add(Slider::new(&mut severity, 1..=5).text("Severity"));
    edited.severity = Severity::new(severity).unwrap_or(t.severity);
    ComboBox::from_label("Status")
        .selected_text(format!("{:?}", t.status))
        .show_ui(ui, |ui| {
            for status in TensionStatus::ALL {
                ui.selectable_value(&mut edited.status, status, format!("{status:?}"));
            }
        });
    let raised = t
        .raised_by
        .and_then(|p| map.party_name(p))
        .unwrap_or("nobody yet")
        .to_owned();
    ComboBox::from_label("Raised by")
        .selected_text(raised)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut edited.raised_by, None, "nobody yet");
            if let Some(b) = map.boundaries.get(t.boundary) {
                for &p in &b.between {
                    ui.selectable_value(
                        &mut edited.raised_by,
                        Some(p),
                        map.party_name(p).unwrap_or("?"),
                    );
                }
            }
        });
    ui.checkbox(&mut edited.confidential, "Confidential");
    if edited != t {
        out.push(FieldEdit {
            edit: Edit::Update(edited.clone().into()),
            key: Some(format!("{} settings", t.id)),
        });
    }
    if let Some((v, key)) = text_area(ui, "Note", &t.note, t.id, "note") {
        push(out, Item::Tension(Tension { note: v, ..t }), key);
    }
}

fn activity_ui(inspector: &mut Inspector, ui: &mut Ui, a: Activity, out: &mut Vec<FieldEdit>) {
    ui.heading("Activity");
    if let Some((v, key)) = inspector.name_field(ui, "Title", &a.title, a.id, "title") {
        push(
            out,
            Item::Activity(Activity {
                title: v,
                ..a.clone()
            }),
            key,
        );
    }
    let mut edited = a.clone();
    ComboBox::from_label("Kind")
        .selected_text(a.kind.label())
        .show_ui(ui, |ui| {
            for kind in ActivityKind::NAMED {
                ui.selectable_value(&mut edited.kind, kind.clone(), kind.label())
                    .on_hover_text(kind.explanation());
            }
        });
    ComboBox::from_label("Status")
        .selected_text(format!("{:?}", a.status))
        .show_ui(ui, |ui| {
            for status in ActivityStatus::ALL {
                ui.selectable_value(&mut edited.status, status, format!("{status:?}"));
            }
        });
    ui.horizontal(|ui| {
        ui.selectable_value(
            &mut edited.commitment,
            Commitment::Light,
            "Light commitment",
        );
        ui.selectable_value(
            &mut edited.commitment,
            Commitment::Substantial,
            "Substantial commitment",
        );
    });
    if edited != a {
        out.push(FieldEdit {
            edit: Edit::Update(edited.into()),
            key: Some(format!("{} settings", a.id)),
        });
    }
    if let Some((v, key)) = text_area(ui, "Description", &a.description, a.id, "description") {
        push(
            out,
            Item::Activity(Activity {
                description: v,
                ..a
            }),
            key,
        );
    }
}
