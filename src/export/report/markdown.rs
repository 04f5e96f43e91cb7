//! The workshop report written as Markdown, section by section.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::escape::md;
use super::gaps::{Gaps, gaps};
use super::rows::{self, Action, ActionColumn, TensionColumn, TensionLine};
use super::words;
use crate::export::{Prepared, left_out_words};
use crate::model::query::BoundaryRow;
use crate::model::{Id, IdBuildHasher, Map};

/// What an empty table cell shows.
const BLANK: &str = "–";

/// The report's sections in order, each a piece of Markdown ending in a
/// blank line. The first is the title and the facts about the workshop;
/// the HTML page puts the map's picture after it.
pub(super) fn sections(p: &Prepared) -> Vec<String> {
    let map = &p.map;
    let order = rows::boundary_order(map);
    let lines = rows::tension_lines(map, &order);
    let actions = rows::actions(map);
    vec![
        facts(p),
        people(map),
        boundaries(map, &order),
        register(&lines),
        action_list(&actions),
        gap_list(map, &gaps(map)),
        notes(map),
    ]
}

/// The report's title, for a page or window title.
pub(super) fn title(map: &Map) -> &str {
    match map.meta.title.trim() {
        "" => "Workshop report",
        t => t,
    }
}

fn facts(p: &Prepared) -> String {
    let meta = &p.map.meta;
    let mut out = format!("# {}\n\n", md(title(&p.map)));
    if !meta.purpose.trim().is_empty() {
        let _ = writeln!(out, "{}\n", md(&meta.purpose));
    }
    let date = meta.date.map(|d| d.to_string()).unwrap_or_default();
    let facts = [
        ("Facilitator", meta.facilitator.as_str()),
        ("Date", date.as_str()),
        ("Place", meta.place.as_str()),
    ];
    for (label, value) in facts.iter().filter(|(_, v)| !v.trim().is_empty()) {
        let _ = writeln!(out, "- **{label}:** {}", md(value));
    }
    if facts.iter().any(|(_, v)| !v.trim().is_empty()) {
        out.push('\n');
    }
    if let Some(words) = left_out_words(p.left_out) {
        let _ = writeln!(out, "**For sharing:** {}\n", md(&words));
    }
    out
}

fn people(map: &Map) -> String {
    let mut out = String::from("## Who is involved\n\n### Communities\n\n");
    for c in map.communities.iter() {
        let size = c
            .size
            .map(|n| format!(" (about {n} people)"))
            .unwrap_or_default();
        let _ = writeln!(out, "- {}{size}{}", strong(&c.name), after(&c.practice));
    }
    if map.communities.is_empty() {
        out.push_str("None on the map.\n");
    }
    out.push_str("\n### Others with a stake\n\n");
    for s in map.stakeholders.iter() {
        let wants = match md(&s.wants) {
            w if w.is_empty() => w,
            w => format!(" Wants: {w}"),
        };
        let _ = writeln!(out, "- {}{}{wants}", strong(&s.name), after(&s.role));
    }
    if map.stakeholders.is_empty() {
        out.push_str("None on the map.\n");
    }
    out.push('\n');
    out
}

/// ": text" after a name, or nothing when the text is blank.
fn after(text: &str) -> String {
    match md(text) {
        t if t.is_empty() => t,
        t => format!(": {t}"),
    }
}

/// `text` in bold, or "(no name)" when it is blank.
fn strong(text: &str) -> String {
    match md(text) {
        t if t.is_empty() => "**(no name)**".to_owned(),
        t => format!("**{t}**"),
    }
}

