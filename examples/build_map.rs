//! Builds a small map through the library, the same way the editor does,
//! and saves it as a map file.
//!
//! Every change is an [`Edit`] applied to a [`Document`]; the document keeps
//! the history, so any change can be undone and redone. The program prints
//! each step.
//!
//! Run it with `cargo run --example build_map -- my-map.ron` (without a path
//! it writes `example-map.ron` in the current folder), then check the result
//! with `convene check my-map.ron` or open it with `convene my-map.ron`.

use std::path::PathBuf;

use convene::model::{
    Activity, ActivityKind, ActivityStatus, Boundary, Colour, Community, Date, Expectation, Map,
    Meta, Note, Point, Severity, Stakeholder, Tension, TensionKind, ValueKind,
};
use convene::{Document, Edit, file};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "example-map.ron".to_owned()),
    );

    // An empty map with its facts. `Document::new` treats it as unmodified:
    // there is nothing to lose until the first edit.
    let meta = Meta {
        title: "Sales meets design".to_owned(),
        purpose: "Agree how customer requests reach the design team.".to_owned(),
        facilitator: "Dana Kowalski".to_owned(),
        date: Date::new(2026, 6, 9),
        place: "Meeting room B".to_owned(),
    };
    let mut doc = Document::new(Map::new(meta));

    // Two communities and a stakeholder. Ids come from the map, so they are
    // random and unique even when copies of the map are edited elsewhere.
    let sales = doc.map().new_id();
    let mut community = Community::new(sales, "Salespeople", Point::new(0.0, 0.0));
    community.practice = "Win and keep customers in the northern region.".to_owned();
    community.terms = vec!["feature".to_owned(), "committed".to_owned()];
    community.colour = Colour::PALETTE[0];
    doc.apply(Edit::Add(community.into()))?;

    let design = doc.map().new_id();
    let mut community = Community::new(design, "Design engineers", Point::new(300.0, 0.0));
    community.practice = "Design the product and decide what goes into each release.".to_owned();
    community.colour = Colour::PALETTE[1];
    doc.apply(Edit::Add(community.into()))?;

    let director = doc.map().new_id();
    let mut stakeholder = Stakeholder::new(director, "Product director", Point::new(150.0, -250.0));
    stakeholder.wants = "One roadmap both teams can defend to customers.".to_owned();
    doc.apply(Edit::Add(stakeholder.into()))?;
    println!("Added two communities and a stakeholder.");

    // The boundary between the two communities, and a tension as the
    // salespeople see it.
    let boundary = doc.map().new_id();
    let mut b = Boundary::new(boundary, vec![sales, design]);
    b.label = "Customer requests".to_owned();
    doc.apply(Edit::Add(b.into()))?;

    let tension_id = doc.map().new_id();
    let mut tension = Tension::new(
        tension_id,
        boundary,
        TensionKind::Stereotypes,
        Severity::new(3)?,
    );
    tension.raised_by = Some(sales);
    tension.note = "Salespeople feel engineers see every request as a distraction.".to_owned();
    doc.apply(Edit::Add(tension.into()))?;
    println!("Added the boundary \"Customer requests\", with one tension.");

    // An activity of the kind the playbook ranks first for this boundary's
    // tensions (a facilitator is free to pick another).
    let kind = convene::model::suggest(doc.map(), boundary)
        .into_iter()
        .next()
        .map_or(ActivityKind::Workshop, |s| {
            println!("The playbook suggests: {} ({})", s.kind, s.reason);
            s.kind
        });
    let mut activity = Activity::new(
        doc.map().new_id(),
        kind,
        "Sit in on a customer call",
        vec![boundary],
    );
    activity.description = "Two engineers listen in on sales calls for a week.".to_owned();
    activity.tensions = vec![tension_id];
    activity.participants = vec![sales, design];
    activity.status = ActivityStatus::Proposed;
    activity.expectations = vec![
        Expectation {
            party: design,
            value: Some(ValueKind::Immediate),
            note: "Hear what customers actually ask for.".to_owned(),
        },
        Expectation {
            party: sales,
            value: Some(ValueKind::Potential),
            note: "Engineers who can talk to customers.".to_owned(),
        },
    ];
    doc.apply(Edit::Add(activity.into()))?;
    println!("Added the activity \"Sit in on a customer call\".");

    // A sticky note.
    let note = Note::new(
        doc.map().new_id(),
        "Ask the director to join the first call.",
        Point::new(380.0, -300.0),
    );
    doc.apply(Edit::Add(note.into()))?;

    // Undo: remove the design engineers by mistake. The edit also takes the
    // boundary (left with one side), its tension, and the references to them.
    doc.apply(Edit::Remove(vec![design]))?;
    println!(
        "After deleting the design engineers: {}",
        convene::cli::summary(doc.map())
    );
    // One undo brings all of it back, exactly as it was.
    println!("Undo \"{}\"", doc.undo_label().unwrap_or("nothing"));
    doc.undo();
    println!("After undo: {}", convene::cli::summary(doc.map()));
    // Redo would delete them again; it is there until the next new edit.
    println!("Redo is available: {}", doc.can_redo());

    // Save. The file is written atomically: whoever opens it sees either the
    // old map or the new one, never half of each.
    file::write(&path, doc.map())?;
    doc.mark_saved();
    println!(
        "Saved {} ({}).",
        path.display(),
        convene::cli::summary(doc.map())
    );
    Ok(())
}
