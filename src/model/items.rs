//! An ordered collection of one kind of item, found by id.

use indexmap::IndexMap;
use serde::{Serialize, Serializer};

use super::{Id, IdBuildHasher};

/// Anything with an [`Id`].
pub trait Identified {
    /// Its identity.
    fn id(&self) -> Id;
}

/// The items of one kind on a map, in the order they were added (later ones
/// are drawn on top), each found by id in constant time.
///
/// Only edits change a map, so the methods that change a collection are
/// private to the crate; everyone else reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Items<T> {
    inner: IndexMap<Id, T, IdBuildHasher>,
}

impl<T> Default for Items<T> {
    fn default() -> Self {
        Self {
            inner: IndexMap::default(),
        }
    }
}

impl<T: Identified> Items<T> {
    /// The item with this id.
    pub fn get(&self, id: Id) -> Option<&T> {
        self.inner.get(&id)
    }

    /// Whether an item has this id.
    pub fn contains(&self, id: Id) -> bool {
        self.inner.contains_key(&id)
    }

    /// How many items there are.
    pub fn len(&self) -> usize {
        self.inner.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }

    /// The items in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &T> + DoubleEndedIterator + Clone {
        self.inner.values()
    }

    /// Builds a collection from items in order. On a repeated id, gives back
    /// the position of the second one.
    #[doc(hidden)]
    pub fn from_vec(items: Vec<T>) -> Result<Self, usize> {
        let mut inner = IndexMap::with_capacity_and_hasher(items.len(), IdBuildHasher::default());
        for (index, item) in items.into_iter().enumerate() {
            if inner.insert(item.id(), item).is_some() {
                return Err(index);
            }
        }
        Ok(Self { inner })
    }

    /// Puts an item at `index` (clamped to the end). The caller has checked
    /// that its id is new.
    pub(crate) fn insert_at(&mut self, index: usize, item: T) {
        let index = index.min(self.inner.len());
        let (_, old) = self.inner.insert_before(index, item.id(), item);
        debug_assert!(old.is_none(), "insert_at over an existing id");
    }

    /// Swaps in a new version of an item; gives back the old one.
    pub(crate) fn replace(&mut self, item: T) -> Option<T> {
        self.inner
            .get_mut(&item.id())
            .map(|slot| std::mem::replace(slot, item))
    }

    /// Takes an item out, keeping the others in order; gives back where it
    /// was and what it was.
    pub(crate) fn remove(&mut self, id: Id) -> Option<(usize, T)> {
        self.inner
            .shift_remove_full(&id)
            .map(|(index, _, item)| (index, item))
    }

    /// The item with this id, to change in place.
    pub(crate) fn get_mut(&mut self, id: Id) -> Option<&mut T> {
        self.inner.get_mut(&id)
    }

    /// A copy of the items whose ids `keep` accepts, in the same order.
    pub fn keeping(&self, keep: impl Fn(&Id) -> bool) -> Self
    where
        T: Clone,
    {
        Self {
            inner: self
                .inner
                .iter()
                .filter(|(id, _)| keep(id))
                .map(|(id, item)| (*id, item.clone()))
                .collect(),
        }
    }
}

impl<'a, T: Identified> IntoIterator for &'a Items<T> {
    type Item = &'a T;
    type IntoIter = indexmap::map::Values<'a, Id, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.inner.values()
    }
}

/// A collection is written as a list of its items, in order.
impl<T: Serialize> Serialize for Items<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.inner.values())
    }
}
