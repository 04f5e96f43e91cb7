//! Every short form, forgiving names and kinds, ambiguity, errors in plain
//! words, blank text, odd spacing and names in other scripts.
#![allow(clippy::unwrap_used, reason = "in a test a panic is the report")]

use super::fold::{Strength, fold, strength};
use super::*;
use crate::edit::{self, Edit};
use crate::model::{
    ActivityKind, Boundary, Community, Id, Map, Meta, Point, Severity, Stakeholder, TensionKind,
};

/// Police, Social services, Social workers and the stakeholder "Ministère
/// de la Santé", with a boundary between Police and Social services.
fn room() -> Map {
    let mut map = Map::new(Meta::default());
    let mut add = |item: crate::model::Item| edit::apply(&mut map, Edit::Add(item)).unwrap();
    add(Community::new(Id::from_u64(1), "Police", Point::new(0.0, 0.0)).into());
    add(Community::new(Id::from_u64(2), "Social services", Point::new(300.0, 0.0)).into());
    add(Community::new(Id::from_u64(3), "Social workers", Point::new(600.0, 0.0)).into());
    add(Stakeholder::new(
        Id::from_u64(4),
        "Ministère de la Santé",
        Point::new(0.0, 300.0),
    )
    .into());
    add(Boundary::new(Id::from_u64(10), vec![Id::from_u64(1), Id::from_u64(2)]).into());
    map
}

const POLICE: Id = Id::from_u64(1);
const SERVICES: Id = Id::from_u64(2);
const MINISTRY: Id = Id::from_u64(4);
const THEIR_BOUNDARY: Id = Id::from_u64(10);

fn preview(map: &Map, text: &str) -> String {
    plan(map, text).unwrap().preview
}

/// Applies what `text` plans on `map`; gives back the new map and what
/// was selected.
fn capture(map: &Map, text: &str) -> (Map, Id, Edit) {
    let Action::Make(recipe) = plan(map, text).unwrap().action else {
        panic!("{text:?} should make something: {}", preview(map, text));
    };
    let made = recipe
        .make(map, &|m: &Map| {
            Point::new(1000.0 + 200.0 * m.communities.len() as f32, 0.0)
        })
        .unwrap();
    let mut after = map.clone();
    edit::apply(&mut after, made.edit.clone()).unwrap();
    (after, made.select, made.edit)
}

fn refused(map: &Map, text: &str) -> String {
    let plan = plan(map, text).unwrap();
    assert_eq!(plan.action, Action::Nothing, "{text:?}: {}", plan.preview);
    plan.preview
}

#[test]
fn folding_sets_aside_case_accents_punctuation_and_spacing() {
    assert_eq!(fold("  Ministère   de la SANTÉ "), "ministere de la sante");
    assert_eq!(fold("Łódź–Kraków"), "lodz krakow");
    assert_eq!(fold("Straße, Œuvre"), "strasse oeuvre");
    assert_eq!(fold("Ärzte\u{301}"), "arzte");
    assert_eq!(fold("社会 工作者"), "社会 工作者");
    assert_eq!(fold("Полиция"), "полиция");
    assert_eq!(fold("…"), "");
}

#[test]
fn every_letter_of_latin_extended_a_has_a_plain_letter() {
    for c in '\u{100}'..='\u{17f}' {
        let folded = fold(&c.to_string());
        assert!(
            folded.chars().all(|f| f.is_ascii_lowercase()),
            "{c} folds to {folded:?}"
        );
    }
    assert_eq!(fold("ĀčĐĘğĦĪĶŁŇŐŘŠŢŮŴŶŽ"), "acdeghiklnorstuwyz");
}

#[test]
fn the_start_of_each_word_is_enough_in_order() {
    assert_eq!(
        strength("soc serv", "Social services"),
        Some(Strength::Leading)
    );
    assert_eq!(strength("serv", "Social services"), Some(Strength::Starts));
    assert_eq!(
        strength("SOCIAL SERVICES", "Social services"),
        Some(Strength::Exact)
    );
    assert_eq!(strength("serv soc", "Social services"), None);
    assert_eq!(
        strength("ministere", "Ministère de la Santé"),
        Some(Strength::Leading)
    );
    assert_eq!(strength("工作", "社会工作者"), Some(Strength::Inside));
    assert_eq!(strength("", "Police"), None);
}

