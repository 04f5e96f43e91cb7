//! The kind pickers that add a tension or an activity to the selected
//! boundary (from the keyboard, the toolbar or the inspector): a short list in a dialog, the best choice
//! first and focused, so Enter takes it, Tab moves on, Escape closes.

use eframe::egui::{self, RichText};

use crate::app::request::Requests;
use crate::model::{
    ActivityKind, Id, Item, Map, Severity, Tension, TensionKind, new_activity, suggest,
};

/// What is being picked, and for which boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picking {
    /// A kind of tension.
    Tension(Id),
    /// A kind of activity.
    Activity(Id),
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
    };
    if !map.boundaries.contains(boundary) {
        return Some(Picked::Cancel);
    }
    let choices = choices(picking, map);
    let mut picked = None;
    let modal = egui::Modal::new(egui::Id::unique("kind picker")).show(ctx, |ui| {
        ui.heading(heading);
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
                ui.label(RichText::new(&choice.hint).small().weak());
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

/// Shows the open kind picker, if any, over `map`; a choice asks for the
/// new item, which is selected once made.
pub fn open_ui(
    ctx: &egui::Context,
    open: &mut Option<(Picking, bool)>,
    map: &Map,
    out: &mut Requests,
) {
    let Some((picking, first)) = *open else {
        return;
    };
    *open = Some((picking, false));
    match ui(ctx, picking, map, first) {
        Some(Picked::Add(item)) => {
            *open = None;
            let id = item.id();
            out.edit_and_select(crate::Edit::Add(item), vec![id]);
        }
        Some(Picked::Cancel) => *open = None,
        None => {}
    }
}
