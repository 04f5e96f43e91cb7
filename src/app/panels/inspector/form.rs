//! A [`Form`]: edits a copy of one item field by field and turns the
//! changes into one edit. Every part of the inspector is built from it.

use eframe::egui::{self, Response, Ui};

use super::Inspector;
use super::widgets::{Choice, Reading, choice_ui, colour_ui, text_ui};
use crate::Edit;
use crate::app::request::Requests;
use crate::model::{Colour, Id, Identified, Item, Meta};

/// A kind from the guide's list, or one the facilitator names.
pub(super) trait Kind: Clone + PartialEq + 'static {
    /// The guide's kinds, in the order a list shows them.
    fn named() -> &'static [Self];
    /// Its short name.
    fn word(&self) -> &str;
    /// A line on what it means.
    fn help(&self) -> &'static str;
    /// A kind of the facilitator's own.
    fn own(name: String) -> Self;
    /// The name of a kind of the facilitator's own.
    fn own_name(&mut self) -> Option<&mut String>;
}

/// Makes a model's kind enum (its `NAMED` list of `count` kinds, `label`,
/// `explanation` and `Other(String)`) a [`Kind`].
macro_rules! kind_from_the_guide {
    ($kind:ty, $count:literal) => {
        impl $crate::app::panels::inspector::form::Kind for $kind {
            fn named() -> &'static [Self] {
                // Kept where a reference to them can live for ever.
                static NAMED: [$kind; $count] = <$kind>::NAMED;
                &NAMED
            }
            fn word(&self) -> &str {
                self.label()
            }
            fn help(&self) -> &'static str {
                self.explanation()
            }
            fn own(name: String) -> Self {
                Self::Other(name)
            }
            fn own_name(&mut self) -> Option<&mut String> {
                match self {
                    Self::Other(name) => Some(name),
                    _ => None,
                }
            }
        }
    };
}
pub(super) use kind_from_the_guide;

/// Which field of the form changed this frame.
#[derive(PartialEq)]
enum Changed {
    Nothing,
    /// Only this text field, so its keystrokes join one undo step.
    Text(String),
    /// Something else, or several fields: a step of its own.
    Other,
}

/// A copy of one item (or of the map's facts) being edited this frame.
/// Each field helper shows a widget and changes the copy; [`Form::finish`]
/// turns the copy into one edit if anything changed.
pub(super) struct Form<'a, T> {
    /// The inspector's memory: focus requests and unfinished text.
    pub state: &'a mut Inspector,
    /// The copy being edited.
    pub item: T,
    before: T,
    prefix: String,
    changed: Changed,
    into_edit: fn(T) -> Edit,
    /// The last field shown, which a hint under it describes.
    last_field: Option<egui::Id>,
}

impl<'a, T: Clone + PartialEq + Identified + Into<Item>> Form<'a, T> {
    /// A form for an item on the map.
    pub fn item(state: &'a mut Inspector, item: &T) -> Self {
        Self {
            state,
            item: item.clone(),
            before: item.clone(),
            prefix: item.id().to_string(),
            changed: Changed::Nothing,
            into_edit: |item| Edit::Update(item.into()),
            last_field: None,
        }
    }
}

impl<'a> Form<'a, Meta> {
    /// A form for the map's facts.
    pub fn meta(state: &'a mut Inspector, meta: &Meta) -> Self {
        Self {
            state,
            item: meta.clone(),
            before: meta.clone(),
            prefix: "meta".to_owned(),
            changed: Changed::Nothing,
            into_edit: Edit::SetMeta,
            last_field: None,
        }
    }
}

