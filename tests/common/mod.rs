//! Shared helpers for the integration tests.
#![allow(
    dead_code,
    reason = "each test file uses a different part of these helpers"
)]

use convene::model::*;
use convene::{Document, Edit};

/// Fixed ids so that tests read clearly.
pub const PSY: Id = Id::from_u64(0x1);
pub const SOC: Id = Id::from_u64(0x2);
pub const GP: Id = Id::from_u64(0x3);
pub const MGMT: Id = Id::from_u64(0x4);
pub const B_PSY_SOC: Id = Id::from_u64(0x10);
pub const B_ALL: Id = Id::from_u64(0x11);
pub const B_SOC_MGMT: Id = Id::from_u64(0x12);
pub const T_SUSPICION: Id = Id::from_u64(0x20);
pub const T_TERMS: Id = Id::from_u64(0x21);
pub const A_GUIDELINES: Id = Id::from_u64(0x30);
pub const OBJ_FORM: Id = Id::from_u64(0x40);
pub const BROKER: Id = Id::from_u64(0x50);
pub const NOTE: Id = Id::from_u64(0x60);
pub const GROUP: Id = Id::from_u64(0x70);

/// A small map with one of everything, built through edits, as if just
/// opened: no history, unmodified.
pub fn sample() -> Document {
    let mut doc = Document::new(Map::new(Meta::titled("Referrals")));
    for edit in sample_edits() {
        doc.apply(edit).expect("sample edit");
    }
    Document::new(doc.map().clone())
}

/// The edits that build [`sample`].
pub fn sample_edits() -> Vec<Edit> {
    let mut psy = Community::new(PSY, "Psychiatrists", Point::new(0.0, 0.0));
    psy.terms = vec!["case".into()];
    let soc = Community::new(SOC, "Social workers", Point::new(300.0, 0.0));
    let gp = Community::new(GP, "GPs", Point::new(150.0, 250.0));
    let mgmt = Stakeholder::new(MGMT, "Hospital board", Point::new(500.0, 200.0));
    let mut suspicion = Tension::new(
        T_SUSPICION,
        B_PSY_SOC,
        TensionKind::Suspicion,
        Severity::new(4).expect("a severity"),
    );
    suspicion.raised_by = Some(SOC);
    let mut terms = Tension::new(
        T_TERMS,
        B_ALL,
        TensionKind::Terminology,
        Severity::new(2).expect("a severity"),
    );
    terms.raised_by = Some(PSY);
    let mut guidelines = Activity::new(
        A_GUIDELINES,
        ActivityKind::Breakthrough,
        "Draft referral guidelines",
        vec![B_PSY_SOC, B_ALL],
    );
    guidelines.tensions = vec![T_SUSPICION, T_TERMS];
    guidelines.participants = vec![PSY, SOC, GP];
    guidelines.expectations = vec![
        Expectation {
            party: PSY,
            value: Some(ValueKind::Immediate),
            note: "Fewer wrong referrals".into(),
        },
        Expectation {
            party: SOC,
            value: None,
            note: "A say in the criteria".into(),
        },
    ];
    vec![
        Edit::Add(psy.into()),
        Edit::Add(soc.into()),
        Edit::Add(gp.into()),
        Edit::Add(mgmt.into()),
        Edit::Add(Boundary::new(B_PSY_SOC, vec![PSY, SOC]).into()),
        Edit::Add(Boundary::new(B_ALL, vec![PSY, SOC, GP]).into()),
        Edit::Add(Boundary::new(B_SOC_MGMT, vec![SOC, MGMT]).into()),
        Edit::Add(suspicion.into()),
        Edit::Add(terms.into()),
        Edit::Add(guidelines.into()),
        Edit::Add(
            BoundaryObject {
                id: OBJ_FORM,
                name: "Referral form".into(),
                description: String::new(),
                boundaries: vec![B_PSY_SOC],
            }
            .into(),
        ),
        Edit::Add(
            Broker {
                id: BROKER,
                name: "Dana".into(),
                communities: vec![PSY, SOC],
                boundaries: vec![B_PSY_SOC],
                note: String::new(),
            }
            .into(),
        ),
        Edit::Add(Note::new(NOTE, "Ask about waiting lists", Point::new(0.0, 400.0)).into()),
        Edit::Add(
            Group::new(
                GROUP,
                "Health",
                Point::new(-50.0, -50.0),
                Size::new(500.0, 400.0),
            )
            .into(),
        ),
    ]
}
