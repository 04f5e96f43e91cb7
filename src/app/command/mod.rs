//! The one list of commands: each has one label and one shortcut, shared by
//! the menus, the keyboard and the tests.

mod ready;

pub use ready::{Availability, Ready};

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};

pub use crate::file::{TextSize, Theme};

/// Something the person can ask the app to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    /// Start a new, empty map.
    New,
    /// Open a map file.
    Open,
    /// Save the map to its file.
    Save,
    /// Save the map to a new file.
    SaveAs,
    /// Bring in a file another tool wrote (a JSON Canvas) as a new map.
    Import,
    /// List what differs between this map and another copy of it.
    CompareWith,
    /// Combine another copy of this map into it, as one undo step.
    MergeCopy,
    /// Export the map: a picture, the report, a spreadsheet or an open
    /// format.
    Export,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Delete the selected items.
    Delete,
    /// Copy the selected items.
    Copy,
    /// Copy the selected items, then delete them.
    Cut,
    /// Paste what was copied.
    Paste,
    /// Add copies of the selected items next to them.
    Duplicate,
    /// Rename the selected item.
    Rename,
    /// Select every community, stakeholder and note.
    SelectAll,
    /// Stop what is in progress, or clear the selection.
    Cancel,
    /// Add a community, stakeholder or note in the middle of the view.
    Add(Placed),
    /// Draw a boundary between the selected communities and stakeholders.
    Connect,
    /// Add a tension to the selected boundary.
    AddTension,
    /// Add an activity to the selected boundary.
    AddActivity,
    /// Show the whole map.
    ZoomFit,
    /// Zoom in.
    ZoomIn,
    /// Zoom out.
    ZoomOut,
    /// Show the map at its actual size.
    ZoomReset,
    /// Empty the list of recent files.
    ClearRecent,
    /// Use this colour scheme.
    Theme(Theme),
    /// Change the size of text and controls.
    TextSize(TextStep),
    /// Find text anywhere on the map.
    Find,
    /// Find any command or item by name, or add something in a few words.
    FindOrDo,
    /// Show or hide the overview panel.
    ToggleOverview,
    /// Hide confidential items everywhere, for a shared screen.
    SharingScreen,
    /// Show or hide the saved views panel.
    ToggleViews,
    /// Show or hide the list of merge conflicts still to settle.
    ToggleConflicts,
    /// Show the map full screen, step by step through its saved views.
    Present,
    /// Present from the saved view nearest the part of the map shown now.
    PresentHere,
    /// Leave the presentation and go back to editing.
    StopPresenting,
    /// Show or hide the inspector panel.
    ToggleInspector,
    /// Show or hide the Problems panel: what on the map looks odd.
    ToggleProblems,
    /// Spread the map out so that nothing overlaps.
    Tidy,
    /// Keep the selected items where they are when the map is tidied (or
    /// let them move again).
    Pin,
    /// Show the welcome screen, with its examples, over the map (or go back
    /// to the map from it).
    Welcome,
    /// Put the keyboard on the map, to walk it with the arrow keys.
    GoToMap,
}

/// The items that stand on their own on the canvas and are added by a
/// command.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Placed {
    /// A community of practice.
    Community,
    /// A stakeholder.
    Stakeholder,
    /// A sticky note.
    Note,
}

/// A change of text size: to a given step, or one step either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextStep {
    /// Exactly this size.
    To(TextSize),
    /// One step larger.
    Bigger,
    /// One step smaller.
    Smaller,
}

impl Command {
    /// Every command, each member of a family listed on its own. Menus
    /// choose their own order; this list is for the keyboard and tests.
    pub const ALL: [Command; 53] = [
        Command::New,
        Command::Open,
        Command::Save,
        Command::SaveAs,
        Command::Import,
        Command::CompareWith,
        Command::MergeCopy,
        Command::Export,
        Command::Undo,
        Command::Redo,
        Command::Delete,
        Command::Copy,
        Command::Cut,
        Command::Paste,
        Command::Duplicate,
        Command::Rename,
        Command::SelectAll,
        Command::Cancel,
        Command::Add(Placed::Community),
        Command::Add(Placed::Stakeholder),
        Command::Add(Placed::Note),
        Command::Connect,
        Command::AddTension,
        Command::AddActivity,
        Command::ZoomFit,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::ZoomReset,
        Command::ClearRecent,
        Command::Theme(Theme::System),
        Command::Theme(Theme::Light),
        Command::Theme(Theme::Dark),
        Command::TextSize(TextStep::To(TextSize::Normal)),
        Command::TextSize(TextStep::To(TextSize::Large)),
        Command::TextSize(TextStep::To(TextSize::Larger)),
        Command::TextSize(TextStep::To(TextSize::Largest)),
        Command::TextSize(TextStep::Bigger),
        Command::TextSize(TextStep::Smaller),
        Command::Find,
        Command::FindOrDo,
        Command::ToggleOverview,
        Command::SharingScreen,
        Command::ToggleViews,
        Command::ToggleConflicts,
        Command::Present,
        Command::PresentHere,
        Command::StopPresenting,
        Command::ToggleInspector,
        Command::ToggleProblems,
        Command::Tidy,
        Command::Pin,
        Command::Welcome,
        Command::GoToMap,
    ];

