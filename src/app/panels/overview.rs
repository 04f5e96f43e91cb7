//! The overview panel on the left: a sortable table of boundaries, the
//! filters that dim what does not match, and a legend. It also owns the
//! find bar, since finding and filtering share the one set of dimmed items.

use eframe::egui::{
    self, Align2, Color32, Rect, Sense, TextStyle, TextWrapMode, Ui, WidgetInfo, WidgetText, vec2,
};

use super::find::FindBar;
use super::{filters, legend};
use crate::app::canvas::CanvasState;
use crate::app::canvas::palette as draw;
use crate::app::request::{Request, Requests};
use crate::app::script::visual;
use crate::app::shown::ShownMap;
use crate::model::query::{self, BoundaryRow, Column, Filter, IdSet, Sort};
use crate::model::{Id, Map};

/// What the overview panel remembers between frames. View state: never
/// saved in a map.
#[derive(Debug)]
pub struct Overview {
    /// Whether the panel is shown. Filters dim the canvas only while it is.
    pub shown: bool,
    /// Whether the window was wide enough for the panel last frame (none
    /// before the first decision): crossing that width shows or hides it.
    wide: Option<bool>,
    /// The find bar.
    pub find: FindBar,
    sort: Sort,
    filter: Filter,
    /// A saved view's filter, in use in place of `filter` while set.
    view_filter: Option<Filter>,
    /// The rows, and the revision and sort they were built for.
    rows: Option<(u64, Sort, Vec<BoundaryRow>)>,
    /// What the dimmed set was last computed from.
    dimmed_for: Option<DimKey>,
    /// How many boundaries the filter keeps, when a filter is on.
    kept: Option<usize>,
}

impl Default for Overview {
    fn default() -> Self {
        Self {
            shown: true,
            wide: None,
            find: FindBar::default(),
            sort: Sort::default(),
            filter: Filter::default(),
            view_filter: None,
            rows: None,
            dimmed_for: None,
            kept: None,
        }
    }
}

/// What the table shows of the canvas: which rows are selected or faded.
#[derive(Clone, Copy)]
struct Seen<'a> {
    selection: &'a [Id],
    dimmed: &'a IdSet,
}

/// The inputs of the dimmed set: it is recomputed only when one changes.
#[derive(Debug, Clone, PartialEq)]
struct DimKey {
    revision: u64,
    filter: Option<Filter>,
    find: Option<String>,
}

/// The height of a table row: the title and, under it, the sides.
const ROW_HEIGHT: f32 = 36.0;
/// The widths of the number columns, right of the title.
const NUMBER_COLUMNS: [(Column, f32); 4] = [
    (Column::Tensions, 54.0),
    (Column::Open, 40.0),
    (Column::Severity, 54.0),
    (Column::Activities, 58.0),
];
/// Below this window width (in points) the panel starts hidden.
const NARROW: f32 = 1100.0;
/// The zoom below which a jump also zooms in, and the zoom it goes to.
const FAR_OUT: (f32, f32) = (0.5, 0.8);

impl Overview {
    /// The filter in use: a saved view's while one is shown, else the
    /// panel's while the panel is shown.
    pub fn filter(&self) -> Option<&Filter> {
        match &self.view_filter {
            Some(filter) => Some(filter),
            None => self.shown.then_some(&self.filter),
        }
    }

    /// A copy of the filter in use, empty when none is.
    pub fn filter_in_use(&self) -> Filter {
        self.filter().cloned().unwrap_or_default()
    }

    /// Shows a saved view's filter in place of the panel's, even while the
    /// panel is hidden (as in a presentation); `None` gives the panel's
    /// own filter back as it was.
    pub fn set_view_filter(&mut self, filter: Option<Filter>) {
        self.view_filter = filter;
    }

