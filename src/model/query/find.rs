//! Finding text anywhere on a map.

use crate::model::{Id, Map};

/// The items whose text contains `text`, ignoring case and the spaces
/// around it. Every field a facilitator types is searched: names,
/// practices, key people, terms, values, roles, wants, labels, notes,
/// titles, descriptions, hosts, owners and expected value, as well as the
/// kind of a tension or an activity.
///
/// The order is stable and follows the map: communities, stakeholders,
/// boundaries, tensions, activities, boundary objects, brokers, notes and
/// groups, each kind in the map's own order. Blank text finds nothing.
pub fn find(map: &Map, text: &str) -> Vec<Id> {
    let needle = text.trim().to_lowercase();
    if needle.is_empty() {
        return Vec::new();
    }
    let hit = |fields: &[&str]| fields.iter().any(|f| f.to_lowercase().contains(&needle));
    let hit_list = |list: &[String]| list.iter().any(|f| f.to_lowercase().contains(&needle));
    let mut found = Vec::new();
    for c in map.communities.iter() {
        if hit(&[&c.name, &c.practice, &c.values]) || hit_list(&c.key_people) || hit_list(&c.terms)
        {
            found.push(c.id);
        }
    }
    for s in map.stakeholders.iter() {
        if hit(&[&s.name, &s.role, &s.wants]) {
            found.push(s.id);
        }
    }
    for b in map.boundaries.iter() {
        if hit(&[&b.label, &b.note]) {
            found.push(b.id);
        }
    }
    for t in map.tensions.iter() {
        if hit(&[t.kind.label(), &t.note]) {
            found.push(t.id);
        }
    }
    for a in map.activities.iter() {
        if hit(&[&a.title, a.kind.label(), &a.description, &a.host, &a.owner])
            || a.expectations.iter().any(|e| hit(&[&e.note]))
        {
            found.push(a.id);
        }
    }
    for o in map.objects.iter() {
        if hit(&[&o.name, &o.description]) {
            found.push(o.id);
        }
    }
    for b in map.brokers.iter() {
        if hit(&[&b.name, &b.note]) {
            found.push(b.id);
        }
    }
    for n in map.notes.iter() {
        if hit(&[&n.text]) {
            found.push(n.id);
        }
    }
    for g in map.groups.iter() {
        if hit(&[&g.label]) {
            found.push(g.id);
        }
    }
    found
}