#[test]
fn a_name_that_starts_the_same_way_beats_one_with_the_word_later() {
    let mut map = room();
    map = capture(&map, "+ Military police").0;
    map = capture(&map, "+ Police officers").0;
    let officers = party_id(&map, "Police officers");
    // "Police" itself is still the same name.
    assert_eq!(resolve(&map, "police"), Lookup::One(POLICE));
    assert_eq!(resolve(&map, "police off"), Lookup::One(officers));
    assert_eq!(
        resolve(&map, "pol"),
        Lookup::Several(vec![POLICE, officers])
    );
    assert_eq!(
        resolve(&map, "mil pol"),
        Lookup::One(party_id(&map, "Military police"))
    );
}

fn party_id(map: &Map, name: &str) -> Id {
    map.communities.iter().find(|c| c.name == name).unwrap().id
}

#[test]
fn blank_text_plans_nothing() {
    let map = room();
    assert_eq!(plan(&map, ""), None);
    assert_eq!(plan(&map, "   \t "), None);
}

#[test]
fn plain_text_is_a_new_community() {
    let map = room();
    assert_eq!(
        preview(&map, "Psychiatrists"),
        "New community 'Psychiatrists'"
    );
    let (after, selected, edit) = capture(&map, "  Psychiatrists   on call ");
    assert_eq!(after.communities.len(), 4);
    let made = after.communities.get(selected).unwrap();
    assert_eq!(made.name, "Psychiatrists on call");
    assert!(matches!(edit, Edit::Add(_)), "one item, one plain edit");
}

#[test]
fn a_plus_makes_a_community_and_an_existing_name_goes_to_it() {
    let map = room();
    assert_eq!(
        preview(&map, "+ Social workers in training"),
        "New community 'Social workers in training'"
    );
    let (after, selected, _) = capture(&map, "+Dentists");
    assert_eq!(after.communities.get(selected).unwrap().name, "Dentists");
    let plan = plan(&map, "+ police").unwrap();
    assert_eq!(plan.action, Action::GoTo(POLICE));
    assert_eq!(
        plan.preview,
        "Police is already on the map: Enter goes to it."
    );
    assert_eq!(
        refused(&map, "+"),
        "Type the new community's name after the +."
    );
    assert_eq!(
        refused(&map, "+ ..."),
        "A community's name needs a letter or a number."
    );
}

#[test]
fn a_boundary_between_two_named_parties() {
    let mut map = room();
    map = {
        let (m, ..) = capture(&map, "+ Nurses");
        m
    };
    for text in [
        "soc work / nurses",
        "Social workers -- Nurses",
        "social workers – NURSES",
        "soc work/nur",
    ] {
        assert_eq!(
            preview(&map, text),
            "New boundary between Social workers and Nurses",
            "{text}"
        );
    }
    let (after, selected, _) = capture(&map, "soc work / nurses");
    let b = after.boundaries.get(selected).unwrap();
    let nurses = after
        .communities
        .iter()
        .find(|c| c.name == "Nurses")
        .unwrap()
        .id;
    assert_eq!(b.between, vec![Id::from_u64(3), nurses]);
}

#[test]
fn a_boundary_with_unknown_names_makes_them_as_communities_in_one_step() {
    let map = room();
    assert_eq!(
        preview(&map, "Police / Dentists"),
        "New boundary between Police and Dentists (new community 'Dentists')"
    );
    assert_eq!(
        preview(&map, "Judges / Dentists"),
        "New boundary between Judges and Dentists (new communities 'Judges' and 'Dentists')"
    );
    let (after, selected, edit) = capture(&map, "Judges / Dentists");
    let Edit::Batch(steps) = edit else {
        panic!("three items, one batch")
    };
    assert_eq!(steps.len(), 3);
    let b = after.boundaries.get(selected).unwrap();
    let names: Vec<&str> = b
        .between
        .iter()
        .map(|&p| after.party_name(p).unwrap())
        .collect();
    assert_eq!(names, ["Judges", "Dentists"]);
    // Each new community has its own place and its own colour.
    let (j, d) = (
        after.communities.get(b.between[0]).unwrap(),
        after.communities.get(b.between[1]).unwrap(),
    );
    assert_ne!(j.pos, d.pos);
    assert_ne!(j.colour, d.colour);
}