    /// Makes a saved view's filter the panel's own, shown and changeable in
    /// the panel (which opens if the filter picks anything out).
    pub fn set_own_filter(&mut self, filter: Filter) {
        if !filter.is_empty() {
            self.shown = true;
        }
        self.filter = filter;
    }

    /// Keeps the canvas's `dimmed` items up to date while the panel is not
    /// drawn at all (as in a presentation).
    pub fn dim(&mut self, map: &Map, revision: u64, dimmed: &mut IdSet) {
        self.refresh_dimmed(map, revision, dimmed);
    }

    /// Shows the overview panel and the find bar, asks for the jumps they
    /// want, and keeps the canvas's `dimmed` items up to date. Call after
    /// the other side panels and before the canvas.
    pub fn panel_ui(
        &mut self,
        ui: &mut Ui,
        shown: ShownMap<'_>,
        selection: &[Id],
        dimmed: &mut IdSet,
        out: &mut Requests,
    ) {
        let (map, revision) = (shown.map, shown.key);
        let mut jump = None;
        let overview = self;
        let seen = Seen {
            selection,
            dimmed: &*dimmed,
        };
        // On a narrow window (or with large text) the map needs the room:
        // the panel hides when the window becomes narrow and comes back
        // when it is wide again; in between the person decides. The first
        // frame is skipped: the text size applies only after it.
        let width = ui.ctx().content_rect().width();
        let wide = width >= NARROW;
        if ui.ctx().cumulative_frame_nr() >= 1 && overview.wide != Some(wide) {
            overview.wide = Some(wide);
            overview.shown = wide;
        }
        if overview.shown {
            let most = width * super::MOST_WIDTH;
            egui::Panel::left("overview")
                .default_size(380.0f32.min(most))
                .min_size(240.0f32.min(most))
                .max_size(most)
                .show(ui, |ui| {
                    let picked = overview.ui(ui, map, revision, seen);
                    jump = picked.or(jump);
                });
            super::access::name_resize_handle(ui, "overview", "Overview width");
        }
        // After the side panels, so the bar sits over the canvas alone.
        if overview.find.open {
            egui::Panel::top("find bar").show(ui, |ui| {
                jump = overview.find.ui(ui, map, revision).or(jump);
            });
        }
        overview.refresh_dimmed(map, revision, dimmed);
        if let Some(id) = jump {
            out.push(Request::GoTo(id));
        }
    }
}

/// Centres the canvas on an item, zooming in if the view is far out.
/// `revision` names the state of `map`.
pub fn centre_on(canvas: &mut CanvasState, map: &Map, revision: u64, id: Id) {
    if let Some(p) = focus_item(map, id).and_then(|shown| canvas.place_of(map, revision, shown)) {
        canvas.fit_pending = false;
        canvas.camera.centre = egui::pos2(p.x, p.y);
        if canvas.camera.zoom < FAR_OUT.0 {
            canvas.camera.zoom = FAR_OUT.1;
        }
    }
}

/// The drawn item the canvas shows for an item: itself if it is drawn; a
/// tension's boundary; an activity's, boundary object's or broker's first
/// boundary (a broker with none at its first community). Where that item
/// is drawn comes from the canvas's scene.
pub fn focus_item(map: &Map, id: Id) -> Option<Id> {
    if map.is_party(id) || map.notes.contains(id) || map.groups.contains(id) {
        return Some(id);
    }
    if map.boundaries.contains(id) {
        return Some(id);
    }
    if let Some(t) = map.tensions.get(id) {
        return Some(t.boundary);
    }
    if let Some(a) = map.activities.get(id) {
        return a.boundaries.first().copied();
    }
    if let Some(o) = map.objects.get(id) {
        return o.boundaries.first().copied();
    }
    let broker = map.brokers.get(id)?;
    broker
        .boundaries
        .first()
        .or(broker.communities.first())
        .copied()
}

