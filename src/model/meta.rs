//! What a map is about: its title, purpose, facilitator, date and place.

use super::Date;

/// The facts about a map as a whole.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Meta {
    /// The map's name, shown in the window title.
    pub title: String,
    /// Why the communities are meeting.
    pub purpose: String,
    /// Who is facilitating.
    pub facilitator: String,
    /// The day of the workshop.
    pub date: Option<Date>,
    /// Where it takes place.
    pub place: String,
}

impl Meta {
    /// Facts with just a title.
    pub fn titled(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            ..Self::default()
        }
    }
}
