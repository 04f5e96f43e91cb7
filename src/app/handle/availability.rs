//! The one function that decides whether a command can run now, what it is
//! called now and whether it is in effect.

use std::borrow::Cow;

use crate::app::ConveneApp;
use crate::app::command::{Availability, Command, Placed, Ready, TextStep};
use crate::model::{Id, ItemRef, Map};

const NO_MAP: &str = "Open or start a map first.";
const NOTHING_SELECTED: &str = "Select something first.";

impl ConveneApp {
    /// Every command's availability now.
    pub(crate) fn ready(&self) -> Ready {
        Ready::new(
            Command::ALL
                .iter()
                .map(|&c| (c, self.availability(c)))
                .collect(),
        )
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
            Command::New | Command::Open | Command::Import | Command::Cancel => a,
            Command::MergeCopy | Command::CompareWith => a.unless(open, NO_MAP),
            Command::Welcome => Availability {
                checked: self.panels.welcome,
                ..a.unless(open, "The welcome screen is showing.")
            },
            Command::Tidy => a.unless(open, NO_MAP).unless(
                map.is_some_and(|m| m.placed().next().is_some()),
                "Add something to the map first.",
            ),
            Command::Pin => {
                let pins = map.map(|m| pins(m, selection)).unwrap_or_default();
                Availability {
                    checked: !pins.is_empty() && pins.iter().all(|&(_, on)| on),
                    ..a.unless(open, NO_MAP).unless(
                        !pins.is_empty(),
                        "Select a community, stakeholder or note first.",
                    )
                }
            }
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
                matches!((map, selection), (Some(m), [id]) if m.item(*id).is_some_and(|i| i.title().is_some())),
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
            Command::SharingScreen => Availability {
                checked: self.shown.sharing,
                ..a.unless(open, NO_MAP)
            },
            Command::ToggleConflicts => Availability {
                checked: self.panels.conflicts.open,
                ..a.unless(open, NO_MAP)
            },
            Command::ToggleViews => Availability {
                checked: self.panels.views.open,
                ..a.unless(open, NO_MAP)
            },
            Command::Present | Command::PresentHere => a
                .unless(open, NO_MAP)
                .unless(!self.talk.is_on(), "The map is being presented."),
            Command::StopPresenting => a.unless(self.talk.is_on(), "The map is not being presented."),
            Command::Save
            | Command::SaveAs
            | Command::Export
            | Command::Paste
            | Command::SelectAll
            | Command::Add(Placed::Community | Placed::Stakeholder | Placed::Note)
            | Command::ZoomFit
            | Command::ZoomIn
            | Command::ZoomOut
            | Command::ZoomReset
            | Command::Find
            | Command::FindOrDo => a.unless(open, NO_MAP),
            Command::GoToMap => a
                .unless(open, NO_MAP)
                .unless(!self.panels.welcome, "The welcome screen is showing.")
                .unless(!self.talk.is_on(), "The map is being presented."),
            Command::ToggleOverview => Availability {
                checked: open && self.panels.overview.shown,
                ..a.unless(open, NO_MAP)
            },
            Command::ToggleProblems => Availability {
                checked: open && self.panels.problems.open,
                count: open.then(|| self.panels.problems.count()),
                ..a.unless(open, NO_MAP)
            },
            Command::ToggleInspector => Availability {
                checked: open && self.panels.inspector_shown,
                ..a.unless(open, NO_MAP)
            },
        }
    }
}

/// The selected communities, stakeholders and notes, each with whether it
/// is pinned: what the Pin command changes.
pub(crate) fn pins(map: &Map, selection: &[Id]) -> Vec<(Id, bool)> {
    selection
        .iter()
        .filter_map(|&id| {
            let pinned = match map.item_ref(id)? {
                ItemRef::Community(c) => c.pinned,
                ItemRef::Stakeholder(s) => s.pinned,
                ItemRef::Note(n) => n.pinned,
                _ => return None,
            };
            Some((id, pinned))
        })
        .collect()
}
