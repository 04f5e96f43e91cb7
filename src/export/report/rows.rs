//! The rows the report and its spreadsheets share, and their columns: one
//! action per activity in date order, one line per tension in boundary
//! order. The Markdown tables and the CSV files read the same cells.

use std::collections::HashMap;

use super::words;
use crate::model::query::{BoundaryRow, Column, Sort, boundary_rows};
use crate::model::{Activity, Id, IdBuildHasher, Map, Tension};

/// The boundaries in the order the report lists them: the most tensions
/// still felt first; ties keep the map's order.
pub(super) fn boundary_order(map: &Map) -> Vec<BoundaryRow> {
    let sort = Sort {
        column: Column::Open,
        descending: true,
    };
    boundary_rows(map, sort)
}

/// One activity with the names it refers to, ready to be written out.
pub(super) struct Action<'a> {
    /// The activity.
    pub activity: &'a Activity,
    /// The names of the communities and stakeholders taking part.
    pub participants: Vec<&'a str>,
    /// The titles of the boundaries it works across.
    pub boundaries: Vec<String>,
    /// The tensions it means to ease, in a few words each.
    pub eases: Vec<&'a str>,
    /// What each side expects: "Psychiatrists (immediate value): …".
    pub expects: Vec<String>,
}

/// Every activity, the earliest date first; those with no date come last,
/// and activities on the same day keep the map's order.
pub(super) fn actions(map: &Map) -> Vec<Action<'_>> {
    let mut list: Vec<&Activity> = map.activities.iter().collect();
    list.sort_by_key(|a| (a.date.is_none(), a.date));
    list.into_iter().map(|a| action(map, a)).collect()
}

fn action<'a>(map: &'a Map, a: &'a Activity) -> Action<'a> {
    let expects = a
        .expectations
        .iter()
        .map(|e| {
            let party = map.party_name(e.party).unwrap_or("?");
            let kind = e.value.map(|v| format!(" ({} value)", words::value(v)));
            let note = e.note.trim();
            let sep = if note.is_empty() { "" } else { ": " };
            format!("{party}{}{sep}{note}", kind.unwrap_or_default())
        })
        .collect();
    Action {
        activity: a,
        participants: a
            .participants
            .iter()
            .filter_map(|&p| map.party_name(p))
            .collect(),
        boundaries: a
            .boundaries
            .iter()
            .filter_map(|&b| map.boundaries.get(b))
            .map(|b| map.boundary_title(b))
            .collect(),
        eases: a
            .tensions
            .iter()
            .filter_map(|&t| map.tensions.get(t))
            .map(words::tension)
            .collect(),
        expects,
    }
}

/// A column of the action list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ActionColumn {
    Date,
    Title,
    Kind,
    Owner,
    Host,
    Participants,
    Status,
    Commitment,
    Boundaries,
    Eases,
    Expects,
    Description,
}

impl ActionColumn {
    /// The columns of the report's table; the rest of what an activity
    /// holds follows the table, activity by activity.
    pub const TABLE: [Self; 8] = [
        Self::Date,
        Self::Title,
        Self::Kind,
        Self::Owner,
        Self::Host,
        Self::Participants,
        Self::Status,
        Self::Commitment,
    ];

    /// Every column, as the spreadsheet has them.
    pub const ALL: [Self; 12] = [
        Self::Date,
        Self::Title,
        Self::Kind,
        Self::Owner,
        Self::Host,
        Self::Participants,
        Self::Status,
        Self::Commitment,
        Self::Boundaries,
        Self::Eases,
        Self::Expects,
        Self::Description,
    ];

    /// The column's heading.
    pub fn heading(self) -> &'static str {
        match self {
            Self::Date => "Date",
            Self::Title => "Activity",
            Self::Kind => "Kind",
            Self::Owner => "Owner",
            Self::Host => "Host or guide",
            Self::Participants => "Taking part",
            Self::Status => "Status",
            Self::Commitment => "Commitment",
            Self::Boundaries => "Across",
            Self::Eases => "Tensions it eases",
            Self::Expects => "What each side expects",
            Self::Description => "What happens",
        }
    }

    /// The cell of this column for `a`, lists joined with `sep`.
    pub fn cell(self, a: &Action<'_>, sep: &str) -> String {
        let act = a.activity;
        match self {
            Self::Date => act.date.map(|d| d.to_string()).unwrap_or_default(),
            Self::Title => act.title.clone(),
            Self::Kind => act.kind.label().to_owned(),
            Self::Owner => act.owner.clone(),
            Self::Host => act.host.clone(),
            Self::Participants => a.participants.join(sep),
            Self::Status => act.status.label().to_owned(),
            Self::Commitment => words::commitment(act.commitment).to_owned(),
            Self::Boundaries => a.boundaries.join(sep),
            Self::Eases => a.eases.join(sep),
            Self::Expects => a.expects.join(sep),
            Self::Description => act.description.clone(),
        }
    }
}

/// One tension with the names it refers to.
pub(super) struct TensionLine<'a> {
    /// What its boundary is called.
    pub boundary: &'a str,
    /// The tension.
    pub tension: &'a Tension,
    /// Whose view it is: the name of the side that raised it, if known.
    pub whose: &'a str,
}