impl Overview {
    /// Recomputes the canvas's dimmed items if the map, the filter or the
    /// search changed since last time: items the filter leaves out, and
    /// while searching, items that do not match.
    fn refresh_dimmed(&mut self, map: &Map, revision: u64, dimmed: &mut IdSet) {
        if self
            .dimmed_for
            .as_ref()
            .is_none_or(|k| k.revision != revision)
        {
            self.filter.forget_missing(map);
        }
        let key = DimKey {
            revision,
            filter: self.filter().filter(|f| !f.is_empty()).cloned(),
            find: self.find.active_text().map(str::to_owned),
        };
        if self.dimmed_for.as_ref() == Some(&key) {
            return;
        }
        let mut lit = key.filter.as_ref().map(|f| f.matching(map));
        self.kept = lit
            .as_ref()
            .map(|l| map.boundaries.iter().filter(|b| l.contains(&b.id)).count());
        if let Some(found) = self.find.lit(map) {
            lit = Some(match lit {
                Some(l) => l.intersection(&found).copied().collect(),
                None => found,
            });
        }
        *dimmed = lit.map_or_else(IdSet::default, |l| query::all_but(map, &l));
        self.dimmed_for = Some(key);
    }

    /// The rows in the current order, rebuilt only when the map or the
    /// order changed.
    fn rows(&mut self, map: &Map, revision: u64) -> &[BoundaryRow] {
        if self
            .rows
            .as_ref()
            .is_none_or(|(r, s, _)| *r != revision || *s != self.sort)
        {
            self.rows = Some((revision, self.sort, query::boundary_rows(map, self.sort)));
        }
        self.rows.as_ref().map_or(&[], |(_, _, rows)| rows)
    }

    /// The panel's contents; gives back a boundary to jump to, if one was
    /// clicked.
    fn ui(&mut self, ui: &mut Ui, map: &Map, revision: u64, seen: Seen<'_>) -> Option<Id> {
        ui.heading("Overview");
        super::access::name_panel(ui, egui::UiKind::LeftPanel, "Overview area");
        let mut picked = None;
        if map.boundaries.is_empty() {
            ui.weak(
                "No boundaries yet. Drag from the rim of one community to another to draw one.",
            );
        } else {
            self.header_ui(ui);
            let max = (ui.available_height() * 0.5).max(ROW_HEIGHT * 3.0);
            let rows = self.rows(map, revision);
            egui::ScrollArea::vertical()
                .id_salt("boundary table")
                .max_height(max)
                .auto_shrink([false, true])
                .show_rows(ui, ROW_HEIGHT, rows.len(), |ui, range| {
                    for row in &rows[range] {
                        let selected = seen.selection.contains(&row.id);
                        let faded = seen.dimmed.contains(&row.id);
                        if row_ui(ui, map, row, selected, faded).clicked() {
                            picked = Some(row.id);
                        }
                    }
                });
        }
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("overview filters")
            .auto_shrink([false, true])
            .show(ui, |ui| {
                filters::ui(ui, map, &mut self.filter, self.kept);
                ui.add_space(6.0);
                legend::ui(ui);
            });
        picked
    }

    /// The column headings: a click sorts by the column, a second reverses.
    fn header_ui(&mut self, ui: &mut Ui) {
        let (rect, _) = ui.allocate_exact_size(
            vec2(ui.available_width(), ui.spacing().interact_size.y),
            Sense::hover(),
        );
        for (column, cell) in cells(rect) {
            let sorted = (self.sort.column == column).then_some(self.sort.descending);
            let text = egui::RichText::new(column.label()).small().strong();
            let button = egui::Button::new(text).frame(false).truncate();
            // The title's heading sits left like the titles, the numbers'
            // headings centred over the numbers.
            let layout = if column == Column::Boundary {
                egui::Layout::left_to_right(egui::Align::Center)
            } else {
                egui::Layout::centered_and_justified(egui::Direction::LeftToRight)
            };
            let response = ui
                .scope_builder(
                    egui::UiBuilder::new()
                        .max_rect(cell.shrink2(vec2(3.0, 0.0)))
                        .layout(layout),
                    |ui| ui.add(button),
                )
                .inner;
            if let Some(descending) = sorted {
                let at = if column == Column::Boundary {
                    response.rect.right_center() + vec2(8.0, 0.0)
                } else {
                    cell.right_center() - vec2(4.0, 0.0)
                };
                sort_arrow(ui, at, descending);
            }
            if response
                .on_hover_text("Sort by this column; click again to reverse")
                .clicked()
            {
                self.sort = self.sort.clicked(column);
            }
        }
    }
}

