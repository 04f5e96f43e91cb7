//! The shape of a map file, version by version.
//!
//! A file is one RON record whose first field is `format`. Any change to
//! the shape, even a new field with a default, takes a new format number,
//! so that an older Convene can tell a newer file apart instead of
//! misreading it. Older formats keep their own structs here and are
//! migrated forward on open.

use serde::{Deserialize, Serialize};

use crate::model::{
    Activity, Boundary, BoundaryObject, Broker, Community, Conflict, Date, Group, Items, Map, Meta,
    Note, SavedView, Stakeholder, Tension,
};

/// The format this version of Convene writes, and the newest it reads.
pub const FORMAT: u32 = 3;

/// The format written for a map without conflicts: such a file has the
/// shape of format 2, so older versions of Convene still open it, and maps
/// kept in git do not all change on their next save.
pub const FORMAT_WITHOUT_CONFLICTS: u32 = 2;

// Format 2 added saved views (`views`), tension statements, and `pinned` on
// communities, stakeholders and notes. Format 3 added `conflicts`, left by a
// merge. Every addition has a default, so one struct reads every format: a
// format-1 file opens unchanged with no views and no conflicts.

/// A whole file of format 1, 2 or 3, as read.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Map")]
pub(crate) struct FileV1 {
    pub format: u32,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub purpose: String,
    #[serde(default)]
    pub facilitator: String,
    #[serde(default)]
    pub date: Option<Date>,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    #[serde(deserialize_with = "crate::model::limit::list")]
    pub communities: Vec<Community>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::model::limit::list")]
    pub stakeholders: Vec<Stakeholder>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::model::limit::list")]
    pub boundaries: Vec<Boundary>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::model::limit::list")]
    pub tensions: Vec<Tension>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::model::limit::list")]
    pub activities: Vec<Activity>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::model::limit::list")]
    pub objects: Vec<BoundaryObject>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::model::limit::list")]
    pub brokers: Vec<Broker>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::model::limit::list")]
    pub notes: Vec<Note>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::model::limit::list")]
    pub groups: Vec<Group>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::model::limit::list")]
    pub views: Vec<SavedView>,
    #[serde(default)]
    pub conflicts: Vec<Conflict>,
}

/// A map as written, borrowing from the map. Fields appear in this order.
#[derive(Serialize)]
#[serde(rename = "Map")]
pub(crate) struct FileRef<'a> {
    format: u32,
    title: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    purpose: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    facilitator: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<Date>,
    #[serde(skip_serializing_if = "str::is_empty")]
    place: &'a str,
    communities: &'a Items<Community>,
    stakeholders: &'a Items<Stakeholder>,
    boundaries: &'a Items<Boundary>,
    tensions: &'a Items<Tension>,
    activities: &'a Items<Activity>,
    objects: &'a Items<BoundaryObject>,
    brokers: &'a Items<Broker>,
    notes: &'a Items<Note>,
    groups: &'a Items<Group>,
    #[serde(skip_serializing_if = "<[SavedView]>::is_empty")]
    views: &'a [SavedView],
    #[serde(skip_serializing_if = "<[Conflict]>::is_empty")]
    conflicts: &'a [Conflict],
}

impl<'a> From<&'a Map> for FileRef<'a> {
    fn from(map: &'a Map) -> Self {
        let Meta {
            title,
            purpose,
            facilitator,
            date,
            place,
        } = &map.meta;
        Self {
            format: if map.conflicts.is_empty() {
                FORMAT_WITHOUT_CONFLICTS
            } else {
                FORMAT
            },
            title,
            purpose,
            facilitator,
            date: *date,
            place,
            communities: &map.communities,
            stakeholders: &map.stakeholders,
            boundaries: &map.boundaries,
            tensions: &map.tensions,
            activities: &map.activities,
            objects: &map.objects,
            brokers: &map.brokers,
            notes: &map.notes,
            groups: &map.groups,
            views: &map.views,
            conflicts: &map.conflicts,
        }
    }
}
