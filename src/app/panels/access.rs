//! Names, values and announcements for screen readers where egui's own
//! widgets leave them out: named menus, dialogs and panels, drop-down lists
//! whose name carries their value, hints that describe their field, counts
//! that are read out when they change, and banners that are alerts.

use eframe::egui::{self, Id, Response, Ui, UiKind, accesskit};

/// Names the nearest container of `kind` around `ui` (a menu, a dialog, a
/// panel), which egui leaves nameless.
pub fn name_enclosing(ui: &Ui, kind: UiKind, name: &str) {
    if let Some(id) = enclosing(ui, kind) {
        name_node(ui.ctx(), id, accesskit::Role::Unknown, name);
    }
}

/// The nearest container of `kind` around `ui`.
fn enclosing(ui: &Ui, kind: UiKind) -> Option<Id> {
    ui.stack()
        .iter()
        .find(|s| s.info.kind == Some(kind))
        .map(|s| s.unique_id)
}

/// Names the container `ui` itself and, when `role` is not
/// [`accesskit::Role::Unknown`], gives it that role.
pub fn name_this(ui: &Ui, role: accesskit::Role, name: &str) {
    name_node(ui.ctx(), ui.unique_id(), role, name);
}

fn name_node(ctx: &egui::Context, id: Id, role: accesskit::Role, name: &str) {
    ctx.accesskit_node_builder(id, |node| {
        if role != accesskit::Role::Unknown {
            node.set_role(role);
        }
        node.set_label(name);
    });
}

/// The name of a drop-down list with its value, "Severity: 4". egui gives
/// the list its value, but AT-SPI (accesskit_atspi 0.21) passes a list's
/// text value on to no screen reader, so the name carries it.
pub fn name_with_value(label: &str, value: &str) -> String {
    let value = if value.trim().is_empty() {
        "not set"
    } else {
        value
    };
    format!("{label}: {value}")
}

/// Gives a drop-down list the name [`name_with_value`] makes.
pub fn name_choice(response: &Response, label: &str, value: &str) {
    name_node(
        &response.ctx,
        response.id,
        accesskit::Role::Unknown,
        &name_with_value(label, value),
    );
}

/// Shows a hint under a field and makes it the field's description, so a
/// screen reader reads it with the field rather than as a loose line.
pub fn hint_ui(ui: &mut Ui, field: Id, hint: &str) {
    ui.weak(hint);
    describe(ui.ctx(), field, hint);
}

/// Makes `words` the description of the widget `field`. A screen reader
/// reads a focused field's description out when it changes (Orca 43 does
/// this, though it reads no live region outside a web page).
pub fn describe(ctx: &egui::Context, field: Id, words: &str) {
    ctx.accesskit_node_builder(field, |node| {
        node.set_description(words);
    });
}

/// Makes a widget a polite live region: a screen reader reads its new text
/// when it changes, without cutting in (Find's "3 of 12").
pub fn polite(response: &Response) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_live(accesskit::Live::Polite);
    });
}

/// Makes a line of text an alert: a screen reader reads `text` out at
/// once (load errors, recovery offers, the sharing notice).
pub fn alert(response: &Response, text: &str) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_role(accesskit::Role::Alert);
        node.set_label(text);
        node.set_live(accesskit::Live::Assertive);
    });
}

/// A dialog's heading, which also names the dialog for screen readers: the
/// dialog is labelled by the heading (as a web page's `aria-labelledby`),
/// so the two are one name, not two nodes that share a name.
pub fn dialog_heading(ui: &mut Ui, heading: &str) {
    let label = ui.heading(heading);
    if let Some(id) = enclosing(ui, UiKind::Modal) {
        ui.ctx().accesskit_node_builder(id, |node| {
            node.push_labelled_by(label.id.accesskit_id());
        });
    }
}

/// Names the side panel around `ui` (of `kind`) for screen readers, which
/// otherwise meet a nameless pane.
pub fn name_panel(ui: &Ui, kind: UiKind, name: &str) {
    if let Some(id) = enclosing(ui, kind) {
        name_node(ui.ctx(), id, accesskit::Role::Pane, name);
    }
}

/// Names the handle that resizes the panel shown in `parent` under
/// `salt` ("Inspector width"); egui calls every such handle "Resize
/// panel". The handle's id is made as egui makes it.
pub fn name_resize_handle(parent: &Ui, salt: &str, name: &str) {
    let id = parent.scope_id().with(salt).with("__resize");
    name_node(parent.ctx(), id, accesskit::Role::Unknown, name);
}

/// Makes a button one of a row of choices of which one is chosen (the
/// severity, 1 to 5): a radio button that says whether it is the chosen
/// one, and which of how many it is.
pub fn radio(response: &Response, chosen: bool, place: usize, of: usize) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_role(accesskit::Role::RadioButton);
        node.set_toggled(if chosen {
            accesskit::Toggled::True
        } else {
            accesskit::Toggled::False
        });
        node.set_position_in_set(place);
        node.set_size_of_set(of);
    });
}

/// Says whether a folding section is open where a screen reader on Linux
/// hears it. egui marks the section expanded or collapsed, but AT-SPI
/// (accesskit_atspi 0.21) passes that on to no screen reader; it does pass
/// on a toggle button's "pressed", so an open section is a pressed one.
pub fn section_state<R>(section: &egui::CollapsingResponse<R>) {
    let open = section.openness > 0.5;
    let header = &section.header_response;
    header.ctx.accesskit_node_builder(header.id, |node| {
        node.set_toggled(if open {
            accesskit::Toggled::True
        } else {
            accesskit::Toggled::False
        });
    });
}
