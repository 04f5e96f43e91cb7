//! From a form to a plan: the names looked up on the map, and the sentence
//! that says exactly what Enter will make.

use super::fold::{self, Strength};
use super::form::{self, Form, On, Sides};
use crate::model::{ActivityKind, Boundary, Id, Map, Severity, TensionKind};

/// What Enter will do with the typed text, and the sentence that says so.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// What will happen, in a sentence, or why nothing can.
    pub preview: String,
    /// What Enter does.
    pub action: Action,
}

/// What Enter does.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Make new items, as one step.
    Make(Recipe),
    /// Go to an item that is already on the map.
    GoTo(Id),
    /// Nothing: the preview says why.
    Nothing,
}

/// What to make, with the names already looked up.
#[derive(Debug, Clone, PartialEq)]
pub struct Recipe {
    /// The parties involved: one for a community, two for the rest.
    pub parties: Vec<Party>,
    /// What to make of them.
    pub what: What,
}

/// A side of a boundary, found on the map or to be made.
#[derive(Debug, Clone, PartialEq)]
pub enum Party {
    /// A community or stakeholder on the map.
    Known(Id),
    /// A new community with this name.
    New(String),
}

/// The item a capture makes, beside any community or boundary it needs.
#[derive(Debug, Clone, PartialEq)]
pub enum What {
    /// The community itself.
    Community,
    /// The boundary between the two parties.
    Boundary,
    /// A tension on their boundary (made too when `boundary` is `None`).
    Tension {
        /// Their boundary, if they already have one.
        boundary: Option<Id>,
        /// Its kind.
        kind: TensionKind,
        /// Its severity.
        severity: Severity,
        /// The room's words.
        statement: String,
    },
    /// An activity on their boundary (made too when `boundary` is `None`).
    Activity {
        /// Their boundary, if they already have one.
        boundary: Option<Id>,
        /// Its kind.
        kind: ActivityKind,
        /// Its title.
        title: String,
    },
}

impl Plan {
    fn nothing(preview: impl Into<String>) -> Self {
        Self {
            preview: preview.into(),
            action: Action::Nothing,
        }
    }
}

/// The plan for `text` on `map`; `None` for blank text.
pub fn plan(map: &Map, text: &str) -> Option<Plan> {
    let known = form::Known {
        party: &|name: &str| !matches!(resolve(map, name), Lookup::New(_)),
        boundary: &|name: &str| !matches!(resolve_boundary(map, name), Lookup::New(_)),
    };
    let form = match form::read(text, &known) {
        Ok(form) => form?,
        Err(why) => return Some(Plan::nothing(why)),
    };
    let plan = match form {
        Form::Community { name, .. } => community(map, name),
        Form::Boundary(sides) => match two(map, &sides) {
            Ok(parties) => boundary(map, parties),
            Err(plan) => plan,
        },
        Form::Tension {
            on,
            kind,
            severity,
            statement,
        } => on_boundary(map, &on, |boundary| What::Tension {
            boundary,
            kind,
            severity: severity.unwrap_or_default(),
            statement,
        }),
        Form::Activity { on, kind, title } => on_boundary(map, &on, |boundary| {
            let title = if title.is_empty() {
                kind.label().to_owned()
            } else {
                title
            };
            What::Activity {
                boundary,
                kind,
                title,
            }
        }),
    };
    Some(plan)
}

/// What a typed name stands for.
#[derive(Debug, Clone, PartialEq)]
pub enum Lookup {
    /// One community or stakeholder.
    One(Id),
    /// Several match as well as each other.
    Several(Vec<Id>),
    /// None: a new community of this name.
    New(String),
}

/// Looks up a typed name among the communities and stakeholders: the same
/// name first, then names whose words start with the typed words, then
/// names that hold the typed text.
pub fn resolve(map: &Map, name: &str) -> Lookup {
    let parties = map
        .communities
        .iter()
        .map(|c| (c.id, vec![c.name.clone()]))
        .chain(
            map.stakeholders
                .iter()
                .map(|s| (s.id, vec![s.name.clone()])),
        );
    best(name, parties)
}

