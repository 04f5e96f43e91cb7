//! The panels around the canvas and the small windows over it: the
//! inspector, the overview with its table, filters, legend and find bar, the
//! toolbar, the welcome screen, the kind pickers and the app's own file
//! chooser.

pub mod filters;
pub mod find;
pub mod inspector;
pub mod legend;
pub mod menu;
pub mod overview;
pub mod picker;
pub mod toolbar;
pub mod welcome;

/// The panels' state between frames. View state: never saved in a map.
#[derive(Debug, Default)]
pub struct Panels {
    /// The inspector on the right.
    pub inspector: inspector::Inspector,
    /// The overview on the left, its filters and the find bar.
    pub overview: overview::Overview,
    /// A kind picker that is open, and whether it has just opened.
    pub picking: Option<(picker::Picking, bool)>,
    /// Whether the welcome screen is shown over the open map.
    pub welcome: bool,
}
