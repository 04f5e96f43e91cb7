//! Kinds of tension and activity said in a word or two: "suspicion",
//! "conflict of interest", "terms", "visit", "project". The first word
//! chooses the kind; the words of its name that follow are taken with it.

use crate::model::{ActivityKind, TensionKind};

/// A kind found at the start of some words, and how many words it took.
#[derive(Debug, Clone, PartialEq)]
pub struct Found<K> {
    /// The kind.
    pub kind: K,
    /// How many of the words it took.
    pub words: usize,
}

/// What the first of some words says about a kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Said<K> {
    /// One kind.
    Kind(Found<K>),
    /// Several kinds start that way.
    Unsure(Vec<K>),
    /// No kind starts that way.
    Not,
}

/// Extra words people use for each kind of tension, beside its name.
fn tension_words(kind: &TensionKind) -> &'static [&'static str] {
    match kind {
        TensionKind::Misunderstanding => &["misunderstanding", "misreading"],
        TensionKind::ClashingPerspectives => &["clash", "perspectives"],
        TensionKind::Suspicion => &["suspicion", "distrust", "mistrust"],
        TensionKind::ConflictOfInterest => &["conflict", "interests"],
        TensionKind::Terminology => &["terminology", "terms", "words", "jargon"],
        TensionKind::UnclearMotivation => &["unclear", "motivation", "motives", "values"],
        TensionKind::Stereotypes => &["stereotypes", "prejudice"],
        TensionKind::Other(_) => &[],
    }
}

/// Extra words people use for each kind of activity, beside its name.
fn activity_words(kind: &ActivityKind) -> &'static [&'static str] {
    match kind {
        ActivityKind::Breakthrough => &["breakthrough"],
        ActivityKind::BoundaryProject => &["project"],
        ActivityKind::JointResponse => &["joint", "response"],
        ActivityKind::RequestForOpinion => &["request", "opinion"],
        ActivityKind::Visit => &["visit", "field", "trip", "expedition", "shadowing"],
        ActivityKind::Workshop => &["workshop", "training", "session"],
        ActivityKind::OutsourcedTraining => &["outsourced"],
        ActivityKind::Certification => &["certification", "certificate"],
        ActivityKind::Other(_) => &[],
    }
}

/// The kind of tension the words start with.
pub fn tension(words: &[&str]) -> Said<TensionKind> {
    said(words, &TensionKind::NAMED, |k| k.label(), tension_words)
}

/// The kind of activity the words start with.
pub fn activity(words: &[&str]) -> Said<ActivityKind> {
    said(words, &ActivityKind::NAMED, |k| k.label(), activity_words)
}

/// The shortest start of a word that may stand for a kind.
const SHORTEST: usize = 3;

fn said<K: Clone + PartialEq>(
    words: &[&str],
    kinds: &[K],
    label: impl Fn(&K) -> &str,
    extra: impl Fn(&K) -> &'static [&'static str],
) -> Said<K> {
    let Some(first) = words.first() else {
        return Said::Not;
    };
    let first = super::fold::fold(first);
    if first.chars().count() < SHORTEST {
        return Said::Not;
    }
    // A word of our own said whole beats a word of a kind's name said
    // whole ("training" is a workshop, not outsourced training), which
    // beats a word that only starts the same way.
    let mut tiers: [Vec<K>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    for kind in kinds {
        let name = super::fold::fold(label(kind));
        // Small words such as "of" and "for" choose nothing.
        let named: Vec<&str> = name
            .split(' ')
            .filter(|w| w.chars().count() > SHORTEST)
            .collect();
        let ours = extra(kind);
        let tier = if ours.contains(&first.as_str()) {
            0
        } else if named.contains(&first.as_str()) {
            1
        } else if named.iter().chain(ours).any(|w| w.starts_with(&first)) {
            2
        } else {
            continue;
        };
        tiers[tier].push(kind.clone());
    }
    let found = tiers
        .into_iter()
        .find(|t| !t.is_empty())
        .unwrap_or_default();
    match found.as_slice() {
        [] => Said::Not,
        [kind] => Said::Kind(Found {
            words: 1 + following(&words[1..], &super::fold::fold(label(kind)), &first),
            kind: kind.clone(),
        }),
        _ => Said::Unsure(found),
    }
}

/// How many of `rest` continue the kind's name after the word that chose
/// it: "of interest" after "conflict", "perspectives" after "clashing". A
/// small word left hanging ("conflict of money") stays with what follows.
fn following(rest: &[&str], name: &str, first: &str) -> usize {
    let name_words: Vec<&str> = name.split(' ').collect();
    let Some(at) = name_words.iter().position(|w| w.starts_with(first)) else {
        return 0;
    };
    let mut taken: Vec<&str> = rest
        .iter()
        .zip(&name_words[at + 1..])
        .take_while(|(typed, word)| {
            let typed = super::fold::fold(typed);
            !typed.is_empty() && word.starts_with(&typed)
        })
        .map(|(_, word)| *word)
        .collect();
    while taken.last().is_some_and(|w| w.chars().count() <= 2) {
        taken.pop();
    }
    taken.len()
}
