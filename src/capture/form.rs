//! Reading the short forms typed in the palette, before any name is looked
//! up: which form it is, the two sides, the kind, the severity and the
//! room's words.

use super::kinds::{self, Said};
use crate::model::{ActivityKind, Severity, TensionKind};

/// Starts a community: `+ Social workers`.
pub const COMMUNITY: char = '+';
/// Starts a tension: `! Police / Social services suspicion 4 They never…`.
pub const TENSION: char = '!';
/// Starts an activity: `> Police / Social services visit Job shadowing day`.
pub const ACTIVITY: char = '>';
/// What may stand between the two sides of a boundary: `Police / Social
/// services`, `Police -- Social services`, `Police – Social services`.
pub const BETWEEN: [&str; 4] = ["/", "--", "–", "—"];

/// The two sides of a boundary, as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Sides {
    /// The name before the separator.
    pub first: String,
    /// The name after it.
    pub second: String,
}

/// Where a tension or activity goes: the boundary between two parties, or
/// a boundary named by its label.
#[derive(Debug, Clone, PartialEq)]
pub enum On {
    /// The boundary between these two.
    Sides(Sides),
    /// The boundary with this label (or these sides' names).
    Named(String),
}

/// Tells whether a name is on the map already: as a party, or as a
/// boundary.
pub struct Known<'a> {
    /// Whether a community or stakeholder goes by the name.
    pub party: &'a dyn Fn(&str) -> bool,
    /// Whether a boundary goes by the name.
    pub boundary: &'a dyn Fn(&str) -> bool,
}

/// One of the short forms.
#[derive(Debug, Clone, PartialEq)]
pub enum Form {
    /// A community; `explicit` when typed after `+`, not just as text.
    Community {
        /// Its name.
        name: String,
        /// Whether the `+` was typed.
        explicit: bool,
    },
    /// A boundary between two parties.
    Boundary(Sides),
    /// A tension on a boundary.
    Tension {
        /// Its boundary.
        on: On,
        /// Its kind.
        kind: TensionKind,
        /// Its severity, if one was said.
        severity: Option<Severity>,
        /// The room's words, if any.
        statement: String,
    },
    /// An activity on a boundary.
    Activity {
        /// Its boundary.
        on: On,
        /// Its kind.
        kind: ActivityKind,
        /// Its title, if one was said.
        title: String,
    },
}

/// Reads `text` as one of the forms. `known` tells whether a name is
/// already on the map, to tell where a name ends and the kind begins.
/// Blank text is `Ok(None)`; a form that cannot be read is the reason, in
/// plain words.
pub fn read(text: &str, known: &Known<'_>) -> Result<Option<Form>, String> {
    let text = text.trim();
    let Some(first) = text.chars().next() else {
        return Ok(None);
    };
    let rest = text[first.len_utf8()..].trim();
    let form = match first {
        COMMUNITY if rest.is_empty() => {
            return Err("Type the new community's name after the +.".to_owned());
        }
        COMMUNITY => Form::Community {
            name: tidy(rest),
            explicit: true,
        },
        TENSION => tension(rest, known)?,
        ACTIVITY => activity(rest, known)?,
        _ => match split_sides(text) {
            Some((a, b)) => Form::Boundary(sides(a, b)?),
            None => Form::Community {
                name: tidy(text),
                explicit: false,
            },
        },
    };
    Ok(Some(form))
}

/// Text with each run of spaces made one space, trimmed.
pub fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text before and after the first separator, if there is one.
fn split_sides(text: &str) -> Option<(&str, &str)> {
    let (at, sep) = BETWEEN
        .iter()
        .filter_map(|sep| text.find(sep).map(|at| (at, *sep)))
        .min_by_key(|(at, _)| *at)?;
    Some((&text[..at], &text[at + sep.len()..]))
}

const NAME_BOTH: &str = "Name both sides, such as 'Police / Social services'.";
const NAME_ON: &str = "Name both sides, such as 'Police / Social services', or a boundary's label.";

fn sides(first: &str, second: &str) -> Result<Sides, String> {
    let (first, second) = (tidy(first), tidy(second));
    if first.is_empty() || second.is_empty() {
        return Err(NAME_BOTH.to_owned());
    }
    if split_sides(&second).is_some() {
        return Err(
            "Name two sides here; to join more, select them and press Ctrl+Shift+B.".to_owned(),
        );
    }
    Ok(Sides { first, second })
}

