//! Naming an item where it stands on the canvas: a text field over the
//! item with its whole name selected, so typing replaces it. Enter or a
//! click elsewhere keeps the new name (one undo step); Escape keeps the old.

use eframe::egui::{self, Key, Rect, TextEdit, Ui, UiBuilder, vec2};

use crate::Edit;
use crate::model::{Id, Item, Map};

/// A name being typed on the canvas.
#[derive(Debug, Clone)]
pub struct Renaming {
    /// The item being named.
    pub id: Id,
    /// The text so far.
    pub text: String,
    /// Whether the field has yet to take the keyboard.
    fresh: bool,
}

impl Renaming {
    /// Starts naming `id`, if it is an item with a name on the canvas.
    pub fn start(map: &Map, id: Id) -> Option<Self> {
        Some(Self {
            id,
            text: name_of(map, id)?,
            fresh: true,
        })
    }
}

/// What the field asks for after a frame.
#[allow(
    clippy::large_enum_variant,
    reason = "one is made per frame while a name is typed"
)]
pub enum Outcome {
    /// Still typing.
    Typing,
    /// Done; apply this edit if there is one.
    Done(Option<Edit>),
}

/// The name an item shows on the canvas, which renaming there edits.
pub fn name_of(map: &Map, id: Id) -> Option<String> {
    map.item(id)?.title().map(str::to_owned)
}

/// The item with a new name, or `None` if it has no name on the canvas.
pub fn renamed(map: &Map, id: Id, text: String) -> Option<Item> {
    map.item(id)?.retitled(text)
}

/// Shows the field over `rect` (screen points).
pub fn ui(ui: &mut Ui, renaming: &mut Renaming, rect: Rect, map: &Map) -> Outcome {
    if !map.contains(renaming.id) {
        return Outcome::Done(None);
    }
    let width = rect.width().max(180.0);
    let place = Rect::from_center_size(rect.center(), vec2(width, 30.0));
    let field_id = egui::Id::unique(("rename on canvas", renaming.id));
    let output = ui
        .scope_builder(UiBuilder::new().max_rect(place), |ui| {
            TextEdit::singleline(&mut renaming.text)
                .id(field_id)
                .desired_width(width)
                .align(egui::Align2::CENTER_CENTER)
                .font(egui::TextStyle::Heading)
                .show(ui)
        })
        .inner;
    let response = (*output.response).clone().accessible_name("Name on canvas");
    if renaming.fresh {
        renaming.fresh = false;
        response.request_focus();
        let mut state = output.state;
        state
            .cursor
            .set_char_range(Some(egui::text::CCursorRange::select_all_str(
                &renaming.text,
            )));
        state.store(ui.ctx(), field_id);
        return Outcome::Typing;
    }
    // The field gives up the keyboard on Escape within this frame; it only
    // reports the loss on the next, when the key is gone.
    if (response.has_focus() || response.lost_focus()) && ui.input(|i| i.key_pressed(Key::Escape)) {
        return Outcome::Done(None);
    }
    if response.lost_focus() || !response.has_focus() {
        return Outcome::Done(finish(map, renaming));
    }
    Outcome::Typing
}

/// The edit that keeps what was typed, if it changes anything. A community,
/// stakeholder, activity or group keeps its old name rather than none.
pub fn finish(map: &Map, renaming: &Renaming) -> Option<Edit> {
    let text = renaming.text.trim().to_owned();
    if name_of(map, renaming.id).is_some_and(|old| old == text) {
        return None;
    }
    let may_be_empty = matches!(
        map.item(renaming.id),
        Some(Item::Note(_) | Item::Boundary(_))
    );
    if text.is_empty() && !may_be_empty {
        return None;
    }
    renamed(map, renaming.id, text).map(Edit::Update)
}
