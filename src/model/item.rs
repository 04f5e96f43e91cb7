//! One item of any kind, for edits that add, change or remove items.

use std::fmt;

use super::{
    Activity, Boundary, BoundaryObject, Broker, Community, Group, Id, Identified, Note, Point,
    Stakeholder, Tension,
};

/// The kinds of item a map holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemKind {
    /// A community of practice.
    Community,
    /// A stakeholder.
    Stakeholder,
    /// A boundary between parties.
    Boundary,
    /// A tension on a boundary.
    Tension,
    /// An activity across boundaries.
    Activity,
    /// A boundary object.
    Object,
    /// A broker.
    Broker,
    /// A sticky note.
    Note,
    /// A group frame.
    Group,
}

impl ItemKind {
    /// The kind's name in a sentence, in lower case.
    pub fn noun(self) -> &'static str {
        match self {
            Self::Community => "community",
            Self::Stakeholder => "stakeholder",
            Self::Boundary => "boundary",
            Self::Tension => "tension",
            Self::Activity => "activity",
            Self::Object => "boundary object",
            Self::Broker => "broker",
            Self::Note => "note",
            Self::Group => "group",
        }
    }

    /// The kind's name with "a" or "an" before it: "an activity".
    pub fn with_article(self) -> String {
        match self {
            Self::Activity => "an activity".to_owned(),
            other => format!("a {}", other.noun()),
        }
    }

    /// Whether items of this kind can be a side of a boundary.
    pub fn is_party(self) -> bool {
        matches!(self, Self::Community | Self::Stakeholder)
    }

    /// Whether items of this kind stand on the canvas by themselves (a
    /// shape that is dragged on its own), rather than hang from a boundary
    /// or live only in the panels.
    pub fn stands_alone(self) -> bool {
        matches!(
            self,
            Self::Community | Self::Stakeholder | Self::Boundary | Self::Note | Self::Group
        )
    }
}

impl fmt::Display for ItemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.noun())
    }
}

/// An item of any kind, owned.
#[derive(Debug, Clone, PartialEq)]
#[allow(
    clippy::large_enum_variant,
    reason = "items are moved rarely, and boxing would cost every edit an allocation"
)]
pub enum Item {
    /// A community of practice.
    Community(Community),
    /// A stakeholder.
    Stakeholder(Stakeholder),
    /// A boundary.
    Boundary(Boundary),
    /// A tension.
    Tension(Tension),
    /// An activity.
    Activity(Activity),
    /// A boundary object.
    Object(BoundaryObject),
    /// A broker.
    Broker(Broker),
    /// A sticky note.
    Note(Note),
    /// A group frame.
    Group(Group),
}

impl Item {
    /// Its identity.
    pub fn id(&self) -> Id {
        self.as_ref().id()
    }

    /// Its kind.
    pub fn kind(&self) -> ItemKind {
        self.as_ref().kind()
    }

    /// The one line that names it on the canvas: a community's or
    /// stakeholder's name, a boundary's label, an activity's title, a
    /// note's text, a group's label. Tensions, boundary objects and brokers
    /// are named only in the panels.
    pub fn title(&self) -> Option<&str> {
        Some(match self {
            Self::Community(c) => &c.name,
            Self::Stakeholder(s) => &s.name,
            Self::Boundary(b) => &b.label,
            Self::Activity(a) => &a.title,
            Self::Note(n) => &n.text,
            Self::Group(g) => &g.label,
            Self::Tension(_) | Self::Object(_) | Self::Broker(_) => return None,
        })
    }

    /// The item with `text` as its [`Item::title`], or `None` if it has
    /// none.
    pub fn retitled(self, text: String) -> Option<Item> {
        let mut item = self;
        match &mut item {
            Self::Community(c) => c.name = text,
            Self::Stakeholder(s) => s.name = text,
            Self::Boundary(b) => b.label = text,
            Self::Activity(a) => a.title = text,
            Self::Note(n) => n.text = text,
            Self::Group(g) => g.label = text,
            Self::Tension(_) | Self::Object(_) | Self::Broker(_) => return None,
        }
        Some(item)
    }

    /// Where it sits on the canvas, for the kinds that have a position.
    pub fn pos(&self) -> Option<Point> {
        match self {
            Self::Community(x) => Some(x.pos),
            Self::Stakeholder(x) => Some(x.pos),
            Self::Note(x) => Some(x.pos),
            Self::Group(x) => Some(x.pos),
            _ => None,
        }
    }
}

