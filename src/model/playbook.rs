//! Suggestions for activities, ranked by the tensions at a boundary.
//!
//! A first playbook after the domain guide: open conflict suggests a
//! breakthrough activity, stereotypes and misreadings suggest a visit,
//! different words suggest a workshop (or a shared glossary), and a boundary
//! that involves an outside stakeholder suggests a joint response, a request
//! for opinion, or training for outsiders. A suggestion is only advice: any
//! kind can still be chosen.

use super::{Activity, ActivityKind, Id, Map, TensionKind, TensionStatus};

/// One suggested kind of activity for a boundary.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// The kind suggested.
    pub kind: ActivityKind,
    /// How strongly it is suggested; 0 when nothing at the boundary points to it.
    pub score: u32,
    /// Why it fits, in a short sentence; empty when the score is 0.
    pub reason: String,
}

/// How strongly each tension kind points to each activity kind, 0 to 3.
fn weight(tension: &TensionKind, activity: &ActivityKind) -> u32 {
    use ActivityKind as A;
    use TensionKind as T;
    match (tension, activity) {
        (T::ConflictOfInterest | T::ClashingPerspectives | T::Suspicion, A::Breakthrough) => 3,
        (T::ClashingPerspectives | T::UnclearMotivation, A::BoundaryProject) => 2,
        (T::ConflictOfInterest, A::BoundaryProject) => 1,
        (T::Stereotypes | T::Misunderstanding, A::Visit) => 3,
        (T::UnclearMotivation, A::Visit) => 1,
        (T::Terminology, A::Workshop) => 3,
        (T::Misunderstanding, A::Workshop) => 1,
        (T::Suspicion | T::UnclearMotivation, A::JointResponse) => 1,
        _ => 0,
    }
}

