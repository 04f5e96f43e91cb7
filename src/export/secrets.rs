//! A map with a marked text in every confidential field, for checking that
//! exports leave confidential items out. Tests across the crate and in
//! `tests/` use it; it is public so that they can.

use crate::model::{
    Activity, ActivityKind, Boundary, Community, Id, Map, Meta, Note, Point, Severity, Stakeholder,
    Tension, TensionKind,
};
use crate::{Document, Edit};

/// A small workshop map whose confidential tension and note carry
/// `sentinel` in every text field they have, beside ordinary items that do
/// not. An activity addresses both the open and the confidential tension.
pub fn planted(sentinel: &str) -> Map {
    let id = |n: u64| Id::from_u64(0x5ec0 + n);
    let psy = Community::new(id(1), "Psychiatrists", Point::new(0.0, 0.0));
    let sw = Community::new(id(2), "Social workers", Point::new(400.0, 0.0));
    let gp = Stakeholder::new(id(3), "Family doctors", Point::new(200.0, 300.0));
    let boundary = Boundary::new(id(4), vec![psy.id, sw.id]);
    let mut open = Tension::new(id(5), boundary.id, TensionKind::Terminology, Severity::MIN);
    open.statement = "Different words for a referral".to_owned();
    let mut secret = Tension::new(id(6), boundary.id, TensionKind::Suspicion, Severity::MAX);
    secret.statement = format!("statement {sentinel}");
    secret.note = format!("note {sentinel}");
    secret.raised_by = Some(psy.id);
    secret.confidential = true;
    let mut act = Activity::new(
        id(7),
        ActivityKind::Workshop,
        "Shared case review",
        vec![boundary.id],
    );
    act.tensions = vec![open.id, secret.id];
    let plain = Note::new(id(8), "Ask about waiting lists", Point::new(0.0, 400.0));
    let mut hush = Note::new(id(9), format!("note {sentinel}"), Point::new(400.0, 400.0));
    hush.confidential = true;
    let items = vec![
        psy.into(),
        sw.into(),
        gp.into(),
        boundary.into(),
        open.into(),
        secret.into(),
        act.into(),
        plain.into(),
        hush.into(),
    ];
    let mut doc = Document::new(Map::new(Meta::titled("Referrals")));
    doc.apply(Edit::Batch(items.into_iter().map(Edit::Add).collect()))
        .expect("the planted map is valid");
    doc.map().clone()
}

/// How many confidential items [`planted`] holds.
pub const PLANTED: usize = 2;
