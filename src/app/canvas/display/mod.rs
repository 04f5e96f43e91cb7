//! The display list: what a map looks like as drawing primitives in map
//! units, with the level of detail already chosen, and with colours that
//! depend on the theme left symbolic. The scene builds it; the egui painter
//! (and later picture export) draws it and nothing else. Its vocabulary is
//! in `prims`, what each kind of item looks like in `items`; both are seen
//! from outside as `display::…`.

mod items;
mod prims;

pub use items::*;
pub use prims::*;