fn boundaries(map: &Map, order: &[BoundaryRow]) -> String {
    let mut out = String::from("## Boundaries\n\n");
    if order.is_empty() {
        out.push_str("None on the map.\n\n");
        return out;
    }
    out.push_str("Where the practices meet, the most tensions still felt first.\n\n");
    let mut brokers: HashMap<Id, Vec<&str>, IdBuildHasher> = HashMap::default();
    for b in map.brokers.iter() {
        for &boundary in &b.boundaries {
            brokers.entry(boundary).or_default().push(&b.name);
        }
    }
    let headings = [
        "Boundary",
        "Between",
        "Tensions",
        "Still felt",
        "Most severe still felt",
        "Activities",
        "Brokers",
    ];
    let cells = order.iter().map(|row| {
        vec![
            row.title.clone(),
            row.sides.join(", "),
            row.tensions.to_string(),
            row.open.to_string(),
            row.highest_open
                .map(|s| s.get().to_string())
                .unwrap_or_default(),
            row.activities.len().to_string(),
            brokers
                .get(&row.id)
                .map(|b| b.join(", "))
                .unwrap_or_default(),
        ]
    });
    table(&mut out, &headings, cells);
    out
}

fn register(lines: &[TensionLine<'_>]) -> String {
    let mut out = String::from("## Tensions, boundary by boundary\n\n");
    if lines.is_empty() {
        out.push_str("None on the map.\n\n");
        return out;
    }
    let headings = TensionColumn::TABLE.map(TensionColumn::heading);
    for group in lines.chunk_by(|a, b| a.tension.boundary == b.tension.boundary) {
        let _ = writeln!(out, "### {}\n", md(group[0].boundary));
        let cells = group
            .iter()
            .map(|line| TensionColumn::TABLE.map(|c| c.cell(line)).to_vec());
        table(&mut out, &headings, cells);
    }
    out
}

fn action_list(actions: &[Action<'_>]) -> String {
    let mut out = String::from("## Action list\n\n");
    if actions.is_empty() {
        out.push_str("No activities on the map yet.\n\n");
        return out;
    }
    out.push_str("Every activity, the earliest first; those with no date come last.\n\n");
    let headings = ActionColumn::TABLE.map(ActionColumn::heading);
    let cells = actions
        .iter()
        .map(|a| ActionColumn::TABLE.map(|c| c.cell(a, ", ")).to_vec());
    table(&mut out, &headings, cells);
    let details: Vec<&Action<'_>> = actions.iter().filter(|a| has_details(a)).collect();
    if !details.is_empty() {
        out.push_str("### Activity by activity\n\n");
    }
    for a in details {
        details_of(&mut out, a);
    }
    out
}

fn has_details(a: &Action<'_>) -> bool {
    !a.activity.description.trim().is_empty()
        || !a.boundaries.is_empty()
        || !a.eases.is_empty()
        || !a.expects.is_empty()
}

fn details_of(out: &mut String, a: &Action<'_>) {
    let _ = writeln!(out, "{}\n", strong(&a.activity.title));
    if !a.activity.description.trim().is_empty() {
        let _ = writeln!(out, "{}\n", md(&a.activity.description));
    }
    let across = ActionColumn::Boundaries.cell(a, "; ");
    if !across.is_empty() {
        let _ = writeln!(out, "- *Across:* {}", md(&across));
    }
    for t in &a.eases {
        let _ = writeln!(out, "- *Eases:* {}", md(t));
    }
    for e in &a.expects {
        let _ = writeln!(out, "- *Expects:* {}", md(e));
    }
    out.push('\n');
}

fn gap_list(map: &Map, g: &Gaps<'_>) -> String {
    let mut out = String::from("## Gaps\n\n");
    out.push_str(if g.is_empty() {
        "Nothing is missing: every tension still felt has an activity, every activity has an owner and a date, and every boundary has a broker.\n\n"
    } else {
        "What still needs someone's attention.\n\n"
    });
    let tension = |t: &&crate::model::Tension| {
        let on = map
            .boundaries
            .get(t.boundary)
            .map(|b| map.boundary_title(b))
            .unwrap_or_default();
        format!(
            "{} ({}, severity {}), on {}",
            md(words::tension(t)),
            md(t.kind.label()),
            t.severity.get(),
            md(&on)
        )
    };
    let activity = |a: &&crate::model::Activity| strong(&a.title);
    let boundary = |b: &&crate::model::Boundary| md(&map.boundary_title(b));
    let lists = [
        (
            "Tensions still felt that no activity eases",
            g.unaddressed.iter().map(tension).collect::<Vec<_>>(),
        ),
        (
            "Activities with no owner",
            g.no_owner.iter().map(activity).collect(),
        ),
        (
            "Activities with no date",
            g.no_date.iter().map(activity).collect(),
        ),
        (
            "Boundaries with no broker",
            g.no_broker.iter().map(boundary).collect(),
        ),
    ];
    for (heading, items) in lists {
        let _ = writeln!(out, "### {heading}\n");
        for item in &items {
            let _ = writeln!(out, "- {item}");
        }
        if items.is_empty() {
            out.push_str("None.\n");
        }
        out.push('\n');
    }
    out
}

fn notes(map: &Map) -> String {
    let notes: Vec<_> = map
        .notes
        .iter()
        .filter(|n| !n.text.trim().is_empty())
        .collect();
    if notes.is_empty() {
        return String::new();
    }
    let mut out = String::from("## Notes from the map\n\n");
    for n in notes {
        let mark = if n.confidential {
            " (confidential)"
        } else {
            ""
        };
        let _ = writeln!(out, "- {}{mark}", md(&n.text));
    }
    out.push('\n');
    out
}

/// A Markdown table of raw cells, each escaped, blank cells shown as a
/// dash.
fn table(out: &mut String, headings: &[&str], rows: impl IntoIterator<Item = Vec<String>>) {
    table_row(out, headings.iter().copied());
    out.push('|');
    out.push_str(&"---|".repeat(headings.len()));
    out.push('\n');
    for row in rows {
        table_row(out, row.iter().map(String::as_str));
    }
    out.push('\n');
}

fn table_row<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    out.push('|');
    for cell in cells {
        let cell = md(cell);
        let shown = if cell.is_empty() { BLANK } else { &cell };
        let _ = write!(out, " {shown} |");
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{Scope, prepare, secrets::planted};
    use crate::model::{Date, Meta};

    #[test]
    fn the_facts_leave_out_what_is_blank_and_say_what_was_left_out() {
        let mut map = planted("x");
        map.meta = Meta {
            title: "Referrals".into(),
            purpose: String::new(),
            facilitator: "Mira".into(),
            date: Date::new(2026, 4, 16),
            place: String::new(),
        };
        let p = prepare(&map, &Scope::Whole, false).expect("whole");
        let facts = facts(&p);
        assert_eq!(
            facts,
            "# Referrals\n\n- **Facilitator:** Mira\n- **Date:** 2026-04-16\n\n\
             **For sharing:** 2 confidential items were left out.\n\n"
        );
        let all = prepare(&map, &Scope::Whole, true).expect("whole");
        assert!(!super::facts(&all).contains("left out"));
    }

    #[test]
    fn an_empty_map_gets_a_short_honest_report() {
        let p = prepare(&Map::default(), &Scope::Whole, false).expect("whole");
        let md = sections(&p).concat();
        assert!(md.starts_with("# Workshop report\n"));
        assert!(md.contains("## Boundaries\n\nNone on the map."));
        assert!(md.contains("No activities on the map yet."));
        assert!(md.contains("Nothing is missing"));
        assert!(!md.contains('|'), "no empty tables");
    }

    #[test]
    fn a_table_escapes_its_cells_and_marks_blanks() {
        let mut out = String::new();
        table(
            &mut out,
            &["A", "B"],
            [vec!["x|y".to_owned(), String::new()]],
        );
        assert_eq!(out, "| A | B |\n|---|---|\n| x\\|y | – |\n\n");
    }
}