/// Looks up a typed name among the boundaries, by label or by the names
/// of their sides, as [`resolve`] does.
pub fn resolve_boundary(map: &Map, name: &str) -> Lookup {
    let boundaries = map.boundaries.iter().map(|b| {
        let sides: Vec<&str> = b
            .between
            .iter()
            .filter_map(|&p| map.party_name(p))
            .collect();
        (b.id, vec![b.label.clone(), sides.join(" ")])
    });
    best(name, boundaries)
}

/// The items whose names match `typed` best.
fn best(typed: &str, named: impl Iterator<Item = (Id, Vec<String>)>) -> Lookup {
    let folded = fold::fold(typed);
    let mut best: Option<Strength> = None;
    let mut ids = Vec::new();
    for (id, names) in named {
        let strength = names
            .iter()
            .filter_map(|n| fold::strength_folded(&folded, &fold::fold(n)))
            .max();
        let Some(s) = strength else {
            continue;
        };
        if best.is_none_or(|b| s > b) {
            best = Some(s);
            ids.clear();
        }
        if best == Some(s) {
            ids.push(id);
        }
    }
    let name = typed;
    match ids.as_slice() {
        [] => Lookup::New(form::tidy(name)),
        [one] => Lookup::One(*one),
        _ => Lookup::Several(ids),
    }
}

fn quoted(text: &str) -> String {
    format!("'{text}'")
}

fn community(map: &Map, name: String) -> Plan {
    let folded = fold::fold(&name);
    let same = map
        .communities
        .iter()
        .map(|c| (c.id, c.name.as_str()))
        .chain(map.stakeholders.iter().map(|s| (s.id, s.name.as_str())))
        .find(|(_, n)| fold::fold(n) == folded);
    if let Some((id, existing)) = same {
        return Plan {
            preview: format!("{existing} is already on the map: Enter goes to it."),
            action: Action::GoTo(id),
        };
    }
    if folded.is_empty() {
        return Plan::nothing("A community's name needs a letter or a number.");
    }
    Plan {
        preview: format!("New community {}", quoted(&name)),
        action: Action::Make(Recipe {
            parties: vec![Party::New(name)],
            what: What::Community,
        }),
    }
}

/// The two sides looked up, or the plan that says why they cannot be.
fn two(map: &Map, sides: &Sides) -> Result<[Party; 2], Plan> {
    let one = |typed: &str| match resolve(map, typed) {
        Lookup::One(id) => Ok(Party::Known(id)),
        Lookup::New(name) => Ok(Party::New(name)),
        Lookup::Several(ids) => Err(unsure(map, typed, &ids)),
    };
    let parties = [one(&sides.first)?, one(&sides.second)?];
    let same = match &parties {
        [Party::Known(a), Party::Known(b)] => a == b,
        [Party::New(a), Party::New(b)] => fold::fold(a) == fold::fold(b),
        _ => false,
    };
    if same {
        return Err(Plan::nothing(format!(
            "Both sides are {}: a boundary needs two different sides.",
            name(map, &parties[0])
        )));
    }
    Ok(parties)
}

/// Nothing, because `typed` could be any of `ids`.
fn unsure(map: &Map, typed: &str, ids: &[Id]) -> Plan {
    let names: Vec<String> = ids
        .iter()
        .map(|&id| match map.boundaries.get(id) {
            Some(b) => map.boundary_title(b),
            None => map.party_name(id).unwrap_or("?").to_owned(),
        })
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    Plan::nothing(format!(
        "'{typed}' could be {}: type more of the name.",
        or_list(&names)
    ))
}

