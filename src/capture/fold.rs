//! Forgiving comparison of what was typed with the names on a map: case,
//! accents, punctuation and spacing do not count, and the start of each
//! word is enough ("soc serv" finds "Social services").

/// How well typed words match a name, best last so that `max` picks the
/// best.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// The typed text appears somewhere inside the name (for scripts
    /// written without spaces).
    Inside,
    /// Each typed word starts a word of the name, in order.
    Starts,
    /// As `Starts`, and the first typed word starts the name ("soc serv"
    /// for "Social services", where "serv" only `Starts` it).
    Leading,
    /// The same name, once case, accents and spacing are set aside.
    Exact,
}

/// The base letters of U+0100 to U+017F (Latin Extended-A), in order.
const EXTENDED_A: &str = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjjjkkklllllllllln\
nnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// `c` without its accent, as one or two plain letters (in lower case).
fn base(c: char) -> Option<&'static str> {
    const LETTERS: &str = "abcdefghijklmnopqrstuvwxyz";
    let one = |l: char| {
        let i = (l as usize).checked_sub('a' as usize)?;
        LETTERS.get(i..=i)
    };
    match c {
        'à'..='å' => one('a'),
        'æ' => Some("ae"),
        'ç' => one('c'),
        'è'..='ë' => one('e'),
        'ì'..='ï' => one('i'),
        'ð' => one('d'),
        'ñ' => one('n'),
        'ò'..='ö' | 'ø' => one('o'),
        'ù'..='ü' => one('u'),
        'ý' | 'ÿ' => one('y'),
        'ß' => Some("ss"),
        'œ' => Some("oe"),
        '\u{100}'..='\u{17f}' => {
            let i = c as usize - 0x100;
            EXTENDED_A.get(i..=i)
        }
        _ => None,
    }
}

/// `text` in lower case, without accents, each run of spaces and
/// punctuation made one space, trimmed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            match base(c) {
                Some(plain) => out.push_str(plain),
                None => out.push(c),
            }
        } else if !is_mark(c) {
            gap = true;
        }
    }
    out
}

/// Combining accents (typed after a letter in decomposed text).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}

/// How well `typed` matches `name`, if at all. Blank text matches nothing.
pub fn strength(typed: &str, name: &str) -> Option<Strength> {
    let (typed, name) = (fold(typed), fold(name));
    strength_folded(&typed, &name)
}

/// [`strength`] for text already passed through [`fold`].
pub fn strength_folded(typed: &str, name: &str) -> Option<Strength> {
    if typed.is_empty() || name.is_empty() {
        return None;
    }
    if typed == name {
        return Some(Strength::Exact);
    }
    let mut words = name.split(' ');
    let starts = typed
        .split(' ')
        .all(|t| words.by_ref().any(|w| w.starts_with(t)));
    if starts && name.starts_with(typed.split(' ').next().unwrap_or_default()) {
        Some(Strength::Leading)
    } else if starts {
        Some(Strength::Starts)
    } else if name.contains(typed) {
        Some(Strength::Inside)
    } else {
        None
    }
}
