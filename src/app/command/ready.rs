//! Whether each command can run now, what it is called now ("Undo Move 3
//! items") and whether it is the choice in effect (the theme ticked in the
//! menu). One function decides (`handle/availability.rs`), once a frame;
//! the menus, the toolbar, the context menus and the request handler all
//! read its answer.

use std::borrow::Cow;

use super::Command;

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
    /// A number worth showing beside it, such as how many problems the
    /// Problems panel lists.
    pub count: Option<usize>,
}

impl Availability {
    /// A command that can run, under its usual name.
    pub fn new(command: Command) -> Self {
        Self {
            enabled: true,
            label: Cow::Borrowed(command.label()),
            checked: false,
            why: None,
            count: None,
        }
    }

    /// Disabled, with the reason, unless `ok`.
    pub fn unless(mut self, ok: bool, why: &'static str) -> Self {
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
    /// The availability of every command in `commands`.
    pub fn new(states: Vec<(Command, Availability)>) -> Self {
        Self { states }
    }

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