/// Why a kind fits, given the tension kinds that point to it.
fn reason(kind: &ActivityKind, causes: &[String], outside: bool) -> String {
    let because = match causes {
        [] => String::new(),
        [one] => one.to_lowercase(),
        [rest @ .., last] => format!(
            "{} and {}",
            rest.join(", ").to_lowercase(),
            last.to_lowercase()
        ),
    };
    let text = match kind {
        ActivityKind::Breakthrough => {
            "a small task useful to every side can get past the stand-off"
        }
        ActivityKind::BoundaryProject => {
            "a concrete joint task gives both sides a reason to engage"
        }
        ActivityKind::JointResponse => {
            "agreeing one position on the outside change brings the sides together"
        }
        ActivityKind::RequestForOpinion => "the outsider can ask the communities for their view",
        ActivityKind::Visit => {
            "seeing the other practice at work replaces assumptions with experience"
        }
        ActivityKind::Workshop => {
            "a session on each other's words and methods; a shared glossary may help too"
        }
        ActivityKind::OutsourcedTraining => "outsiders need the capability regularly",
        ActivityKind::Certification => "outsiders may want their learning recognised",
        ActivityKind::Other(_) => "",
    };
    match (because.is_empty(), outside) {
        (false, _) => format!("{}: {text}.", capitalise(&because)),
        (true, true) => format!("An outside party is involved: {text}."),
        (true, false) => String::new(),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A new activity of this kind across `boundary`, titled after its kind:
/// the boundary's sides take part, and it means to ease the tensions there
/// that are not resolved yet.
pub fn new_activity(map: &Map, id: Id, boundary: Id, kind: ActivityKind) -> Activity {
    let mut a = Activity::new(id, kind.clone(), kind.label(), vec![boundary]);
    a.participants = map
        .boundaries
        .get(boundary)
        .map(|b| b.between.clone())
        .unwrap_or_default();
    a.tensions = map
        .tensions_on(boundary)
        .filter(|t| t.status != TensionStatus::Resolved)
        .map(|t| t.id)
        .collect();
    a
}

/// Every named kind of activity, best suggestion first, for a boundary.
/// Open tensions count fully, easing ones half, resolved ones not at all;
/// severer tensions count more. Kinds with equal scores keep the guide's order.
pub fn suggest(map: &Map, boundary: Id) -> Vec<Suggestion> {
    let outside = map
        .boundaries
        .get(boundary)
        .is_some_and(|b| b.between.iter().any(|&p| map.stakeholders.contains(p)));
    let live: Vec<(&TensionKind, u32)> = map
        .tensions_on(boundary)
        .filter_map(|t| {
            let severity = u32::from(t.severity.get());
            match t.status {
                TensionStatus::Open => Some((&t.kind, severity * 2)),
                TensionStatus::Easing => Some((&t.kind, severity)),
                TensionStatus::Resolved => None,
            }
        })
        .collect();
    let mut out: Vec<Suggestion> = ActivityKind::NAMED
        .iter()
        .map(|kind| {
            let mut score = 0;
            let mut causes: Vec<String> = Vec::new();
            for (tension, strength) in &live {
                let w = weight(tension, kind);
                if w > 0 {
                    score += w * strength;
                    let label = tension.label().to_owned();
                    if !causes.contains(&label) {
                        causes.push(label);
                    }
                }
            }
            let outside_fit = outside
                && matches!(
                    kind,
                    ActivityKind::JointResponse
                        | ActivityKind::RequestForOpinion
                        | ActivityKind::Workshop
                        | ActivityKind::OutsourcedTraining
                        | ActivityKind::Certification
                );
            if outside_fit {
                score += 2;
            }
            let reason = if score > 0 {
                reason(kind, &causes, outside_fit)
            } else {
                String::new()
            };
            Suggestion {
                kind: kind.clone(),
                score,
                reason,
            }
        })
        .collect();
    // A stable sort keeps the guide's order among equal scores.
    out.sort_by_key(|s| std::cmp::Reverse(s.score));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Edit;
    use crate::edit::apply;
    use crate::model::{Boundary, Community, Point, Severity, Stakeholder, Tension};

    fn map_with(tensions: &[(TensionKind, u8, TensionStatus)], stakeholder: bool) -> (Map, Id) {
        let mut map = Map::default();
        let a = Id::from_u64(1);
        let b = Id::from_u64(2);
        let boundary = Id::from_u64(3);
        let mut edits = vec![Edit::Add(
            Community::new(a, "Police", Point::default()).into(),
        )];
        edits.push(if stakeholder {
            Edit::Add(Stakeholder::new(b, "Ministry", Point::default()).into())
        } else {
            Edit::Add(Community::new(b, "Social services", Point::default()).into())
        });
        edits.push(Edit::Add(Boundary::new(boundary, vec![a, b]).into()));
        for (i, (kind, severity, status)) in tensions.iter().enumerate() {
            let mut t = Tension::new(
                Id::from_u64(10 + i as u64),
                boundary,
                kind.clone(),
                Severity::new(*severity).expect("severity"),
            );
            t.status = *status;
            edits.push(Edit::Add(t.into()));
        }
        apply(&mut map, Edit::Batch(edits)).expect("a valid map");
        (map, boundary)
    }

    #[test]
    fn conflict_suggests_a_breakthrough_first() {
        let (map, b) = map_with(&[(TensionKind::Suspicion, 4, TensionStatus::Open)], false);
        let s = suggest(&map, b);
        assert_eq!(s[0].kind, ActivityKind::Breakthrough);
        assert!(s[0].reason.starts_with("Suspicion:"), "{}", s[0].reason);
        assert_eq!(s.len(), ActivityKind::NAMED.len());
    }

    #[test]
    fn stereotypes_suggest_a_visit_and_terms_a_workshop() {
        let (map, b) = map_with(
            &[
                (TensionKind::Stereotypes, 5, TensionStatus::Open),
                (TensionKind::Terminology, 2, TensionStatus::Open),
            ],
            false,
        );
        let s = suggest(&map, b);
        assert_eq!(s[0].kind, ActivityKind::Visit);
        assert_eq!(s[1].kind, ActivityKind::Workshop);
        assert!(s[1].reason.contains("glossary"));
    }

    #[test]
    fn resolved_tensions_do_not_count_and_outsiders_do() {
        let (map, b) = map_with(
            &[(TensionKind::Suspicion, 5, TensionStatus::Resolved)],
            true,
        );
        let s = suggest(&map, b);
        assert_eq!(s[0].kind, ActivityKind::JointResponse);
        assert!(
            s[0].reason.starts_with("An outside party"),
            "{}",
            s[0].reason
        );
        let breakthrough = s.iter().find(|x| x.kind == ActivityKind::Breakthrough);
        assert_eq!(breakthrough.map(|x| x.score), Some(0));
    }

    #[test]
    fn a_quiet_boundary_keeps_the_guides_order() {
        let (map, b) = map_with(&[], false);
        let kinds: Vec<ActivityKind> = suggest(&map, b).into_iter().map(|s| s.kind).collect();
        assert_eq!(kinds, ActivityKind::NAMED.to_vec());
    }
}