/// The boundary, the kind and the words after the kind, for the tension
/// and activity forms.
struct Target<K> {
    on: On,
    kind: K,
    rest: Vec<String>,
}

/// Reads `Police / Social services KIND rest…` or `Boundary label KIND
/// rest…`, either with a colon before the kind if wished. The name ends
/// where a kind begins: where the name before it is on the map if there is
/// such a place, else at the first kind.
fn target<K: Clone>(
    text: &str,
    known: &Known<'_>,
    said: fn(&[&str]) -> Said<K>,
    what: &str,
) -> Result<Target<K>, String> {
    let (first, after) = match split_sides(text) {
        Some((first, after)) => (Some(first), after),
        None => (None, text),
    };
    let known = |name: &str| match first {
        Some(_) => (known.party)(name),
        None => (known.boundary)(name),
    };
    let (second, rest) = match after.split_once(':') {
        Some((second, rest)) if !matches!(said(&words(rest)), Said::Not) => (second, rest),
        _ => (after, ""),
    };
    let least = if rest.is_empty() {
        1
    } else {
        words(second).len()
    };
    let words: Vec<&str> = words(second).into_iter().chain(words(rest)).collect();
    let mut first_kind = None;
    for split in least.max(1)..words.len() {
        let said = said(&words[split..]);
        if matches!(said, Said::Not) {
            continue;
        }
        let name = words[..split].join(" ");
        let here = (split, said);
        if known(&name) || !rest.is_empty() {
            first_kind = Some(here);
            break;
        }
        first_kind.get_or_insert(here);
    }
    let Some((split, said)) = first_kind else {
        match first {
            None if words.len() <= 1 => return Err(NAME_ON.to_owned()),
            Some(first) if words.len() <= 1 => {
                sides(first, second)?;
            }
            _ => {}
        }
        return Err(format!(
            "Say the kind of {what} after the names, such as {}.",
            match what {
                "tension" => "suspicion, conflict or terms",
                _ => "visit, project or workshop",
            }
        ));
    };
    let found = match said {
        Said::Kind(found) => found,
        Said::Unsure(_) | Said::Not => {
            return Err(format!(
                "'{}' could be more than one kind of {what}: type more of it.",
                words[split]
            ));
        }
    };
    let name = words[..split].join(" ");
    Ok(Target {
        on: match first {
            Some(first) => On::Sides(sides(first, &name)?),
            None => On::Named(name),
        },
        kind: found.kind,
        rest: words[split + found.words..]
            .iter()
            .map(|w| (*w).to_owned())
            .collect(),
    })
}

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

fn tension(text: &str, known: &Known<'_>) -> Result<Form, String> {
    let t = target(text, known, kinds::tension, "tension")?;
    let (severity, said) = match t.rest.first().map(|w| severity(w)) {
        Some(Some(s)) => (Some(s?), &t.rest[1..]),
        _ => (None, &t.rest[..]),
    };
    Ok(Form::Tension {
        on: t.on,
        kind: t.kind,
        severity,
        statement: unquote(&said.join(" ")),
    })
}

/// A severity said as a number ("4", or "4/5"); `None` when the word is
/// not a number at all.
fn severity(word: &str) -> Option<Result<Severity, String>> {
    let number = word.strip_suffix("/5").unwrap_or(word);
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let value = number.parse::<u8>().unwrap_or(u8::MAX);
    Some(Severity::new(value).map_err(|_| {
        format!("Severity {number} is out of range: it goes from 1 (mild) to 5 (severe).")
    }))
}

fn activity(text: &str, known: &Known<'_>) -> Result<Form, String> {
    let t = target(text, known, kinds::activity, "activity")?;
    Ok(Form::Activity {
        on: t.on,
        kind: t.kind,
        title: unquote(&t.rest.join(" ")),
    })
}

/// Words without the quotation marks around them, when they open and
/// close it; quotation marks inside ("'urgent' means two things") stay.
fn unquote(text: &str) -> String {
    const PAIRS: [(char, char); 6] = [
        ('"', '"'),
        ('\'', '\''),
        ('“', '”'),
        ('‘', '’'),
        ('«', '»'),
        ('„', '“'),
    ];
    let text = text.trim();
    let mut chars = text.chars();
    let (Some(open), Some(close)) = (chars.next(), chars.next_back()) else {
        return text.to_owned();
    };
    if PAIRS.contains(&(open, close)) {
        chars.as_str().trim().to_owned()
    } else {
        text.to_owned()
    }
}