#[test]
fn an_existing_boundary_is_gone_to_not_made_twice() {
    let map = room();
    let plan = plan(&map, "social services / police").unwrap();
    assert_eq!(plan.action, Action::GoTo(THEIR_BOUNDARY));
    assert_eq!(
        plan.preview,
        "Social services and Police already share a boundary: Enter goes to it."
    );
}

#[test]
fn a_stakeholder_can_be_a_side_and_accents_need_not_be_typed() {
    let map = room();
    let (after, selected, _) = capture(&map, "ministere / police");
    assert_eq!(
        after.boundaries.get(selected).unwrap().between,
        vec![MINISTRY, POLICE]
    );
}

#[test]
fn an_ambiguous_name_is_named_and_nothing_is_made() {
    let map = room();
    assert_eq!(
        refused(&map, "soc / police"),
        "'soc' could be Social services or Social workers: type more of the name."
    );
    assert_eq!(
        refused(&map, "! police / social suspicion"),
        "'social' could be Social services or Social workers: type more of the name."
    );
}

#[test]
fn a_boundary_needs_two_different_sides() {
    let map = room();
    assert_eq!(
        refused(&map, "police / POLICE"),
        "Both sides are Police: a boundary needs two different sides."
    );
    assert_eq!(
        refused(&map, "Judges / judges"),
        "Both sides are Judges: a boundary needs two different sides."
    );
    let three = "Name two sides here; to join more, select them and press Ctrl+Shift+B.";
    assert_eq!(refused(&map, "police / social services / judges"), three);
    assert_eq!(
        refused(&map, "! police / social services -- judges suspicion"),
        three
    );
    assert_eq!(
        refused(&map, "police /"),
        "Name both sides, such as 'Police / Social services'."
    );
    assert_eq!(
        refused(&map, " / police"),
        "Name both sides, such as 'Police / Social services'."
    );
}

#[test]
fn a_tension_with_kind_severity_and_words_on_an_existing_boundary() {
    let map = room();
    let text = "! Police / Social services suspicion 4 They never read our notes";
    assert_eq!(
        preview(&map, text),
        "New tension on Police – Social services: Suspicion, severity 4, 'They never read our notes'"
    );
    let (after, selected, edit) = capture(&map, text);
    assert!(matches!(edit, Edit::Add(_)), "only the tension is new");
    let t = after.tensions.get(selected).unwrap();
    assert_eq!(t.boundary, THEIR_BOUNDARY);
    assert_eq!(t.kind, TensionKind::Suspicion);
    assert_eq!(t.severity, Severity::new(4).unwrap());
    assert_eq!(t.statement, "They never read our notes");
}

#[test]
fn a_tension_is_forgiving_about_kind_spacing_quotes_and_a_colon() {
    let map = room();
    let cases = [
        (
            "!pol/soc serv   conflict of interest 5",
            "Conflict of interest",
            5,
            "",
        ),
        ("! pol / soc serv: terms", "Different terms", 3, ""),
        (
            "! pol -- soc serv STEREO 2/5 \"They think we are cowboys\"",
            "Stereotypes",
            2,
            "They think we are cowboys",
        ),
        (
            "! pol / soc serv clashing perspectives 1 risk vs care",
            "Clashing perspectives",
            1,
            "risk vs care",
        ),
        (
            "! pol / soc serv unclear motives why do they ask",
            "Unclear motives or values",
            3,
            "why do they ask",
        ),
        ("! pol / soc serv misunder", "Misunderstanding", 3, ""),
        (
            "! pol / soc serv terms 'urgent' means two things",
            "Different terms",
            3,
            "'urgent' means two things",
        ),
        (
            "! pol / soc serv terms “Urgent”",
            "Different terms",
            3,
            "Urgent",
        ),
        (
            "! pol / soc serv conflict of money",
            "Conflict of interest",
            3,
            "of money",
        ),
    ];
    for (text, kind, severity, statement) in cases {
        let (after, selected, _) = capture(&map, text);
        let t = after.tensions.get(selected).unwrap();
        assert_eq!(t.kind.label(), kind, "{text}");
        assert_eq!(t.severity.get(), severity, "{text}");
        assert_eq!(t.statement, statement, "{text}");
        assert_eq!(t.boundary, THEIR_BOUNDARY, "{text}");
    }
    assert_eq!(
        preview(&map, "! pol / soc serv suspicion"),
        "New tension on Police – Social services: Suspicion, severity 3"
    );
}

