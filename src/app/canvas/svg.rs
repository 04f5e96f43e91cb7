//! A second, small backend for the display list, in tests only: it writes
//! the list as SVG elements. That the picture comes out whole shows that the
//! list holds everything a picture needs, in map units, and nothing of
//! egui's painting; picture export will grow from here.

use std::fmt::Write as _;

use eframe::egui::Color32;

use super::display::{Anchor, Ink, Part, Prim, Shape, Show};
use super::scene::Scene;
use crate::model::{
    Activity, ActivityKind, Boundary, Colour, Community, Id, Map, Point, Severity, Tension,
    TensionKind,
};
use crate::{Document, Edit};

/// A colour as SVG paint, with the light theme's inks.
fn paint(ink: Ink) -> String {
    let c = match ink {
        Ink::Rgb(c) => c,
        Ink::Text => Color32::from_gray(10),
        Ink::WeakText => Color32::from_gray(120),
        Ink::Panel => Color32::from_gray(248),
        Ink::Canvas => Color32::WHITE,
        Ink::Severity(n) => super::palette::severity_colour(Severity::new(n).ok(), false),
    };
    let [r, g, b, a] = c.to_srgba_unmultiplied();
    if a == 255 {
        format!("#{r:02x}{g:02x}{b:02x}")
    } else {
        format!("rgba({r},{g},{b},{:.2})", f32::from(a) / 255.0)
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The scene's display list at a zoom band, as SVG elements in map units,
/// one a line, each naming its item.
fn svg(scene: &Scene, band: Show) -> String {
    let mut out = String::new();
    // Tension rows as when every one fits: the line for a shorter stack is
    // left out.
    let whole =
        |p: &Prim| !matches!(p.part, Part::More(k) if usize::from(k) < super::tension_rows::MOST);
    for (id, prim) in scene
        .display_list()
        .filter(|(_, p)| p.show.at(band) && whole(p))
    {
        let line = match &prim.shape {
            Shape::Disc {
                centre,
                radius,
                fill,
                ..
            }
            | Shape::Marker {
                centre,
                radius,
                fill,
                ..
            } => format!(
                r#"<circle data-id="{id}" cx="{}" cy="{}" r="{radius}" fill="{}"/>"#,
                centre.x,
                centre.y,
                paint(*fill)
            ),
            Shape::Box {
                rect,
                corner,
                fill,
                outline,
                ..
            } => {
                let stroke = outline.map_or(String::new(), |o| {
                    format!(r#" stroke="{}" stroke-width="{}""#, paint(o.ink), o.width)
                });
                format!(
                    r#"<rect data-id="{id}" x="{}" y="{}" width="{}" height="{}" rx="{corner}" fill="{}"{stroke}/>"#,
                    rect.min.x,
                    rect.min.y,
                    rect.width(),
                    rect.height(),
                    paint(*fill)
                )
            }
            Shape::Line {
                ends, width, ink, ..
            } => format!(
                r#"<line data-id="{id}" x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="{width}"/>"#,
                ends[0].x,
                ends[0].y,
                ends[1].x,
                ends[1].y,
                paint(*ink)
            ),
            Shape::Text(t) => {
                let (anchor, baseline) = match t.anchor {
                    Anchor::TopLeft => ("start", "hanging"),
                    Anchor::LeftCentre => ("start", "middle"),
                    Anchor::Centre => ("middle", "middle"),
                };
                format!(
                    r#"<text data-id="{id}" x="{}" y="{}" font-size="{}" text-anchor="{anchor}" dominant-baseline="{baseline}" fill="{}">{}</text>"#,
                    t.at.x,
                    t.at.y,
                    t.size,
                    paint(t.ink),
                    escape(&t.text)
                )
            }
        };
        let _ = writeln!(out, "{line}");
    }
    out
}

/// Two communities, a boundary between them with a tension, and an activity.
fn workshop() -> (Document, [crate::model::Id; 4]) {
    let mut doc = Document::new(Map::default());
    let add = |doc: &mut Document, item: crate::model::Item| {
        let id = item.id();
        doc.apply(Edit::Add(item)).expect("the item fits the map");
        id
    };
    let mut social = Community::new(
        doc.map().new_id(),
        "Social workers",
        Point::new(100.0, 200.0),
    );
    social.colour = Colour::PALETTE[1];
    let social = add(&mut doc, social.into());
    let police = Community::new(doc.map().new_id(), "Police", Point::new(500.0, 200.0));
    let police = add(&mut doc, police.into());
    let b = Boundary::new(doc.map().new_id(), vec![social, police]);
    let b = add(&mut doc, b.into());
    let severity = Severity::new(4).expect("4 is a severity");
    let t = Tension::new(
        doc.map().new_id(),
        b,
        TensionKind::Misunderstanding,
        severity,
    );
    add(&mut doc, t.into());
    let a = Activity::new(
        doc.map().new_id(),
        ActivityKind::Workshop,
        "Joint case review",
        vec![b],
    );
    let a = add(&mut doc, a.into());
    (doc, [social, police, b, a])
}

#[test]
fn the_display_list_draws_as_svg() {
    let (doc, [social, police, b, a]) = workshop();
    let scene = Scene::new(doc.map());
    let picture = svg(&scene, Show::NEAR);
    let has = |element: &str| {
        assert!(
            picture.lines().any(|l| l == element),
            "no {element} in\n{picture}"
        );
    };
    let [r, g, bl] = [
        Colour::PALETTE[1].r,
        Colour::PALETTE[1].g,
        Colour::PALETTE[1].b,
    ];
    let (social, police, b, a) = (social, police, b, a);
    has(&format!(
        r##"<circle data-id="{social}" cx="100" cy="200" r="46" fill="#{r:02x}{g:02x}{bl:02x}"/>"##
    ));
    has(&format!(
        r#"<text data-id="{social}" x="100" y="200" font-size="14" text-anchor="middle" dominant-baseline="middle" fill="{}">Social workers</text>"#,
        paint(Ink::Rgb(Color32::WHITE))
    ));
    assert!(picture.contains(&format!(r#"<circle data-id="{police}" cx="500" cy="200""#)));
    // The boundary: one line from one side to the other, its marker in the
    // middle in its severity's colour, with that severity's number.
    let orange = paint(Ink::Severity(severity_four().get()));
    has(&format!(
        r#"<line data-id="{b}" x1="100" y1="200" x2="500" y2="200" stroke="{orange}" stroke-width="3.5"/>"#
    ));
    has(&format!(
        r#"<circle data-id="{b}" cx="300" cy="200" r="13" fill="{orange}"/>"#
    ));
    assert!(picture.contains(&format!(r#"fill="{}">4</text>"#, paint(Ink::Canvas))));
    // The activity's card hangs below the marker, with its badge and title.
    assert!(picture.contains(&format!(
        r#"<rect data-id="{a}" x="180" y="222" width="240" height="76" rx="4""#
    )));
    assert!(picture.contains(">WS</text>"));
    assert!(picture.contains(">Joint case review</text>"));
    // Drawing order: the boundary under the card, the communities on top.
    let first = |id: Id| picture.find(&format!(r#"data-id="{id}""#)).expect("drawn");
    assert!(first(b) < first(a) && first(a) < first(social) && first(social) < first(police));
}

fn severity_four() -> Severity {
    Severity::new(4).expect("4 is a severity")
}

#[test]
fn zoomed_out_the_list_has_shapes_but_no_text() {
    let (doc, _) = workshop();
    let scene = Scene::new(doc.map());
    let far = svg(&scene, Show::FAR);
    assert!(!far.contains("<text"));
    assert_eq!(far.matches("<circle").count(), 2, "no marker that far out");
    assert_eq!(far.matches("<line").count(), 1);
    assert_eq!(svg(&scene, Show::MID).matches("<circle").count(), 3);
}

#[test]
fn notes_groups_and_stakeholders_draw_as_svg() {
    use crate::model::{Group, Note, Size, Stakeholder};
    let mut doc = Document::new(Map::default());
    let note = Note::new(
        doc.map().new_id(),
        "Bring the case files",
        Point::new(10.0, 20.0),
    );
    let (note_id, note_size) = (note.id, note.size);
    doc.apply(Edit::Add(note.into())).expect("adds");
    let group = Group::new(
        doc.map().new_id(),
        "Morning",
        Point::new(-100.0, -100.0),
        Size { w: 400.0, h: 300.0 },
    );
    let group_id = group.id;
    doc.apply(Edit::Add(group.into())).expect("adds");
    let s = Stakeholder::new(
        doc.map().new_id(),
        "Training department",
        Point::new(0.0, 400.0),
    );
    let s_id = s.id;
    doc.apply(Edit::Add(s.into())).expect("adds");
    let picture = svg(&Scene::new(doc.map()), Show::NEAR);
    let (w, h) = (note_size.w, note_size.h);
    assert!(picture.contains(&format!(
        r#"<rect data-id="{note_id}" x="10" y="20" width="{w}" height="{h}" rx="3""#
    )));
    assert!(picture.contains(&format!(
        r#"<text data-id="{note_id}" x="16" y="26" font-size="13" text-anchor="start" dominant-baseline="hanging""#
    )));
    assert!(picture.contains(">Bring the case files</text>"));
    // A group: its frame, its title bar and its label in the bar.
    assert!(picture.contains(&format!(
        r#"<rect data-id="{group_id}" x="-100" y="-100" width="400" height="300" rx="6""#
    )));
    assert!(picture.contains(&format!(
        r#"<rect data-id="{group_id}" x="-100" y="-100" width="400" height="26" rx="6""#
    )));
    assert!(picture.contains(&format!(
        r#"<text data-id="{group_id}" x="-92" y="-87" font-size="14" text-anchor="start" dominant-baseline="middle""#
    )));
    // A stakeholder: a box centred on its place, with its name.
    assert!(picture.contains(&format!(
        r#"<rect data-id="{s_id}" x="-65" y="372" width="130" height="56" rx="8""#
    )));
    assert!(picture.contains(">Training department</text>"));
    // The group is drawn first, under everything.
    assert!(picture.starts_with(&format!(r#"<rect data-id="{group_id}""#)));
}

/// Close-up details come last in each item's run, where the zoomed-out
/// painter stops.
#[test]
fn close_up_primitives_come_last_in_each_run() {
    let (doc, _) = workshop();
    let scene = Scene::new(doc.map());
    for e in &scene.entries {
        let shows: Vec<bool> = scene
            .prims_of(e)
            .iter()
            .map(|p| p.show == Show::CLOSE)
            .collect();
        assert!(shows.is_sorted(), "{:?}: {shows:?}", e.layer);
    }
    assert!(scene.display_list().any(|(_, p)| p.show == Show::CLOSE));
}
