//! The kind pickers that add a tension or an activity to the selected
//! boundary (from the keyboard, the toolbar or the inspector): a short list in a dialog, the best choice
//! first and focused, so Enter takes it, Tab moves on, Escape closes.
//! Once a tension's kind is chosen, the dialog asks what was said, so the
//! room's own words go on the map straight away; a new activity's title is
//! typed on its card on the canvas.

use eframe::egui::{self, Key, RichText};

use crate::app::request::{Request, Requests};
use crate::model::{
    ActivityKind, Id, Item, Map, Severity, Tension, TensionKind, new_activity, suggest,
};

/// What is being picked, and for which boundary.
#[derive(Debug, Clone, PartialEq)]
pub enum Picking {
    /// A kind of tension.
    Tension(Id),
    /// A kind of activity.
    Activity(Id),
    /// What was said: the statement of a tension whose kind was just
    /// chosen, typed so far. The tension is added once this is answered.
    Statement(Box<Tension>, String),
}

/// What the picker asks for after a frame.
#[allow(
    clippy::large_enum_variant,
    reason = "one is made per frame while the picker is open"
)]
pub enum Picked {
    /// Add this item.
    Add(Item),
    /// Close without adding.
    Cancel,
}

/// One line in the list.
struct Choice {
    label: String,
    hint: String,
    kind: Kind,
}

/// The kind a line stands for.
enum Kind {
    Tension(TensionKind),
    Activity(ActivityKind),
}

impl Kind {
    /// A new item of this kind on `boundary`, made only once chosen.
    fn item(&self, map: &Map, boundary: Id) -> Item {
        match self {
            Kind::Tension(kind) => {
                Tension::new(map.new_id(), boundary, kind.clone(), Severity::default()).into()
            }
            Kind::Activity(kind) => new_activity(map, map.new_id(), boundary, kind.clone()).into(),
        }
    }
}

/// Shows the picker. Gives back what the person chose, if they did.
pub fn ui(ctx: &egui::Context, picking: Picking, map: &Map, first_frame: bool) -> Option<Picked> {
    let (boundary, heading) = match picking {
        Picking::Tension(b) => (b, "Add a tension"),
        Picking::Activity(b) => (b, "Add an activity"),
        Picking::Statement(..) => return Some(Picked::Cancel),
    };
    if !map.boundaries.contains(boundary) {
        return Some(Picked::Cancel);
    }
    let choices = choices(picking, map);
    let mut picked = None;
    let modal = egui::Modal::new(egui::Id::unique("kind picker")).show(ctx, |ui| {
        super::access::dialog_heading(ui, heading);
        ui.label(format!("On {}", map.describe(boundary)));
        ui.add_space(6.0);
        for (i, choice) in choices.iter().enumerate() {
            let button = ui.add(
                egui::Button::new(RichText::new(&choice.label).strong())
                    .min_size(egui::vec2(320.0, 0.0)),
            );
            if first_frame && i == 0 {
                button.request_focus();
            }
            if !choice.hint.is_empty() {
                super::access::hint_ui(ui, button.id, &choice.hint);
            }
            if button.clicked() {
                picked = Some(Picked::Add(choice.kind.item(map, boundary)));
            }
        }
        ui.add_space(6.0);
        if ui.button("Cancel").clicked() {
            picked = Some(Picked::Cancel);
        }
    });
    if picked.is_none() && modal.should_close() {
        picked = Some(Picked::Cancel);
    }
    picked
}

fn choices(picking: Picking, map: &Map) -> Vec<Choice> {
    match picking {
        Picking::Statement(..) => Vec::new(),
        Picking::Tension(_) => TensionKind::NAMED
            .iter()
            .map(|kind| Choice {
                label: kind.label().to_owned(),
                hint: kind.explanation().to_owned(),
                kind: Kind::Tension(kind.clone()),
            })
            .collect(),
        Picking::Activity(boundary) => suggest(map, boundary)
            .into_iter()
            .map(|s| {
                let suggested = s.score > 0;
                Choice {
                    label: if suggested {
                        format!("{} (suggested)", s.kind.label())
                    } else {
                        s.kind.label().to_owned()
                    },
                    hint: if suggested {
                        s.reason.clone()
                    } else {
                        s.kind.explanation().to_owned()
                    },
                    kind: Kind::Activity(s.kind),
                }
            })
            .collect(),
    }
}

/// Asks what was said for a tension whose kind was just chosen. Gives back
/// whether to keep the words typed (Enter or Add), or to add the tension
/// without them (Escape or Skip), once the person answers.
fn statement_ui(
    ctx: &egui::Context,
    map: &Map,
    tension: &Tension,
    text: &mut String,
    first_frame: bool,
) -> Option<bool> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("tension statement")).show(ctx, |ui| {
        super::access::dialog_heading(ui, "What was said?");
        ui.label(format!(
            "{} on {}, in the room's own words.",
            tension.kind.label(),
            map.describe(tension.boundary)
        ));
        ui.add_space(6.0);
        let field = ui
            .add(
                egui::TextEdit::singleline(text)
                    .hint_text("They never read our discharge notes")
                    .desired_width(360.0),
            )
            .accessible_name("Statement");
        if first_frame {
            field.request_focus();
        }
        let (enter, escape) = ui.input(|i| (i.key_pressed(Key::Enter), i.key_pressed(Key::Escape)));
        if field.lost_focus() && enter {
            answer = Some(true);
        } else if escape {
            answer = Some(false);
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button("Add").clicked() {
                answer = Some(true);
            }
            if ui
                .button("Skip")
                .on_hover_text("Add it without words")
                .clicked()
            {
                answer = Some(false);
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(false);
    }
    answer
}

/// Shows the open kind picker, if any, over `map`; a choice asks for the
/// new item, which is selected once made. A tension's kind leads on to
/// what was said; a new activity's title is then typed on the canvas.
pub fn open_ui(
    ctx: &egui::Context,
    open: &mut Option<(Picking, bool)>,
    map: &Map,
    out: &mut Requests,
) {
    let Some((picking, first)) = open.as_mut() else {
        return;
    };
    let first_frame = std::mem::replace(first, false);
    let picked = match picking {
        Picking::Statement(tension, text) => {
            match statement_ui(ctx, map, tension, text, first_frame) {
                Some(keep) => {
                    let mut tension = (**tension).clone();
                    if keep {
                        tension.statement = text.trim().to_owned();
                    }
                    Some(Picked::Add(tension.into()))
                }
                None => None,
            }
        }
        Picking::Tension(_) | Picking::Activity(_) => {
            match ui(ctx, picking.clone(), map, first_frame) {
                Some(Picked::Add(Item::Tension(t))) => {
                    *open = Some((Picking::Statement(Box::new(t), String::new()), true));
                    return;
                }
                other => other,
            }
        }
    };
    match picked {
        Some(Picked::Add(item)) => {
            *open = None;
            let id = item.id();
            let activity = matches!(item, Item::Activity(_));
            out.edit_and_select(crate::Edit::Add(item), vec![id]);
            if activity {
                out.push(Request::Rename(id));
            }
        }
        Some(Picked::Cancel) => *open = None,
        None => {}
    }
}