#[test]
fn a_tension_on_new_parties_makes_the_boundary_and_communities_too() {
    let map = room();
    let text = "! Police / Probation officers distrust 4 They hold things back";
    assert_eq!(
        preview(&map, text),
        "New tension on Police – Probation officers: Suspicion, severity 4, 'They hold things back' \
         (new boundary; new community 'Probation officers')"
    );
    let (after, selected, edit) = capture(&map, text);
    let Edit::Batch(steps) = edit else {
        panic!("one batch")
    };
    assert_eq!(steps.len(), 3, "community, boundary, tension");
    let t = after.tensions.get(selected).unwrap();
    let b = after.boundaries.get(t.boundary).unwrap();
    assert_eq!(after.party_name(b.between[1]), Some("Probation officers"));
}

#[test]
fn a_tension_says_what_is_missing_or_wrong() {
    let map = room();
    assert_eq!(
        refused(&map, "! police / social services"),
        "Say the kind of tension after the names, such as suspicion, conflict or terms."
    );
    assert_eq!(
        refused(&map, "! police / social services suspicion 9 never"),
        "Severity 9 is out of range: it goes from 1 (mild) to 5 (severe)."
    );
    let name_on = "Name both sides, such as 'Police / Social services', or a boundary's label.";
    assert_eq!(refused(&map, "! police"), name_on);
    assert_eq!(refused(&map, "!"), name_on);
    assert_eq!(refused(&map, ">   "), name_on);
}

#[test]
fn a_boundary_can_be_named_by_its_label_or_its_sides_without_a_slash() {
    let mut map = room();
    let mut b = map.boundaries.get(THEIR_BOUNDARY).unwrap().clone();
    b.label = "Who takes the case".to_owned();
    edit::apply(&mut map, Edit::Update(b.into())).unwrap();
    let text = "! who takes the case stereotypes 2 Cowboys";
    assert_eq!(
        preview(&map, text),
        "New tension on Who takes the case: Stereotypes, severity 2, 'Cowboys'"
    );
    let (after, selected, edit) = capture(&map, text);
    assert!(matches!(edit, Edit::Add(_)));
    assert_eq!(
        after.tensions.get(selected).unwrap().boundary,
        THEIR_BOUNDARY
    );
    // The sides' names, without a slash, find it too; so does a colon.
    for text in [
        "> police social visit",
        "> who takes: visit",
        "> WHO TAKES THE CASE visit",
    ] {
        let (after, selected, _) = capture(&map, text);
        let a = after.activities.get(selected).unwrap();
        assert_eq!(a.boundaries, vec![THEIR_BOUNDARY], "{text}");
    }
    assert_eq!(
        refused(&map, "! referrals suspicion"),
        "No boundary goes by 'referrals': name both sides, such as 'Police / Social services'."
    );
}

#[test]
fn an_unclear_boundary_name_is_named_and_nothing_is_made() {
    let mut map = room();
    map = capture(&map, "police / Judges").0;
    assert_eq!(
        refused(&map, "! police suspicion"),
        "'police' could be Police – Social services or Police – Judges: type more of the name."
    );
    // One more word settles it.
    let (after, selected, _) = capture(&map, "! police soc suspicion");
    assert_eq!(
        after.tensions.get(selected).unwrap().boundary,
        THEIR_BOUNDARY
    );
}

#[test]
fn an_activity_of_a_kind_with_a_title() {
    let map = room();
    let text = "> Police / Social services visit Job shadowing day";
    assert_eq!(
        preview(&map, text),
        "New activity on Police – Social services: Visit or field trip, 'Job shadowing day'"
    );
    let (after, selected, _) = capture(&map, text);
    let a = after.activities.get(selected).unwrap();
    assert_eq!(a.kind, ActivityKind::Visit);
    assert_eq!(a.title, "Job shadowing day");
    assert_eq!(a.boundaries, vec![THEIR_BOUNDARY]);
    assert_eq!(a.participants, vec![POLICE, SERVICES]);
}

