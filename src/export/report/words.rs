//! The words the report uses for values a map holds as codes.

use crate::model::{Commitment, Tension, ValueKind};

/// "Light" or "Substantial".
pub(super) fn commitment(c: Commitment) -> &'static str {
    match c {
        Commitment::Light => "Light",
        Commitment::Substantial => "Substantial",
    }
}

/// The sort of value in a word, as in "immediate value".
pub(super) fn value(v: ValueKind) -> &'static str {
    match v {
        ValueKind::Immediate => "immediate",
        ValueKind::Potential => "potential",
        ValueKind::Applied => "applied",
        ValueKind::Realized => "realised",
        ValueKind::Transformative => "transformative",
        ValueKind::Strategic => "strategic",
        ValueKind::Enabling => "enabling",
    }
}

/// A tension in a few words: what the room said, or else the note about
/// it, or else its kind.
pub(super) fn tension(t: &Tension) -> &str {
    [t.statement.trim(), t.note.trim()]
        .into_iter()
        .find(|s| !s.is_empty())
        .unwrap_or_else(|| t.kind.label())
}

/// The status of a tension, saying so when it is confidential (which only
/// shows when confidential items were asked for).
pub(super) fn tension_status(t: &Tension) -> String {
    if t.confidential {
        format!("{} (confidential)", t.status.label())
    } else {
        t.status.label().to_owned()
    }
}