/// Every tension, boundary by boundary in `order`; on one boundary, in the
/// map's order.
pub(super) fn tension_lines<'a>(map: &'a Map, order: &'a [BoundaryRow]) -> Vec<TensionLine<'a>> {
    let mut by_boundary: HashMap<Id, Vec<&Tension>, IdBuildHasher> = HashMap::default();
    for t in map.tensions.iter() {
        by_boundary.entry(t.boundary).or_default().push(t);
    }
    order
        .iter()
        .flat_map(|row| {
            let list = by_boundary.remove(&row.id).unwrap_or_default();
            list.into_iter().map(|t| TensionLine {
                boundary: &row.title,
                tension: t,
                whose: t.raised_by.and_then(|p| map.party_name(p)).unwrap_or(""),
            })
        })
        .collect()
}

/// A column of the tension register.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TensionColumn {
    Boundary,
    Said,
    Kind,
    Severity,
    Whose,
    Status,
    Note,
}

impl TensionColumn {
    /// The columns of the report's tables, which stand under a heading for
    /// their boundary.
    pub const TABLE: [Self; 6] = [
        Self::Said,
        Self::Kind,
        Self::Severity,
        Self::Whose,
        Self::Status,
        Self::Note,
    ];

    /// Every column, as the spreadsheet has them.
    pub const ALL: [Self; 7] = [
        Self::Boundary,
        Self::Said,
        Self::Kind,
        Self::Severity,
        Self::Whose,
        Self::Status,
        Self::Note,
    ];

    /// The column's heading.
    pub fn heading(self) -> &'static str {
        match self {
            Self::Boundary => "Boundary",
            Self::Said => "What was said",
            Self::Kind => "Kind",
            Self::Severity => "Severity (1–5)",
            Self::Whose => "Whose view",
            Self::Status => "Status",
            Self::Note => "Note",
        }
    }

    /// The cell of this column for `line`.
    pub fn cell(self, line: &TensionLine<'_>) -> String {
        let t = line.tension;
        match self {
            Self::Boundary => line.boundary.to_owned(),
            Self::Said => t.statement.clone(),
            Self::Kind => t.kind.label().to_owned(),
            Self::Severity => t.severity.get().to_string(),
            Self::Whose => line.whose.to_owned(),
            Self::Status => words::tension_status(t),
            Self::Note => t.note.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::secrets::planted;
    use crate::model::{ActivityKind, Date, Expectation, ValueKind};

    #[test]
    fn the_spreadsheet_starts_with_the_report_s_columns() {
        assert_eq!(
            ActionColumn::ALL[..ActionColumn::TABLE.len()],
            ActionColumn::TABLE
        );
        assert_eq!(TensionColumn::ALL[1..], TensionColumn::TABLE);
    }

    #[test]
    fn same_day_activities_keep_the_map_order_and_undated_come_last() {
        let mut map = planted("x");
        let boundary = map.boundaries.iter().next().expect("boundary").id;
        let day = Date::new(2026, 5, 1);
        let mut later = Vec::new();
        for (n, (title, date)) in [
            ("B", day),
            ("none", None),
            ("A", day),
            ("early", Date::new(2026, 1, 2)),
        ]
        .into_iter()
        .enumerate()
        {
            let mut a = Activity::new(
                Id::from_u64(0x900 + n as u64),
                ActivityKind::Visit,
                title,
                vec![boundary],
            );
            a.date = date;
            later.push(a);
        }
        let mut all: Vec<Activity> = map.activities.iter().cloned().collect();
        all.extend(later);
        map.activities = crate::model::Items::from_vec(all).expect("distinct ids");
        let titles: Vec<&str> = actions(&map)
            .iter()
            .map(|a| a.activity.title.as_str())
            .collect();
        assert_eq!(titles, ["early", "B", "A", "Shared case review", "none"]);
    }

    #[test]
    fn an_action_names_what_it_refers_to() {
        let mut map = planted("x");
        let mut a = map.activities.iter().next().cloned().expect("activity");
        let psy = map.communities.iter().next().expect("a community").id;
        a.participants = vec![psy];
        a.expectations = vec![
            Expectation {
                party: psy,
                value: Some(ValueKind::Realized),
                note: "Fewer calls".into(),
            },
            Expectation {
                party: psy,
                value: None,
                note: String::new(),
            },
        ];
        map.activities.replace(a);
        let list = actions(&map);
        let action = &list[0];
        assert_eq!(
            ActionColumn::Participants.cell(action, "; "),
            "Psychiatrists"
        );
        assert_eq!(
            ActionColumn::Expects.cell(action, "; "),
            "Psychiatrists (realised value): Fewer calls; Psychiatrists"
        );
        assert_eq!(
            ActionColumn::Boundaries.cell(action, "; "),
            "Psychiatrists – Social workers"
        );
        assert_eq!(ActionColumn::Date.cell(action, "; "), "");
        assert!(
            ActionColumn::Eases
                .cell(action, "; ")
                .starts_with("Different words for a referral; statement x")
        );
    }

    #[test]
    fn tensions_follow_their_boundaries_in_the_report_s_order() {
        let map = planted("x");
        let order = boundary_order(&map);
        let lines = tension_lines(&map, &order);
        assert_eq!(lines.len(), map.tensions.len());
        let confidential = lines
            .iter()
            .find(|l| l.tension.confidential)
            .expect("planted");
        assert_eq!(TensionColumn::Whose.cell(confidential), "Psychiatrists");
        assert_eq!(
            TensionColumn::Status.cell(confidential),
            "Open (confidential)"
        );
        assert_eq!(TensionColumn::Severity.cell(confidential), "5");
    }
}
