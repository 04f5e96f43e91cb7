//! The example maps built into the program, and how a file is named in
//! lists of files.

use std::path::Path;

/// The example maps, built into the program so they work wherever it runs.
pub const EXAMPLES: [(&str, &str, &[u8]); 4] = [
    (
        "Referral guidelines",
        "Psychiatrists and social workers turn a quarrel into shared guidelines.",
        include_bytes!("../../../examples/referral-guidelines.ron"),
    ),
    (
        "Coding for non-coders",
        "Mentors and mentees automate a business team's slowest task.",
        include_bytes!("../../../examples/coding-for-non-coders.ron"),
    ),
    (
        "Joint policy response",
        "Police, social services and youth workers answer a new policy together.",
        include_bytes!("../../../examples/joint-policy-response.ron"),
    ),
    (
        "Site visits and certification",
        "A dispersed community hosts visits and opens a path for outsiders.",
        include_bytes!("../../../examples/site-visits-and-certification.ron"),
    ),
];

/// The bytes of a built-in example, by its name.
pub fn example(name: &str) -> Option<&'static [u8]> {
    EXAMPLES
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, _, bytes)| *bytes)
}

/// A file's name, and the folder it is in, for lists of files.
pub fn name_and_folder(path: &Path) -> (String, String) {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let folder = path
        .parent()
        .map(|f| f.display().to_string())
        .unwrap_or_default();
    (name, folder)
}
