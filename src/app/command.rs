//! The one list of commands: each has one label and one shortcut, shared by
//! the menus, the keyboard and the tests.

use eframe::egui::{Key, KeyboardShortcut, Modifiers};

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
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Delete the selected items.
    Delete,
    /// Select every community and stakeholder.
    SelectAll,
    /// Clear the selection, or stop what is in progress.
    Cancel,
    /// Add a community in the middle of the view.
    AddCommunity,
    /// Add a stakeholder in the middle of the view.
    AddStakeholder,
    /// Add a sticky note in the middle of the view.
    AddNote,
    /// Draw a boundary between the selected communities and stakeholders.
    Connect,
    /// Show the whole map.
    ZoomFit,
    /// Zoom in.
    ZoomIn,
    /// Zoom out.
    ZoomOut,
    /// Find text anywhere on the map.
    Find,
    /// Show or hide the overview panel.
    ToggleOverview,
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Command; 18] = [
        Command::New,
        Command::Open,
        Command::Save,
        Command::SaveAs,
        Command::Undo,
        Command::Redo,
        Command::Delete,
        Command::SelectAll,
        Command::Cancel,
        Command::AddCommunity,
        Command::AddStakeholder,
        Command::AddNote,
        Command::Connect,
        Command::ZoomFit,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::Find,
        Command::ToggleOverview,
    ];

    /// The name shown in menus and buttons.
    pub fn label(self) -> &'static str {
        match self {
            Self::New => "New map",
            Self::Open => "Open…",
            Self::Save => "Save",
            Self::SaveAs => "Save as…",
            Self::Undo => "Undo",
            Self::Redo => "Redo",
            Self::Delete => "Delete",
            Self::SelectAll => "Select all",
            Self::Cancel => "Deselect",
            Self::AddCommunity => "Add community",
            Self::AddStakeholder => "Add stakeholder",
            Self::AddNote => "Add note",
            Self::Connect => "Connect as boundary",
            Self::ZoomFit => "Show whole map",
            Self::ZoomIn => "Zoom in",
            Self::ZoomOut => "Zoom out",
            Self::Find => "Find…",
            Self::ToggleOverview => "Overview panel",
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
            Self::Undo => vec![cmd(Key::Z)],
            Self::Redo => vec![cmd_shift(Key::Z), cmd(Key::Y)],
            Self::Delete => vec![plain(Key::Delete)],
            Self::SelectAll => vec![cmd(Key::A)],
            Self::Cancel => vec![plain(Key::Escape)],
            Self::AddCommunity => vec![cmd_shift(Key::C)],
            Self::AddStakeholder => vec![cmd_shift(Key::K)],
            Self::AddNote => vec![cmd_shift(Key::N)],
            Self::Connect => vec![cmd_shift(Key::B)],
            Self::ZoomFit => vec![cmd(Key::Num0)],
            Self::ZoomIn => vec![plain(Key::Plus), plain(Key::Equals)],
            Self::ZoomOut => vec![plain(Key::Minus)],
            Self::Find => vec![cmd(Key::F)],
            Self::ToggleOverview => vec![],
        }
    }

    /// Whether the command's shortcut must wait while a text field has the
    /// keyboard (plain keys such as Delete and + belong to the text then).
    pub fn yields_to_text(self) -> bool {
        matches!(
            self,
            Self::Delete | Self::SelectAll | Self::ZoomIn | Self::ZoomOut | Self::Undo | Self::Redo
        )
    }
}
