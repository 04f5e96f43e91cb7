//! Leaves out what no longer fits once a canvas is read: a boundary whose
//! side is not in the file, a tension whose boundary is gone, references
//! to items that are not there. A file edited in another tool can lose a
//! node that Convene's data on a line still names.

use std::collections::HashSet;

use super::messages::count;
use super::read::Reader;
use crate::model::Id;

/// Removes what refers to items that were not read, and says so.
pub(super) fn prune(r: &mut Reader) {
    let parties: HashSet<Id> = r
        .communities
        .iter()
        .map(|c| c.id)
        .chain(r.stakeholders.iter().map(|s| s.id))
        .collect();
    let before = r.boundaries.len();
    r.boundaries
        .retain(|b| b.between.iter().all(|p| parties.contains(p)));
    let lost = before - r.boundaries.len();
    if lost > 0 {
        r.said.push(format!(
            "{} named a community or stakeholder that is not in the file; left out.",
            count(lost, "boundary", "boundaries")
        ));
    }
    let boundaries: HashSet<Id> = r.boundaries.iter().map(|b| b.id).collect();
    r.tensions.retain(|t| boundaries.contains(&t.boundary));
    let tensions: HashSet<Id> = r.tensions.iter().map(|t| t.id).collect();
    let mut cut = 0;
    for a in &mut r.activities {
        let n = a.boundaries.len() + a.tensions.len() + a.participants.len() + a.expectations.len();
        a.boundaries.retain(|b| boundaries.contains(b));
        a.tensions.retain(|t| tensions.contains(t));
        a.participants.retain(|p| parties.contains(p));
        a.expectations.retain(|e| parties.contains(&e.party));
        let m = a.boundaries.len() + a.tensions.len() + a.participants.len() + a.expectations.len();
        cut += n - m;
    }
    for t in &mut r.tensions {
        if t.raised_by.is_some_and(|p| !parties.contains(&p)) {
            t.raised_by = None;
            cut += 1;
        }
    }
    for o in &mut r.top.objects {
        let n = o.boundaries.len();
        o.boundaries.retain(|b| boundaries.contains(b));
        cut += n - o.boundaries.len();
    }
    for b in &mut r.top.brokers {
        let n = b.boundaries.len() + b.communities.len();
        b.boundaries.retain(|x| boundaries.contains(x));
        b.communities
            .retain(|c| r.communities.iter().any(|k| k.id == *c));
        cut += n - b.boundaries.len() - b.communities.len();
    }
    if cut > 0 {
        r.said.push(format!(
            "{} to items not in the file were left out.",
            count(cut, "reference", "references")
        ));
    }
}