/// A small triangle after the sorted column's heading, pointing down when
/// the largest come first.
fn sort_arrow(ui: &Ui, at: egui::Pos2, descending: bool) {
    let (w, h) = (4.0, 3.5);
    let tip = if descending { h } else { -h };
    let points = vec![at + vec2(-w, -tip), at + vec2(w, -tip), at + vec2(0.0, tip)];
    let colour = ui.visuals().strong_text_color();
    ui.painter().add(egui::Shape::convex_polygon(
        points,
        colour,
        egui::Stroke::NONE,
    ));
}

/// The cells of a row, left to right: the title takes what the number
/// columns leave.
fn cells(row: Rect) -> Vec<(Column, Rect)> {
    let numbers: f32 = NUMBER_COLUMNS.iter().map(|(_, w)| w).sum();
    let title_width = (row.width() - numbers).max(60.0);
    let mut x = row.left();
    let mut out = Vec::with_capacity(Column::ALL.len());
    let mut add = |column, width: f32| {
        out.push((
            column,
            Rect::from_min_size(egui::pos2(x, row.top()), vec2(width, row.height())),
        ));
        x += width;
    };
    add(Column::Boundary, title_width);
    for (column, width) in NUMBER_COLUMNS {
        add(column, width);
    }
    out
}

/// One boundary's row: one click target for the whole row, drawn cell by
/// cell so the columns line up with the headings.
fn row_ui(
    ui: &mut Ui,
    map: &Map,
    row: &BoundaryRow,
    selected: bool,
    faded: bool,
) -> egui::Response {
    let (rect, response) =
        ui.allocate_exact_size(vec2(ui.available_width(), ROW_HEIGHT), Sense::click());
    response
        .widget_info(|| WidgetInfo::selected(egui::Role::Button, true, selected, row_label(row)));
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let visuals = ui.visuals();
    let painter = ui.painter();
    if selected {
        painter.rect_filled(rect, 3.0, visuals.selection.bg_fill);
    } else if response.hovered() {
        painter.rect_filled(rect, 3.0, visuals.widgets.hovered.weak_bg_fill);
    }
    let strong = if selected {
        visuals.selection.stroke.color
    } else if faded {
        visuals.weak_text_color()
    } else {
        visuals.strong_text_color()
    };
    let weak = visuals.weak_text_color();
    let text = |ui: &Ui, s: &str, style: TextStyle, width: f32| {
        WidgetText::from(s).into_galley(ui, Some(TextWrapMode::Truncate), width, style)
    };
    for (column, cell) in cells(rect) {
        let cell = cell.shrink2(vec2(6.0, 0.0));
        match column {
            Column::Boundary => {
                let labelled = row.title != row.sides.join(" – ");
                let top = if labelled {
                    cell.top() + 2.0
                } else {
                    cell.center().y - 8.0
                };
                let title = text(ui, &visual(&row.title), TextStyle::Body, cell.width());
                painter.galley(egui::pos2(cell.left(), top), title, strong);
                if labelled {
                    let sides = row.sides.join(" – ");
                    let sides = text(ui, &visual(&sides), TextStyle::Small, cell.width());
                    painter.galley(egui::pos2(cell.left(), cell.top() + 20.0), sides, weak);
                }
            }
            Column::Severity => {
                let colour = draw::severity_colour(row.highest_open, ui.visuals().dark_mode);
                let colour = if faded {
                    colour.gamma_multiply(0.4)
                } else {
                    colour
                };
                painter.circle_filled(cell.center() - vec2(9.0, 0.0), 6.0, colour);
                let number = row
                    .highest_open
                    .map_or("–".to_owned(), |s| s.get().to_string());
                number_cell(painter, cell.translate(vec2(9.0, 0.0)), &number, strong);
            }
            Column::Tensions => number_cell(painter, cell, &row.tensions.to_string(), strong),
            Column::Open => number_cell(painter, cell, &row.open.to_string(), strong),
            Column::Activities => {
                number_cell(painter, cell, &row.activities.len().to_string(), strong)
            }
        }
    }
    response.on_hover_ui(|ui| row_tooltip(ui, map, row))
}

