//! The lines the "Find or do" box offers for what was typed: commands by
//! name, items by name, and what a short form would make.

use crate::app::command::{Command, Ready, TextSize, TextStep, Theme};
use crate::capture::find::{self, Hit};
use crate::capture::fold::{self, Strength};
use crate::capture::form::{ACTIVITY, BETWEEN, COMMUNITY, TENSION};
use crate::capture::{self, Action, Plan};
use crate::model::Map;

/// The most items offered at once; more typing narrows them.
const MOST_ITEMS: usize = 20;

/// One line of the box.
#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    /// Run a command.
    Command(Command),
    /// Go to an item.
    Item(Hit),
    /// Make what a short form says (or say why it cannot).
    Capture(Plan),
}

/// What a command is called in the box: its menu name, with the menu it
/// sits under where the name alone says too little ("Theme: Dark").
pub fn command_name(command: Command, ready: &Ready) -> String {
    match command {
        Command::Theme(theme) => format!(
            "Theme: {}",
            match theme {
                Theme::System => "Follow system",
                Theme::Light => "Light",
                Theme::Dark => "Dark",
            }
        ),
        Command::TextSize(TextStep::To(size)) => format!(
            "Text size: {}",
            match size {
                TextSize::Normal => "Normal",
                TextSize::Large => "Large",
                TextSize::Larger => "Larger",
                TextSize::Largest => "Largest",
            }
        ),
        Command::ClearRecent => "Clear recent files".to_owned(),
        other => ready.get(other).label.into_owned(),
    }
}

/// Whether `typed` is one of the short forms that only make things: it
/// starts with `+`, `!` or `>`, or names two sides.
fn is_capture(typed: &str) -> bool {
    typed.starts_with([COMMUNITY, TENSION, ACTIVITY]) || BETWEEN.iter().any(|s| typed.contains(s))
}

/// How well typed words match a command's name: each typed word starts a
/// word of the name, in any order ("dark theme" finds "Theme: Dark").
fn command_match(typed: &str, name: &str) -> Option<Strength> {
    let name = fold::fold(name);
    if typed == name {
        return Some(Strength::Exact);
    }
    let words: Vec<&str> = name.split(' ').collect();
    let all = typed
        .split(' ')
        .all(|t| words.iter().any(|w| w.starts_with(t)));
    all.then_some(Strength::Starts)
}

/// The lines for `typed`, best first. Blank text offers every command.
pub fn rows(typed: &str, map: &Map, ready: &Ready) -> Vec<Row> {
    let typed = typed.trim();
    let offered = Command::ALL.iter().filter(|&&c| c != Command::FindOrDo);
    if typed.is_empty() {
        return offered.map(|&c| Row::Command(c)).collect();
    }
    if is_capture(typed) {
        return capture::plan(map, typed)
            .map(Row::Capture)
            .into_iter()
            .collect();
    }
    let folded = fold::fold(typed);
    let mut commands: Vec<(Strength, Command)> = offered
        .filter_map(|&c| command_match(&folded, &command_name(c, ready)).map(|s| (s, c)))
        .collect();
    commands.sort_by_key(|(s, _)| std::cmp::Reverse(*s));
    let mut rows: Vec<Row> = commands.into_iter().map(|(_, c)| Row::Command(c)).collect();
    rows.extend(
        find::items(map, typed)
            .into_iter()
            .take(MOST_ITEMS)
            .map(Row::Item),
    );
    // Plain text can always become a new community, last, unless a
    // community or stakeholder already has that name.
    if let Some(plan) = capture::plan(map, typed)
        && matches!(plan.action, Action::Make(_))
    {
        rows.push(Row::Capture(plan));
    }
    rows
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "in a test a panic is the report")]

    use super::*;
    use crate::edit::{self, Edit};
    use crate::model::{Community, Id, Meta, Point};

    fn map() -> Map {
        let mut map = Map::new(Meta::default());
        let c = Community::new(Id::from_u64(1), "Social workers", Point::default());
        edit::apply(&mut map, Edit::Add(c.into())).unwrap();
        map
    }

    fn first(typed: &str) -> Row {
        rows(typed, &map(), &Ready::default()).remove(0)
    }

    #[test]
    fn nothing_typed_offers_every_command_but_this_one() {
        let all = rows("  ", &map(), &Ready::default());
        assert_eq!(all.len(), Command::ALL.len() - 1);
        assert!(!all.contains(&Row::Command(Command::FindOrDo)));
    }

    #[test]
    fn commands_are_found_by_the_starts_of_their_words_in_any_order() {
        let dark = Row::Command(Command::Theme(Theme::Dark));
        assert_eq!(first("dark theme"), dark);
        assert_eq!(first("THEME dar"), dark);
        assert_eq!(first("zoom in"), Row::Command(Command::ZoomIn));
        assert_eq!(first("save as"), Row::Command(Command::SaveAs));
        assert_eq!(
            first("largest"),
            Row::Command(Command::TextSize(TextStep::To(TextSize::Largest)))
        );
    }

    #[test]
    fn items_follow_commands_and_new_text_ends_as_a_new_community() {
        let found = rows("soc", &map(), &Ready::default());
        assert!(matches!(&found[0], Row::Item(hit) if hit.name == "Social workers"));
        assert!(
            matches!(found.last(), Some(Row::Capture(plan)) if plan.preview == "New community 'soc'")
        );
        // The same name is not offered again as new.
        let same = rows("social workers", &map(), &Ready::default());
        assert!(!same.iter().any(|r| matches!(r, Row::Capture(_))));
    }

    #[test]
    fn a_short_form_offers_only_what_it_makes() {
        for typed in [
            "+ Nurses",
            "social / nurses",
            "! social / nurses suspicion",
            "> a / b visit",
        ] {
            let found = rows(typed, &map(), &Ready::default());
            assert!(matches!(found.as_slice(), [Row::Capture(_)]), "{typed}");
        }
    }
}