#[test]
fn an_activity_kind_is_matched_forgivingly_and_the_title_defaults_to_it() {
    let map = room();
    let cases = [
        (
            "> pol / soc serv project",
            ActivityKind::BoundaryProject,
            "Boundary project",
        ),
        (
            "> pol / soc serv training Intro to policing",
            ActivityKind::Workshop,
            "Intro to policing",
        ),
        (
            "> pol / soc serv outsourced",
            ActivityKind::OutsourcedTraining,
            "Outsourced training",
        ),
        (
            "> pol / soc serv: break Referral guidelines",
            ActivityKind::Breakthrough,
            "Referral guidelines",
        ),
        (
            "> pol / soc serv visit or field trip",
            ActivityKind::Visit,
            "Visit or field trip",
        ),
        (
            "> pol / soc serv request for opinion",
            ActivityKind::RequestForOpinion,
            "Request for opinion",
        ),
    ];
    for (text, kind, title) in cases {
        let (after, selected, _) = capture(&map, text);
        let a = after.activities.get(selected).unwrap();
        assert_eq!((&a.kind, a.title.as_str()), (&kind, title), "{text}");
    }
    assert_eq!(
        refused(&map, "> police / social services"),
        "Say the kind of activity after the names, such as visit, project or workshop."
    );
}

#[test]
fn a_name_on_the_map_ends_the_side_before_a_word_that_looks_like_a_kind() {
    let mut map = room();
    map = capture(&map, "+ Conflict mediators").0;
    // "Conflict" alone could start the kind, but "Conflict mediators" is a
    // name on the map, so the side runs to there.
    let (after, selected, _) = capture(&map, "! police / conflict mediators suspicion");
    let t = after.tensions.get(selected).unwrap();
    let b = after.boundaries.get(t.boundary).unwrap();
    assert_eq!(after.party_name(b.between[1]), Some("Conflict mediators"));
    assert_eq!(t.kind, TensionKind::Suspicion);
}

#[test]
fn a_colon_ends_a_new_name_that_holds_a_kind_s_word() {
    let map = room();
    let (after, selected, _) = capture(&map, "! Police / Peace and conflict team: suspicion 2");
    let t = after.tensions.get(selected).unwrap();
    let b = after.boundaries.get(t.boundary).unwrap();
    assert_eq!(
        after.party_name(b.between[1]),
        Some("Peace and conflict team")
    );
    assert_eq!(
        (t.kind.clone(), t.severity.get()),
        (TensionKind::Suspicion, 2)
    );
    // Without the colon the first kind's word ends the name, and the
    // preview shows it.
    assert_eq!(
        preview(&map, "! Police / Peace and conflict team suspicion 2"),
        "New tension on Police – Peace and: Conflict of interest, severity 3, \
         'team suspicion 2' (new boundary; new community 'Peace and')"
    );
}

#[test]
fn names_in_other_scripts_are_found_and_made() {
    let mut map = room();
    map = capture(&map, "+ 社会工作者").0;
    map = capture(&map, "+ Полиция района").0;
    map = capture(&map, "+ الشرطة").0;
    assert_eq!(
        preview(&map, "工作者 / полиция"),
        "New boundary between 社会工作者 and Полиция района"
    );
    let (after, selected, _) = capture(&map, "! الشرطة / ПОЛИЦИЯ suspicion 2 Они не читают");
    let t = after.tensions.get(selected).unwrap();
    assert_eq!(t.statement, "Они не читают");
    let b = after.boundaries.get(t.boundary).unwrap();
    assert_eq!(after.party_name(b.between[0]), Some("الشرطة"));
    assert_eq!(after.party_name(b.between[1]), Some("Полиция района"));
    assert_eq!(resolve(&map, "😀 club"), Lookup::New("😀 club".to_owned()));
}

#[test]
fn items_are_found_by_name_best_match_first() {
    let mut map = room();
    map = capture(
        &map,
        "! police / social services suspicion They never read our notes",
    )
    .0;
    map = capture(&map, "> police / social services visit Job shadowing day").0;
    let names = |typed: &str| -> Vec<(String, &'static str)> {
        find::items(&map, typed)
            .into_iter()
            .map(|h| (h.name, h.kind))
            .collect()
    };
    assert_eq!(names("police")[0], ("Police".to_owned(), "community"));
    assert!(names("police").contains(&("Police – Social services".to_owned(), "boundary")));
    assert_eq!(
        names("never read"),
        [(
            "Suspicion – They never read our notes".to_owned(),
            "tension"
        )]
    );
    assert_eq!(
        names("job shad"),
        [("Job shadowing day".to_owned(), "activity")]
    );
    assert_eq!(
        names("sante"),
        [("Ministère de la Santé".to_owned(), "stakeholder")]
    );
    assert!(names("   ").is_empty());
    assert!(names("zebra").is_empty());
}
