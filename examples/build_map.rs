//! Builds a small map through the library, the same way the editor does:
//! every change is an `Edit` applied to a `Document`, so it can be undone.
//! Then saves it as a map file.
//!
//! Run with `cargo run --example build_map -- my-map.ron`, then open the
//! file with `convene check my-map.ron`.

use std::path::PathBuf;

use convene::model::{
    Activity, ActivityKind, Boundary, Community, Map, Meta, Point, Severity, Stakeholder, Tension,
    TensionKind,
};
use convene::{Document, Edit, file};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "example-map.ron".to_owned()),
    );

    // An empty map with its title; the document keeps the undo history.
    let mut doc = Document::new(Map::new(Meta::titled("Sales meets design")));

    // Two communities and a stakeholder. Ids come from the map, so they are
    // unique even when copies of the map are edited elsewhere.
    let sales = doc.map().new_id();
    doc.apply(Edit::Add(
        Community::new(sales, "Salespeople", Point::new(0.0, 0.0)).into(),
    ))?;
    let design = doc.map().new_id();
    doc.apply(Edit::Add(
        Community::new(design, "Design engineers", Point::new(400.0, 0.0)).into(),
    ))?;
    let director = doc.map().new_id();
    doc.apply(Edit::Add(
        Stakeholder::new(director, "Product director", Point::new(200.0, -250.0)).into(),
    ))?;

    // The boundary between them, and a tension the salespeople raised.
    let boundary = doc.map().new_id();
    doc.apply(Edit::Add(
        Boundary::new(boundary, vec![sales, design]).into(),
    ))?;
    let mut tension = Tension::new(
        doc.map().new_id(),
        boundary,
        TensionKind::Stereotypes,
        Severity::new(3)?,
    );
    tension.raised_by = Some(sales);
    tension.note = "Engineers are seen as gold-plating every feature.".to_owned();
    let tension_id = tension.id;
    doc.apply(Edit::Add(tension.into()))?;

    // An activity, picked from the suggestions for this boundary.
    let best = convene::model::suggest(doc.map(), boundary)
        .into_iter()
        .next()
        .map_or(ActivityKind::Workshop, |s| {
            println!("Suggested: {} ({})", s.kind, s.reason);
            s.kind
        });
    let mut activity = Activity::new(
        doc.map().new_id(),
        best,
        "Sit in on a customer call",
        vec![boundary],
    );
    activity.tensions = vec![tension_id];
    activity.participants = vec![sales, design];
    doc.apply(Edit::Add(activity.into()))?;

    // Every change can be undone and redone.
    println!("Last change: {}", doc.undo_label().unwrap_or("none"));
    doc.undo();
    println!("After undo: {} activities", doc.map().counts().activities);
    doc.redo();
    println!("After redo: {} activities", doc.map().counts().activities);

    // Saving is atomic: the file is either the old map or the new one.
    file::write(&path, doc.map())?;
    doc.mark_saved();
    println!(
        "Saved {}: {}",
        path.display(),
        convene::cli::summary(doc.map())
    );
    Ok(())
}
