//! The map: everything a facilitator records about one set of communities.

use super::{
    Activity, Boundary, BoundaryObject, Broker, Community, Conflict, Group, Id, Item, ItemKind,
    ItemRef, Items, Kept, Meta, Note, Point, SavedView, Stakeholder, Tension,
};

/// A whole map. Change it through [`crate::Document`] so that every change
/// can be undone; reading is open to all.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Map {
    /// What the map is about.
    pub meta: Meta,
    /// Communities of practice.
    pub communities: Items<Community>,
    /// Stakeholders.
    pub stakeholders: Items<Stakeholder>,
    /// Boundaries between communities and stakeholders.
    pub boundaries: Items<Boundary>,
    /// Tensions, each on one boundary.
    pub tensions: Items<Tension>,
    /// Proposed activities.
    pub activities: Items<Activity>,
    /// Boundary objects.
    pub objects: Items<BoundaryObject>,
    /// Brokers.
    pub brokers: Items<Broker>,
    /// Sticky notes.
    pub notes: Items<Note>,
    /// Group frames.
    pub groups: Items<Group>,
    /// Saved views, in the order a presentation steps through them.
    pub views: Vec<SavedView>,
    /// Where a merge found two copies changed differently; both values are
    /// kept here until someone picks one (since format 3).
    pub conflicts: Vec<Conflict>,
    /// What a file from another tool held that Convene has no place for,
    /// written back when the map goes out in that format again.
    pub kept: Kept,
}

/// How many items of the main kinds a map holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Communities.
    pub communities: usize,
    /// Stakeholders.
    pub stakeholders: usize,
    /// Boundaries.
    pub boundaries: usize,
    /// Tensions.
    pub tensions: usize,
    /// Activities.
    pub activities: usize,
}

impl Map {
    /// A copy with only the items `keep` accepts, and the same facts,
    /// views and kept foreign data. References are left as they are.
    pub fn keeping(&self, keep: impl Fn(&Id) -> bool) -> Map {
        Map {
            meta: self.meta.clone(),
            communities: self.communities.keeping(&keep),
            stakeholders: self.stakeholders.keeping(&keep),
            boundaries: self.boundaries.keeping(&keep),
            tensions: self.tensions.keeping(&keep),
            activities: self.activities.keeping(&keep),
            objects: self.objects.keeping(&keep),
            brokers: self.brokers.keeping(&keep),
            notes: self.notes.keeping(&keep),
            groups: self.groups.keeping(&keep),
            views: self.views.clone(),
            conflicts: self.conflicts.clone(),
            kept: self.kept.clone(),
        }
    }

    /// An empty map with these facts.
    pub fn new(meta: Meta) -> Self {
        Self {
            meta,
            ..Self::default()
        }
    }

    /// What kind of item has this id, if any.
    pub fn kind_of(&self, id: Id) -> Option<ItemKind> {
        if self.communities.contains(id) {
            Some(ItemKind::Community)
        } else if self.stakeholders.contains(id) {
            Some(ItemKind::Stakeholder)
        } else if self.boundaries.contains(id) {
            Some(ItemKind::Boundary)
        } else if self.tensions.contains(id) {
            Some(ItemKind::Tension)
        } else if self.activities.contains(id) {
            Some(ItemKind::Activity)
        } else if self.objects.contains(id) {
            Some(ItemKind::Object)
        } else if self.brokers.contains(id) {
            Some(ItemKind::Broker)
        } else if self.notes.contains(id) {
            Some(ItemKind::Note)
        } else if self.groups.contains(id) {
            Some(ItemKind::Group)
        } else {
            None
        }
    }

    /// Whether any item has this id.
    pub fn contains(&self, id: Id) -> bool {
        self.kind_of(id).is_some()
    }

    /// Whether this id is a community or a stakeholder.
    pub fn is_party(&self, id: Id) -> bool {
        self.communities.contains(id) || self.stakeholders.contains(id)
    }