/// "A", "A or B", "A, B or C".
fn or_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// The name a party goes by.
fn name<'a>(map: &'a Map, party: &'a Party) -> &'a str {
    match party {
        Party::Known(id) => map.party_name(*id).unwrap_or("?"),
        Party::New(name) => name,
    }
}

/// The boundary the two parties share, if any: one with exactly these two
/// sides.
fn between(map: &Map, parties: &[Party; 2]) -> Option<Id> {
    let [Party::Known(a), Party::Known(b)] = parties else {
        return None;
    };
    let is_theirs =
        |x: &Boundary| x.between.len() == 2 && x.between.contains(a) && x.between.contains(b);
    map.boundaries.iter().find(|x| is_theirs(x)).map(|x| x.id)
}

/// "(new community 'Police')", "(new boundary; new communities 'A' and
/// 'B')", or nothing when nothing else is new.
fn also_new(parties: &[Party], boundary: bool) -> String {
    let names: Vec<String> = parties
        .iter()
        .filter_map(|p| match p {
            Party::New(name) => Some(quoted(name)),
            Party::Known(_) => None,
        })
        .collect();
    let mut parts = Vec::new();
    if boundary {
        parts.push("new boundary".to_owned());
    }
    match names.as_slice() {
        [] => {}
        [one] => parts.push(format!("new community {one}")),
        [a, b] => parts.push(format!("new communities {a} and {b}")),
        _ => parts.push(format!("new communities {}", names.join(", "))),
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join("; "))
    }
}

fn boundary(map: &Map, parties: [Party; 2]) -> Plan {
    let (a, b) = (name(map, &parties[0]), name(map, &parties[1]));
    if let Some(id) = between(map, &parties) {
        return Plan {
            preview: format!("{a} and {b} already share a boundary: Enter goes to it."),
            action: Action::GoTo(id),
        };
    }
    Plan {
        preview: format!(
            "New boundary between {a} and {b}{}",
            also_new(&parties, false)
        ),
        action: Action::Make(Recipe {
            parties: parties.to_vec(),
            what: What::Boundary,
        }),
    }
}

/// The plan for a tension or activity on the boundary `on` names; `what`
/// makes the item once the boundary is known (`None`: to be made too).
fn on_boundary(map: &Map, on: &On, what: impl FnOnce(Option<Id>) -> What) -> Plan {
    let (parties, existing) = match on {
        On::Sides(sides) => match two(map, sides) {
            Ok(parties) => {
                let existing = between(map, &parties);
                (parties.to_vec(), existing)
            }
            Err(plan) => return plan,
        },
        On::Named(name) => match resolve_boundary(map, name) {
            Lookup::One(id) => {
                let sides = map.boundaries.get(id).map(|b| b.between.clone());
                let parties = sides.unwrap_or_default().into_iter().map(Party::Known);
                (parties.collect(), Some(id))
            }
            Lookup::Several(ids) => return unsure(map, name, &ids),
            Lookup::New(_) => {
                return Plan::nothing(format!(
                    "No boundary goes by '{name}': name both sides, such as \
                     'Police / Social services'."
                ));
            }
        },
    };
    let what = what(existing);
    let on = match existing.and_then(|id| map.boundaries.get(id)) {
        Some(b) => map.boundary_title(b),
        None => {
            let names: Vec<&str> = parties.iter().map(|p| name(map, p)).collect();
            names.join(" – ")
        }
    };
    let item = match &what {
        What::Tension {
            kind,
            severity,
            statement,
            ..
        } => {
            let mut said = format!("New tension on {on}: {kind}, severity {}", severity.get());
            if !statement.is_empty() {
                said.push_str(&format!(", {}", quoted(statement)));
            }
            said
        }
        What::Activity { kind, title, .. } => {
            format!("New activity on {on}: {kind}, {}", quoted(title))
        }
        What::Community | What::Boundary => String::new(),
    };
    Plan {
        preview: format!("{item}{}", also_new(&parties, existing.is_none())),
        action: Action::Make(Recipe { parties, what }),
    }
}
