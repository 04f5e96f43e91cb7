//! Whether each command can run now, what it is called now ("Undo Move 3
//! items") and whether it is the choice in effect (the theme ticked in the
//! menu). One function decides, once a frame; the menus, the toolbar, the
//! context menus and the request handler all read its answer.

use std::borrow::Cow;

use super::{Command, Placed, TextStep};
use crate::app::ConveneApp;
use crate::app::canvas::rename;

/// What a command looks like and whether it can run, right now.
#[derive(Debug, Clone, PartialEq)]
pub struct Availability {
    /// Whether it can run.
    pub enabled: bool,
    /// Its name now, such as "Undo Move 3 items".
    pub label: Cow<'static, str>,
    /// Whether it is the choice in effect (a theme, a text size).
    pub checked: bool,
    /// Why it cannot run, in a few words, when it cannot.
    pub why: Option<&'static str>,
}

impl Availability {
    fn new(command: Command) -> Self {
        Self {
            enabled: true,
            label: Cow::Borrowed(command.label()),
            checked: false,
            why: None,
        }
    }

    /// Disabled, with the reason, unless `ok`.
    fn unless(mut self, ok: bool, why: &'static str) -> Self {
        if !ok && self.enabled {
            self.enabled = false;
            self.why = Some(why);
        }
        self
    }
}

/// Every command's availability for one frame. The default has every
/// command enabled (for driving the canvas alone, as the benchmarks do).
#[derive(Debug, Clone, Default)]
pub struct Ready {
    states: Vec<(Command, Availability)>,
}

impl Ready {
    /// The availability of a command.
    pub fn get(&self, command: Command) -> Availability {
        self.states
            .iter()
            .find(|(c, _)| *c == command)
            .map_or_else(|| Availability::new(command), |(_, a)| a.clone())
    }

    /// Whether a command can run now.
    pub fn can_run(&self, command: Command) -> bool {
        self.get(command).enabled
    }
}

const NO_MAP: &str = "Open or start a map first.";
const NOTHING_SELECTED: &str = "Select something first.";

impl ConveneApp {
    /// Every command's availability now.
    pub(crate) fn ready(&self) -> Ready {
        Ready {
            states: Command::ALL
                .iter()
                .map(|&c| (c, self.availability(c)))
                .collect(),
        }
    }

    /// Whether `command` can run now, what it is called now and whether it
    /// is in effect: the one place that decides.
    pub fn availability(&self, command: Command) -> Availability {
        let a = Availability::new(command);
        let doc = self.work.as_ref().map(|w| &w.doc);
        let map = doc.map(|d| d.map());
        let selection = self.selection.ids();
        let open = map.is_some();
        let (theme, size) = (self.settings.prefs.theme, self.settings.prefs.text_size);
        match command {
            Command::New | Command::Open | Command::Cancel => a,
            Command::Theme(t) => Availability {
                checked: t == theme,
                ..a
            },
            Command::TextSize(TextStep::To(s)) => Availability {
                checked: s == size,
                ..a
            },
            Command::TextSize(TextStep::Bigger) => {
                a.unless(size.larger() != size, "The text is as large as it goes.")
            }
            Command::TextSize(TextStep::Smaller) => {
                a.unless(size.smaller() != size, "The text is as small as it goes.")
            }
            Command::ClearRecent => a.unless(
                !self.settings.prefs.recent.is_empty(),
                "No files were opened recently.",
            ),
            Command::Undo => match doc.and_then(|d| d.undo_label()) {
                Some(step) => Availability {
                    label: Cow::Owned(format!("Undo {step}")),
                    ..a
                },
                None => a.unless(false, "Nothing to undo."),
            },
            Command::Redo => match doc.and_then(|d| d.redo_label()) {
                Some(step) => Availability {
                    label: Cow::Owned(format!("Redo {step}")),
                    ..a
                },
                None => a.unless(false, "Nothing to redo."),
            },
            Command::Delete | Command::Copy | Command::Cut | Command::Duplicate => a
                .unless(open, NO_MAP)
                .unless(!selection.is_empty(), NOTHING_SELECTED),
            Command::Rename => a.unless(open, NO_MAP).unless(
                matches!((map, selection), (Some(m), [id]) if rename::name_of(m, *id).is_some()),
                "Select one item with a name.",
            ),
            Command::Connect => a.unless(open, NO_MAP).unless(
                map.is_some_and(|m| self.selection.sides_to_connect(m).len() >= 2),
                "Select two or more communities or stakeholders first (Shift+click).",
            ),
            Command::AddTension | Command::AddActivity => a.unless(open, NO_MAP).unless(
                map.is_some_and(|m| self.selection.boundary(m).is_some()),
                "Select a boundary first.",
            ),
            Command::Save
            | Command::SaveAs
            | Command::Paste
            | Command::SelectAll
            | Command::Add(Placed::Community | Placed::Stakeholder | Placed::Note)
            | Command::ZoomFit
            | Command::ZoomIn
            | Command::ZoomOut
            | Command::ZoomReset
            | Command::Find
            | Command::ToggleOverview => a.unless(open, NO_MAP),
        }
    }
}