    /// The item with this id.
    pub fn item_ref(&self, id: Id) -> Option<ItemRef<'_>> {
        Some(match self.kind_of(id)? {
            ItemKind::Community => ItemRef::Community(self.communities.get(id)?),
            ItemKind::Stakeholder => ItemRef::Stakeholder(self.stakeholders.get(id)?),
            ItemKind::Boundary => ItemRef::Boundary(self.boundaries.get(id)?),
            ItemKind::Tension => ItemRef::Tension(self.tensions.get(id)?),
            ItemKind::Activity => ItemRef::Activity(self.activities.get(id)?),
            ItemKind::Object => ItemRef::Object(self.objects.get(id)?),
            ItemKind::Broker => ItemRef::Broker(self.brokers.get(id)?),
            ItemKind::Note => ItemRef::Note(self.notes.get(id)?),
            ItemKind::Group => ItemRef::Group(self.groups.get(id)?),
        })
    }

    /// A copy of the item with this id.
    pub fn item(&self, id: Id) -> Option<Item> {
        self.item_ref(id).map(ItemRef::to_owned_item)
    }

    /// A fresh id that no item on this map has.
    pub fn new_id(&self) -> Id {
        loop {
            let id = Id::random();
            if !self.contains(id) {
                return id;
            }
        }
    }

    /// Every item's id, kind by kind, each kind in map order.
    pub fn ids(&self) -> impl Iterator<Item = Id> + '_ {
        self.communities
            .iter()
            .map(|x| x.id)
            .chain(self.stakeholders.iter().map(|x| x.id))
            .chain(self.boundaries.iter().map(|x| x.id))
            .chain(self.tensions.iter().map(|x| x.id))
            .chain(self.activities.iter().map(|x| x.id))
            .chain(self.objects.iter().map(|x| x.id))
            .chain(self.brokers.iter().map(|x| x.id))
            .chain(self.notes.iter().map(|x| x.id))
            .chain(self.groups.iter().map(|x| x.id))
    }

    /// The communities, stakeholders and notes, each with its position: the
    /// items that stand at a point of their own.
    pub fn placed(&self) -> impl Iterator<Item = (Id, Point)> + '_ {
        self.communities
            .iter()
            .map(|c| (c.id, c.pos))
            .chain(self.stakeholders.iter().map(|s| (s.id, s.pos)))
            .chain(self.notes.iter().map(|n| (n.id, n.pos)))
    }

    /// The ids of [`Map::placed`] items: what "Select all" selects.
    pub fn placed_ids(&self) -> impl Iterator<Item = Id> + '_ {
        self.placed().map(|(id, _)| id)
    }

    /// What a group holds: the communities, stakeholders and notes whose
    /// position lies inside its frame (edges included), in map order.
    pub fn group_contents(&self, group: Id) -> Vec<Id> {
        let Some(g) = self.groups.get(group) else {
            return Vec::new();
        };
        let inside = |p: Point| {
            p.x >= g.pos.x
                && p.y >= g.pos.y
                && p.x <= g.pos.x + g.size.w
                && p.y <= g.pos.y + g.size.h
        };
        self.placed()
            .filter(|&(_, p)| inside(p))
            .map(|(id, _)| id)
            .collect()
    }

    /// The name of a community or stakeholder.
    pub fn party_name(&self, id: Id) -> Option<&str> {
        self.communities
            .get(id)
            .map(|c| c.name.as_str())
            .or_else(|| self.stakeholders.get(id).map(|s| s.name.as_str()))
    }

    /// What to call a boundary: its label, or else the names of its sides.
    pub fn boundary_title(&self, boundary: &Boundary) -> String {
        if !boundary.label.trim().is_empty() {
            return boundary.label.clone();
        }
        boundary
            .between
            .iter()
            .map(|&id| self.party_name(id).unwrap_or("?"))
            .collect::<Vec<_>>()
            .join(" – ")
    }

    /// A short description of an item for messages, such as
    /// `community "Social workers"`.
    pub fn describe(&self, id: Id) -> String {
        let Some(item) = self.item_ref(id) else {
            return format!("the item {id}");
        };
        let kind = item.kind();
        let name = match item {
            ItemRef::Boundary(b) => self.boundary_title(b),
            other => other.name(),
        };
        if name.trim().is_empty() {
            format!("{kind} {id}")
        } else {
            format!("{kind} \"{name}\"")
        }
    }

    /// The tensions on a boundary, in order.
    pub fn tensions_on(&self, boundary: Id) -> impl Iterator<Item = &Tension> {
        self.tensions.iter().filter(move |t| t.boundary == boundary)
    }

    /// How many items of the main kinds the map holds.
    pub fn counts(&self) -> Counts {
        Counts {
            communities: self.communities.len(),
            stakeholders: self.stakeholders.len(),
            boundaries: self.boundaries.len(),
            tensions: self.tensions.len(),
            activities: self.activities.len(),
        }
    }

    /// How many items the map holds in all.
    pub fn len(&self) -> usize {
        self.communities.len()
            + self.stakeholders.len()
            + self.boundaries.len()
            + self.tensions.len()
            + self.activities.len()
            + self.objects.len()
            + self.brokers.len()
            + self.notes.len()
            + self.groups.len()
    }

    /// Whether the map holds no items (its facts may still be filled in).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Puts an item at `index` in its kind's order.
    pub(crate) fn insert_item(&mut self, index: usize, item: Item) {
        match item {
            Item::Community(x) => self.communities.insert_at(index, x),
            Item::Stakeholder(x) => self.stakeholders.insert_at(index, x),
            Item::Boundary(x) => self.boundaries.insert_at(index, x),
            Item::Tension(x) => self.tensions.insert_at(index, x),
            Item::Activity(x) => self.activities.insert_at(index, x),
            Item::Object(x) => self.objects.insert_at(index, x),
            Item::Broker(x) => self.brokers.insert_at(index, x),
            Item::Note(x) => self.notes.insert_at(index, x),
            Item::Group(x) => self.groups.insert_at(index, x),
        }
    }

    /// Swaps in a new version of an item; gives back the old one.
    pub(crate) fn replace_item(&mut self, item: Item) -> Option<Item> {
        Some(match item {
            Item::Community(x) => self.communities.replace(x)?.into(),
            Item::Stakeholder(x) => self.stakeholders.replace(x)?.into(),
            Item::Boundary(x) => self.boundaries.replace(x)?.into(),
            Item::Tension(x) => self.tensions.replace(x)?.into(),
            Item::Activity(x) => self.activities.replace(x)?.into(),
            Item::Object(x) => self.objects.replace(x)?.into(),
            Item::Broker(x) => self.brokers.replace(x)?.into(),
            Item::Note(x) => self.notes.replace(x)?.into(),
            Item::Group(x) => self.groups.replace(x)?.into(),
        })
    }

    /// Takes an item out; gives back where it stood and what it was.
    pub(crate) fn remove_item(&mut self, id: Id) -> Option<(usize, Item)> {
        fn take<T: super::Identified + Into<Item>>(
            items: &mut Items<T>,
            id: Id,
        ) -> Option<(usize, Item)> {
            items.remove(id).map(|(i, x)| (i, x.into()))
        }
        match self.kind_of(id)? {
            ItemKind::Community => take(&mut self.communities, id),
            ItemKind::Stakeholder => take(&mut self.stakeholders, id),
            ItemKind::Boundary => take(&mut self.boundaries, id),
            ItemKind::Tension => take(&mut self.tensions, id),
            ItemKind::Activity => take(&mut self.activities, id),
            ItemKind::Object => take(&mut self.objects, id),
            ItemKind::Broker => take(&mut self.brokers, id),
            ItemKind::Note => take(&mut self.notes, id),
            ItemKind::Group => take(&mut self.groups, id),
        }
    }

    /// The position of an item that has one, to change in place.
    pub(crate) fn pos_mut(&mut self, id: Id) -> Option<&mut super::Point> {
        if let Some(c) = self.communities.get_mut(id) {
            return Some(&mut c.pos);
        }
        if let Some(s) = self.stakeholders.get_mut(id) {
            return Some(&mut s.pos);
        }
        if let Some(n) = self.notes.get_mut(id) {
            return Some(&mut n.pos);
        }
        self.groups.get_mut(id).map(|g| &mut g.pos)
    }
}
