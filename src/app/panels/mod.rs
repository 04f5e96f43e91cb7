//! The panels around the canvas and the small windows over it: the
//! inspector, the overview with its table, filters, legend and find bar, the
//! toolbar, the welcome screen, the kind pickers, the "Find or do" box and
//! the app's own file chooser, and the Problems panel.

pub mod access;
pub mod compare;
pub mod conflicts;
pub mod filters;
pub mod find;
pub mod find_or_do;
pub mod inspector;
pub mod legend;
pub mod menu;
pub mod overview;
pub mod picker;
pub mod problems;
pub mod toolbar;
pub mod views;
pub mod welcome;

/// The most of the window's width a side panel may take, so that at the
/// largest text size the canvas keeps most of the window.
pub const MOST_WIDTH: f32 = 0.3;

/// A small window over the canvas's top right corner, such as the saved
/// views or the merge conflicts: `open` turns false when it is closed.
pub fn corner_window(
    ctx: &eframe::egui::Context,
    title: &str,
    width: f32,
    open: &mut bool,
    add: impl FnOnce(&mut eframe::egui::Ui),
) {
    use eframe::egui::{Align2, Window, vec2};
    let screen = ctx.content_rect();
    Window::new(title)
        .open(open)
        .pivot(Align2::RIGHT_TOP)
        .default_pos(screen.right_top() + vec2(-300.0, 90.0))
        .default_width(width)
        .max_height(screen.height() * 0.7)
        .show(ctx, add);
}

/// The panels' state between frames. View state: never saved in a map.
#[derive(Debug)]
pub struct Panels {
    /// The inspector on the right.
    pub inspector: inspector::Inspector,
    /// Whether the inspector is shown.
    pub inspector_shown: bool,
    /// The overview on the left, its filters and the find bar.
    pub overview: overview::Overview,
    /// The "Find or do" box (Ctrl+K).
    pub find_or_do: find_or_do::FindOrDo,
    /// A kind picker that is open, and whether it has just opened.
    pub picking: Option<(picker::Picking, bool)>,
    /// The saved views panel.
    pub views: views::ViewsPanel,
    /// The merge conflicts panel.
    pub conflicts: conflicts::ConflictsPanel,
    /// What differs from another copy of the map.
    pub compare: compare::ComparePanel,
    /// Whether the welcome screen is shown over the open map.
    pub welcome: bool,
    /// The Problems panel: what on the map looks odd.
    pub problems: problems::ProblemsPanel,
}

impl Default for Panels {
    fn default() -> Self {
        Self {
            inspector: inspector::Inspector::default(),
            inspector_shown: true,
            overview: overview::Overview::default(),
            picking: None,
            views: views::ViewsPanel::default(),
            conflicts: conflicts::ConflictsPanel::default(),
            compare: compare::ComparePanel::default(),
            find_or_do: find_or_do::FindOrDo::default(),
            welcome: false,
            problems: problems::ProblemsPanel::default(),
        }
    }
}
