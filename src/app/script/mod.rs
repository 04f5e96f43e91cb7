//! Text in every script: the fonts that cover them, and right-to-left text
//! put in reading order for display.

pub mod fonts;
mod order;

pub use order::visual;

#[cfg(test)]
mod tests {
    use super::visual;
    use crate::app::canvas::display::Shape;
    use crate::app::canvas::scene::Scene;
    use crate::model::{Community, Map, Note, Point};
    use crate::{Document, Edit};

    /// The canvas and the panels show names in reading order; the map keeps
    /// them as typed.
    #[test]
    fn the_canvas_shows_right_to_left_names_in_reading_order() {
        let mut doc = Document::new(Map::default());
        let community = Community::new(doc.map().new_id(), "שלום עולם", Point::new(0.0, 0.0));
        doc.apply(Edit::Add(community.into())).expect("adds");
        let note = Note::new(doc.map().new_id(), "فريق Alpha", Point::new(300.0, 0.0));
        doc.apply(Edit::Add(note.into())).expect("adds");
        let texts: Vec<String> = Scene::new(doc.map())
            .display_list()
            .filter_map(|(_, prim)| match &prim.shape {
                Shape::Text(t) => Some(t.text.to_string()),
                _ => None,
            })
            .collect();
        for typed in ["שלום עולם", "فريق Alpha"] {
            assert!(texts.contains(&visual(typed).into_owned()), "{texts:?}");
            assert!(!texts.iter().any(|t| t == typed), "{typed} drawn as typed");
        }
        let names: Vec<&str> = doc
            .map()
            .communities
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(names, ["שלום עולם"]);
    }
}
