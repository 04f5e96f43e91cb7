//! The one list of commands: each has one label and one shortcut, shared by
//! the menus, the keyboard and the tests.

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};

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
    /// Use the system's colour scheme.
    ThemeSystem,
    /// Use dark text on a light background.
    ThemeLight,
    /// Use light text on a dark background.
    ThemeDark,
    /// Draw text and controls at their normal size.
    TextNormal,
    /// Draw text and controls a quarter larger.
    TextLarge,
    /// Draw text and controls half as large again.
    TextLarger,
    /// Draw text and controls twice as large.
    TextLargest,
    /// Make text and controls one step larger.
    TextBigger,
    /// Make text and controls one step smaller.
    TextSmaller,
    /// Find text anywhere on the map.
    Find,
    /// Show or hide the overview panel.
    ToggleOverview,
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Command; 36] = [
        Command::New,
        Command::Open,
        Command::Save,
        Command::SaveAs,
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
        Command::AddCommunity,
        Command::AddStakeholder,
        Command::AddNote,
        Command::Connect,
        Command::AddTension,
        Command::AddActivity,
        Command::ZoomFit,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::ZoomReset,
        Command::ClearRecent,
        Command::ThemeSystem,
        Command::ThemeLight,
        Command::ThemeDark,
        Command::TextNormal,
        Command::TextLarge,
        Command::TextLarger,
        Command::TextLargest,
        Command::TextBigger,
        Command::TextSmaller,
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
            Self::Copy => "Copy",
            Self::Cut => "Cut",
            Self::Paste => "Paste",
            Self::Duplicate => "Duplicate",
            Self::Rename => "Rename",
            Self::SelectAll => "Select all",
            Self::Cancel => "Deselect",
            Self::AddCommunity => "Add community",
            Self::AddStakeholder => "Add stakeholder",
            Self::AddNote => "Add note",
            Self::Connect => "Connect as boundary",
            Self::AddTension => "Add tension…",
            Self::AddActivity => "Add activity…",
            Self::ZoomFit => "Show whole map",
            Self::ZoomIn => "Zoom in",
            Self::ZoomOut => "Zoom out",
            Self::ZoomReset => "Actual size",
            Self::ClearRecent => "Clear the list",
            Self::ThemeSystem => "Follow system",
            Self::ThemeLight => "Light",
            Self::ThemeDark => "Dark",
            Self::TextNormal => "Normal",
            Self::TextLarge => "Large",
            Self::TextLarger => "Larger",
            Self::TextLargest => "Largest",
            Self::TextBigger => "Bigger text",
            Self::TextSmaller => "Smaller text",
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
            Self::Copy => vec![cmd(Key::C)],
            Self::Cut => vec![cmd(Key::X)],
            Self::Paste => vec![cmd(Key::V)],
            Self::Duplicate => vec![cmd(Key::D)],
            Self::Rename => vec![plain(Key::F2)],
            Self::SelectAll => vec![cmd(Key::A)],
            Self::Cancel => vec![plain(Key::Escape)],
            Self::AddCommunity => vec![cmd_shift(Key::C)],
            Self::AddStakeholder => vec![cmd_shift(Key::K)],
            Self::AddNote => vec![cmd_shift(Key::N)],
            Self::Connect => vec![cmd_shift(Key::B)],
            Self::AddTension => vec![cmd_shift(Key::T)],
            Self::AddActivity => vec![cmd_shift(Key::A)],
            Self::ZoomFit => vec![cmd(Key::Num0)],
            Self::ZoomIn => vec![plain(Key::Plus), plain(Key::Equals)],
            Self::ZoomOut => vec![plain(Key::Minus)],
            Self::ZoomReset => vec![cmd(Key::Num1)],
            // Ctrl with + and - sizes the app's text, as in a web browser;
            // the keys alone zoom the canvas.
            Self::TextBigger => vec![cmd(Key::Equals), cmd(Key::Plus)],
            Self::TextSmaller => vec![cmd(Key::Minus)],
            Self::ClearRecent
            | Self::ThemeSystem
            | Self::ThemeLight
            | Self::ThemeDark
            | Self::TextNormal
            | Self::TextLarge
            | Self::TextLarger
            | Self::TextLargest => Vec::new(),
            Self::Find => vec![cmd(Key::F)],
            Self::ToggleOverview => Vec::new(),
        }
    }

    /// Adds a menu item for the command: its label, its first shortcut on
    /// the right, and a tick when `selected`. Screen readers hear the label
    /// alone.
    pub fn menu_item(self, ui: &mut egui::Ui, selected: bool) -> egui::Response {
        let mut button = egui::Button::new(self.label()).selected(selected);
        if let Some(sc) = self.shortcuts().first() {
            button = button.shortcut_text(ui.ctx().format_shortcut(sc));
        }
        ui.add(button).accessible_name(self.label())
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