    /// The name shown in menus and buttons.
    pub fn label(self) -> &'static str {
        match self {
            Self::New => "New map",
            Self::Open => "Open…",
            Self::Save => "Save",
            Self::SaveAs => "Save as…",
            Self::Import => "Import…",
            Self::CompareWith => "Compare with another copy…",
            Self::MergeCopy => "Merge another copy…",
            Self::Export => "Export…",
            Self::Undo => "Undo",
            Self::Redo => "Redo",
            Self::Delete => "Delete",
            Self::Copy => "Copy",
            Self::Cut => "Cut",
            Self::Paste => "Paste",
            Self::Duplicate => "Duplicate",
            Self::Rename => "Rename",
            Self::SelectAll => "Select all",
            Self::Cancel => "Deselect",
            Self::Add(Placed::Community) => "Add community",
            Self::Add(Placed::Stakeholder) => "Add stakeholder",
            Self::Add(Placed::Note) => "Add note",
            Self::Connect => "Connect as boundary",
            Self::AddTension => "Add tension…",
            Self::AddActivity => "Add activity…",
            Self::ZoomFit => "Show whole map",
            Self::ZoomIn => "Zoom in",
            Self::ZoomOut => "Zoom out",
            Self::ZoomReset => "Actual size",
            Self::ClearRecent => "Clear the list",
            Self::Theme(Theme::System) => "Follow system",
            Self::Theme(Theme::Light) => "Light",
            Self::Theme(Theme::Dark) => "Dark",
            Self::TextSize(TextStep::To(size)) => match size {
                TextSize::Normal => "Normal",
                TextSize::Large => "Large",
                TextSize::Larger => "Larger",
                TextSize::Largest => "Largest",
            },
            Self::TextSize(TextStep::Bigger) => "Bigger text",
            Self::TextSize(TextStep::Smaller) => "Smaller text",
            Self::Find => "Find…",
            Self::FindOrDo => "Find or do…",
            Self::ToggleOverview => "Overview panel",
            Self::SharingScreen => "Sharing screen",
            Self::ToggleViews => "Saved views",
            Self::ToggleConflicts => "Merge conflicts",
            Self::Present => "Present",
            Self::PresentHere => "Present from here",
            Self::StopPresenting => "Stop presenting",
            Self::ToggleInspector => "Inspector panel",
            Self::ToggleProblems => "Problems panel",
            Self::Tidy => "Tidy the map",
            Self::Pin => "Pin in place",
            Self::Welcome => "Welcome screen",
            Self::GoToMap => "Go to the map",
        }
    }

    /// The keyboard shortcuts, the first of which menus show.
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        const fn cmd(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::COMMAND, key)
        }
        const fn cmd_shift(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
        }
        const fn plain(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::NONE, key)
        }
        match self {
            Self::New => vec![cmd(Key::N)],
            Self::Open => vec![cmd(Key::O)],
            Self::Save => vec![cmd(Key::S)],
            Self::SaveAs => vec![cmd_shift(Key::S)],
            Self::Export => vec![cmd(Key::E)],
            Self::Undo => vec![cmd(Key::Z)],
            Self::Redo => vec![cmd_shift(Key::Z), cmd(Key::Y)],
            Self::Delete => vec![plain(Key::Delete)],
            Self::Copy => vec![cmd(Key::C)],
            Self::Cut => vec![cmd(Key::X)],
            Self::Paste => vec![cmd(Key::V)],
            Self::Duplicate => vec![cmd(Key::D)],
            Self::Rename => vec![plain(Key::F2)],
            Self::SelectAll => vec![cmd(Key::A)],
            Self::Cancel => vec![plain(Key::Escape)],
            Self::Add(Placed::Community) => vec![cmd_shift(Key::C)],
            Self::Add(Placed::Stakeholder) => vec![cmd_shift(Key::K)],
            Self::Add(Placed::Note) => vec![cmd_shift(Key::N)],
            Self::Connect => vec![cmd_shift(Key::B)],
            Self::AddTension => vec![cmd_shift(Key::T)],
            Self::AddActivity => vec![cmd_shift(Key::A)],
            Self::ZoomFit => vec![cmd(Key::Num0)],
            Self::ZoomIn => vec![plain(Key::Plus), plain(Key::Equals)],
            Self::ZoomOut => vec![plain(Key::Minus)],
            Self::ZoomReset => vec![cmd(Key::Num1)],
            // Ctrl with + and - sizes the app's text, as in a web browser;
            // the keys alone zoom the canvas.
            Self::TextSize(TextStep::Bigger) => vec![cmd(Key::Equals), cmd(Key::Plus)],
            Self::TextSize(TextStep::Smaller) => vec![cmd(Key::Minus)],
            Self::Find => vec![cmd(Key::F)],
            Self::SharingScreen => vec![cmd_shift(Key::H)],
            Self::Present => vec![plain(Key::F5)],
            Self::PresentHere => vec![KeyboardShortcut::new(Modifiers::SHIFT, Key::F5)],
            // O for the overview on the left, I for the inspector on the right.
            Self::ToggleOverview => vec![cmd_shift(Key::O)],
            Self::ToggleInspector => vec![cmd_shift(Key::I)],
            // M for markers, as the problems list in many code editors.
            Self::ToggleProblems => vec![cmd_shift(Key::M)],
            Self::FindOrDo => vec![cmd(Key::K)],
            Self::Tidy => vec![cmd_shift(Key::L)],
            // F6 moves between the parts of a window in many programs.
            Self::GoToMap => vec![plain(Key::F6)],
            Self::ClearRecent
            | Self::Import
            | Self::MergeCopy
            | Self::CompareWith
            | Self::Pin
            | Self::Welcome
            | Self::Theme(_)
            | Self::TextSize(TextStep::To(_))
            | Self::ToggleViews
            | Self::ToggleConflicts
            // Escape, which stops a presentation, is Deselect's shortcut;
            // while presenting it is read with the step keys instead.
            | Self::StopPresenting => Vec::new(),
        }
    }

    /// Whether the command switches something on and off (a panel, the
    /// theme, sharing the screen), so that its button or menu item says
    /// whether it is on; the others are plain buttons that do one thing.
    pub fn is_switch(self) -> bool {
        matches!(
            self,
            Self::Welcome
                | Self::Pin
                | Self::Theme(_)
                | Self::TextSize(TextStep::To(_))
                | Self::SharingScreen
                | Self::ToggleConflicts
                | Self::ToggleViews
                | Self::ToggleOverview
                | Self::ToggleProblems
                | Self::ToggleInspector
        )
    }

    /// Adds a menu item for the command as it stands now: its label, its
    /// first shortcut on the right, a tick when it is in effect, greyed out
    /// (with the reason on hover) when it cannot run. Screen readers hear
    /// the label alone. Gives back whether it was chosen.
    pub fn menu_item(self, ui: &mut egui::Ui, ready: &Ready) -> bool {
        let a = ready.get(self);
        let mut button = egui::Button::new(a.label.as_ref());
        if self.is_switch() {
            button = button.selected(a.checked);
        }
        if let Some(sc) = self.shortcuts().first() {
            button = button.shortcut_text(ui.ctx().format_shortcut(sc));
        }
        let mut response = ui.add_enabled(a.enabled, button);
        if let Some(why) = a.why {
            response = response.on_disabled_hover_text(why);
        }
        response.accessible_name(a.label.as_ref()).clicked()
    }

    /// Whether the command's shortcut must wait while a text field has the
    /// keyboard (plain keys such as Delete and + belong to the text then).
    pub fn yields_to_text(self) -> bool {
        matches!(
            self,
            Self::Delete
                | Self::SelectAll
                | Self::ZoomIn
                | Self::ZoomOut
                | Self::Undo
                | Self::Redo
                | Self::Copy
                | Self::Cut
                | Self::Paste
                | Self::Duplicate
                | Self::Rename
                | Self::Cancel
        )
    }
}
