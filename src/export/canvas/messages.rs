//! What reading a JSON Canvas file can say: the errors that stop it, and
//! the plain notes about what was adjusted on the way in.

/// Why a file cannot be read as a canvas at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CanvasError {
    /// The file is larger than any canvas a person would draw.
    #[error("The file is {megabytes} MB; a canvas file over {limit} MB is too large to bring in.")]
    TooLarge {
        /// Its size, in whole megabytes.
        megabytes: usize,
        /// The largest size read.
        limit: usize,
    },
    /// The text is not JSON.
    #[error("This is not a canvas file: line {line}, column {column}: {reason}.")]
    NotJson {
        /// The line where reading stopped, from 1.
        line: usize,
        /// The column, from 1.
        column: usize,
        /// What was wrong there.
        reason: String,
    },
    /// The JSON does not have the shape of a canvas.
    #[error("This is not a canvas file: {0}")]
    Shape(String),
    /// A node or edge has a field of the wrong type, or lacks one it needs.
    #[error("{place}: {problem}")]
    Field {
        /// Which node or edge, such as `Node "abc" (the 3rd node)`.
        place: String,
        /// What is wrong with it.
        problem: String,
    },
}

/// How to name a node or edge in a message: its id and where it is in its
/// list, so that a person can find it in the file.
pub fn place(what: &str, id: Option<&str>, index: usize) -> String {
    let nth = ordinal(index + 1);
    match id {
        Some(id) => format!(
            "{what} \"{id}\" (the {nth} {lower})",
            lower = what.to_lowercase()
        ),
        None => format!("The {nth} {lower}", lower = what.to_lowercase()),
    }
}

/// "1st", "2nd", "3rd", "4th", … "11th", "21st".
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// "1 line", "2 lines".
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_read_as_a_person_counts() {
        assert_eq!(place("Node", Some("a"), 0), "Node \"a\" (the 1st node)");
        assert_eq!(place("Edge", None, 11), "The 12th edge");
        assert_eq!(ordinal(22), "22nd");
        assert_eq!(ordinal(13), "13th");
    }
}