macro_rules! identified {
    ($($t:ty => $variant:ident),* $(,)?) => {$(
        impl Identified for $t {
            fn id(&self) -> Id {
                self.id
            }
        }
        impl $t {
            /// The item, borrowed as any kind.
            pub fn as_item_ref(&self) -> ItemRef<'_> {
                ItemRef::$variant(self)
            }
        }
        impl From<$t> for Item {
            fn from(value: $t) -> Self {
                Item::$variant(value)
            }
        }
    )*};
}

identified!(
    Community => Community,
    Stakeholder => Stakeholder,
    Boundary => Boundary,
    Tension => Tension,
    Activity => Activity,
    BoundaryObject => Object,
    Broker => Broker,
    Note => Note,
    Group => Group,
);

/// An item of any kind, borrowed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ItemRef<'a> {
    /// A community of practice.
    Community(&'a Community),
    /// A stakeholder.
    Stakeholder(&'a Stakeholder),
    /// A boundary.
    Boundary(&'a Boundary),
    /// A tension.
    Tension(&'a Tension),
    /// An activity.
    Activity(&'a Activity),
    /// A boundary object.
    Object(&'a BoundaryObject),
    /// A broker.
    Broker(&'a Broker),
    /// A sticky note.
    Note(&'a Note),
    /// A group frame.
    Group(&'a Group),
}

impl Item {
    /// The item, borrowed.
    pub fn as_ref(&self) -> ItemRef<'_> {
        match self {
            Self::Community(x) => ItemRef::Community(x),
            Self::Stakeholder(x) => ItemRef::Stakeholder(x),
            Self::Boundary(x) => ItemRef::Boundary(x),
            Self::Tension(x) => ItemRef::Tension(x),
            Self::Activity(x) => ItemRef::Activity(x),
            Self::Object(x) => ItemRef::Object(x),
            Self::Broker(x) => ItemRef::Broker(x),
            Self::Note(x) => ItemRef::Note(x),
            Self::Group(x) => ItemRef::Group(x),
        }
    }
}

impl ItemRef<'_> {
    /// An owned copy.
    pub fn to_owned_item(self) -> Item {
        match self {
            Self::Community(x) => x.clone().into(),
            Self::Stakeholder(x) => x.clone().into(),
            Self::Boundary(x) => x.clone().into(),
            Self::Tension(x) => x.clone().into(),
            Self::Activity(x) => x.clone().into(),
            Self::Object(x) => x.clone().into(),
            Self::Broker(x) => x.clone().into(),
            Self::Note(x) => x.clone().into(),
            Self::Group(x) => x.clone().into(),
        }
    }

    /// Its identity.
    pub fn id(self) -> Id {
        match self {
            Self::Community(x) => x.id,
            Self::Stakeholder(x) => x.id,
            Self::Boundary(x) => x.id,
            Self::Tension(x) => x.id,
            Self::Activity(x) => x.id,
            Self::Object(x) => x.id,
            Self::Broker(x) => x.id,
            Self::Note(x) => x.id,
            Self::Group(x) => x.id,
        }
    }

    /// Its kind.
    pub fn kind(self) -> ItemKind {
        match self {
            Self::Community(_) => ItemKind::Community,
            Self::Stakeholder(_) => ItemKind::Stakeholder,
            Self::Boundary(_) => ItemKind::Boundary,
            Self::Tension(_) => ItemKind::Tension,
            Self::Activity(_) => ItemKind::Activity,
            Self::Object(_) => ItemKind::Object,
            Self::Broker(_) => ItemKind::Broker,
            Self::Note(_) => ItemKind::Note,
            Self::Group(_) => ItemKind::Group,
        }
    }

    /// Its name or title as the room sees it (a note's first words).
    pub fn name(self) -> String {
        match self {
            Self::Community(x) => x.name.clone(),
            Self::Stakeholder(x) => x.name.clone(),
            Self::Boundary(x) => x.label.clone(),
            Self::Tension(x) => x.kind.label().to_owned(),
            Self::Activity(x) => x.title.clone(),
            Self::Object(x) => x.name.clone(),
            Self::Broker(x) => x.name.clone(),
            Self::Note(x) => x.text.chars().take(30).collect(),
            Self::Group(x) => x.label.clone(),
        }
    }
}