/// What a screen reader reads for a row: every column, "Referrals in:
/// General practitioners – Psychiatrists, 2 tensions, 2 open, highest
/// severity 4, 2 activities".
pub fn row_label(row: &BoundaryRow) -> String {
    let sides = row.sides.join(" – ");
    let mut out = if row.title == sides {
        sides
    } else {
        format!("{}: {sides}", row.title)
    };
    let count = |n: usize, one: &str, many: &str| match n {
        0 => format!("no {many}"),
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    };
    out.push_str(&format!(", {}", count(row.tensions, "tension", "tensions")));
    if row.tensions > 0 {
        out.push_str(&format!(", {} open", row.open));
    }
    if let Some(severity) = row.highest_open {
        out.push_str(&format!(", highest severity {}", severity.get()));
    }
    let activities = count(row.activities.len(), "activity", "activities");
    out.push_str(&format!(", {activities}"));
    out
}

/// A number centred in its cell.
fn number_cell(painter: &egui::Painter, cell: Rect, text: &str, colour: Color32) {
    painter.text(
        cell.center(),
        Align2::CENTER_CENTER,
        text,
        egui::FontId::proportional(14.0),
        colour,
    );
}

fn row_tooltip(ui: &mut Ui, map: &Map, row: &BoundaryRow) {
    ui.strong(visual(&row.title).as_ref());
    ui.label(format!("Between {}", row.sides.join(", ")));
    let plural = if row.tensions == 1 {
        "tension"
    } else {
        "tensions"
    };
    ui.label(format!(
        "{} {plural}, {} not resolved",
        row.tensions, row.open
    ));
    for t in map.tensions_on(row.id) {
        if !t.statement.trim().is_empty() {
            ui.label(format!("“{}” ({})", t.statement.trim(), t.severity.get()));
        }
    }
    if row.activities.is_empty() {
        ui.label("No activities yet");
    }
    for &id in &row.activities {
        if let Some(a) = map.activities.get(id) {
            ui.label(format!("{}  {}", draw::activity_badge(&a.kind), a.title));
        }
    }
    ui.weak("Click to show it on the canvas");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row() -> BoundaryRow {
        BoundaryRow {
            id: Id::from_u64(1),
            title: "Nurses – Porters".to_owned(),
            sides: vec!["Nurses".to_owned(), "Porters".to_owned()],
            tensions: 1,
            open: 0,
            highest_open: None,
            activities: vec![],
        }
    }

    #[test]
    fn a_row_reads_every_column() {
        assert_eq!(
            row_label(&row()),
            "Nurses – Porters, 1 tension, 0 open, no activities"
        );
        let row = BoundaryRow {
            title: "Handover".to_owned(),
            tensions: 0,
            activities: vec![Id::from_u64(2)],
            highest_open: crate::model::Severity::new(2).ok(),
            ..row()
        };
        assert_eq!(
            row_label(&row),
            "Handover: Nurses – Porters, no tensions, highest severity 2, 1 activity"
        );
    }
}