impl<T: Clone + PartialEq> Form<'_, T> {
    /// The key of one of this item's fields, such as `"0f3a… name"`.
    pub fn key(&self, field: &str) -> String {
        format!("{} {field}", self.prefix)
    }

    /// Records that a text field changed.
    pub fn text_changed(&mut self, field: &str) {
        let key = self.key(field);
        self.changed = match &self.changed {
            Changed::Nothing => Changed::Text(key),
            Changed::Text(k) if *k == key => Changed::Text(key),
            _ => Changed::Other,
        };
    }

    /// Records that something other than text changed.
    pub fn other_changed(&mut self) {
        self.changed = Changed::Other;
    }

    /// A one-line text field.
    pub fn line(
        &mut self,
        ui: &mut Ui,
        label: &str,
        field: &str,
        value: impl FnOnce(&mut T) -> &mut String,
    ) {
        self.text(ui, label, field, false, value);
    }

    /// A text field of a few lines.
    pub fn area(
        &mut self,
        ui: &mut Ui,
        label: &str,
        field: &str,
        value: impl FnOnce(&mut T) -> &mut String,
    ) {
        self.text(ui, label, field, true, value);
    }

    fn text(
        &mut self,
        ui: &mut Ui,
        label: &str,
        field: &str,
        multiline: bool,
        value: impl FnOnce(&mut T) -> &mut String,
    ) {
        let key = self.key(field);
        let focus = self.state.take_focus(&key);
        let response = text_ui(ui, label, &key, value(&mut self.item), multiline, focus);
        self.last_field = Some(response.id);
        if response.changed() {
            self.text_changed(field);
        }
    }

    /// A line of help under the last field, which also describes that
    /// field to screen readers.
    pub fn hint(&self, ui: &mut Ui, hint: &str) {
        match self.last_field {
            Some(field) => crate::app::panels::access::hint_ui(ui, field, hint),
            None => {
                ui.weak(hint);
            }
        }
    }

    /// A text field for a value read from text, such as a date or a number.
    /// Until the text reads, it is kept as typed, a short message says what
    /// is wrong, and the item keeps its old value.
    pub fn parsed<V: PartialEq>(
        &mut self,
        ui: &mut Ui,
        label: &str,
        field: &str,
        reading: &Reading<V>,
        value: impl FnOnce(&mut T) -> &mut V,
    ) {
        let key = self.key(field);
        let value = value(&mut self.item);
        let mut text = self
            .state
            .drafts
            .get(&key)
            .cloned()
            .unwrap_or_else(|| (reading.show)(value));
        let focus = self.state.take_focus(&key);
        let response = text_ui(ui, label, &key, &mut text, reading.multiline, focus);
        self.last_field = Some(response.id);
        let parsed = (reading.read)(&text);
        if parsed.is_none() {
            ui.colored_label(ui.visuals().warn_fg_color, reading.problem);
        }
        // Keep the text as typed while the field has the keyboard, and
        // afterwards for as long as it does not read.
        let keep = response.has_focus() || parsed.is_none();
        if keep {
            self.state.drafts.insert(key, text);
        } else {
            self.state.drafts.remove(&key);
        }
        if let Some(new) = parsed
            && response.changed()
            && new != *value
        {
            *value = new;
            self.text_changed(field);
        }
    }

    /// A drop-down list.
    pub fn choice<V: PartialEq + Clone>(
        &mut self,
        ui: &mut Ui,
        label: &str,
        options: &[Choice<'_, V>],
        value: impl FnOnce(&mut T) -> &mut V,
    ) {
        let key = self.key(label);
        if choice_ui(ui, label, &key, options, value(&mut self.item)) {
            self.other_changed();
        }
    }

    /// A kind picked from the guide's list, or named by the facilitator.
    pub fn kind<K: Kind>(&mut self, ui: &mut Ui, value: impl Fn(&mut T) -> &mut K) {
        let list_key = self.key("kind list");
        let kind = value(&mut self.item);
        let mut pick = K::named().iter().position(|k| k == kind);
        let mut options: Vec<Choice<'_, Option<usize>>> = K::named()
            .iter()
            .enumerate()
            .map(|(i, k)| (Some(i), k.word(), k.help()))
            .collect();
        options.push((None, "Your own…", "A kind you name yourself."));
        // The drop-down's id, as `choice_ui` makes it in this same `ui`.
        self.last_field = Some(ui.make_persistent_id(&list_key));
        if choice_ui(ui, "Kind", &list_key, &options, &mut pick) {
            *kind = pick.map_or_else(|| K::own(String::new()), |i| K::named()[i].clone());
            self.other_changed();
        }
        let key = self.key("kind");
        let focus = self.state.take_focus(&key);
        if let Some(name) = value(&mut self.item).own_name()
            && text_ui(ui, "Your own kind", &key, name, false, focus).changed()
        {
            self.text_changed("kind");
        }
    }

    /// A tick box.
    pub fn check(
        &mut self,
        ui: &mut Ui,
        label: &str,
        value: impl FnOnce(&mut T) -> &mut bool,
    ) -> Response {
        let response = ui.checkbox(value(&mut self.item), label);
        if response.changed() {
            self.other_changed();
        }
        response
    }

    /// A row of colour swatches.
    pub fn colour(&mut self, ui: &mut Ui, value: impl FnOnce(&mut T) -> &mut Colour) {
        if colour_ui(ui, value(&mut self.item)) {
            self.other_changed();
        }
    }

    /// Ticks a list of ids in or out, one box per option, each named.
    pub fn ticks(
        &mut self,
        ui: &mut Ui,
        options: &[(Id, String)],
        list: impl FnOnce(&mut T) -> &mut Vec<Id>,
    ) {
        let list = list(&mut self.item);
        let mut changed = false;
        for (id, name) in options {
            let mut on = list.contains(id);
            if ui.checkbox(&mut on, name.as_str()).changed() {
                changed = true;
                if on {
                    list.push(*id);
                } else {
                    list.retain(|x| x != id);
                }
            }
        }
        if changed {
            self.other_changed();
        }
    }

    /// Adds the edit to `out` if anything changed.
    pub fn finish(self, out: &mut Requests) {
        if self.item == self.before {
            return;
        }
        let key = match self.changed {
            Changed::Text(key) => Some(key),
            Changed::Nothing | Changed::Other => None,
        };
        out.edit((self.into_edit)(self.item), key);
    }
}

/// The "Pin in place" tick of a community, stakeholder or note.
pub(super) fn pin_ui<T: Clone + PartialEq>(
    f: &mut Form<'_, T>,
    ui: &mut Ui,
    pinned: impl FnOnce(&mut T) -> &mut bool,
) {
    f.check(ui, crate::app::command::Command::Pin.label(), pinned)
        .on_hover_text("Tidying the map leaves it where it is.");
}
