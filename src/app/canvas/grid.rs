//! A uniform grid over the map for finding drawn entries near a place: each
//! cell lists the entries that meet it. It knows entries only by index and
//! bounds, so it sits below the scene.

use eframe::egui::Rect;

/// A uniform grid over the map; each cell lists the entries that meet it.
/// Entries spanning very many cells (a boundary across the whole map) are
/// kept in one list that every query checks, and so are entries that moved
/// since the grid was built, until there are too many of them.
#[derive(Debug)]
pub struct Grid {
    /// Covers every entry as it was when the grid was built; the cells
    /// are counted from its corner.
    bounds: Rect,
    /// Covers every entry, including those moved since.
    reach: Rect,
    cell: f32,
    cols: usize,
    rows: usize,
    /// Where each cell's list starts in `items` (one more than cells).
    starts: Vec<u32>,
    items: Vec<u32>,
    wide: Vec<u32>,
    /// Entries whose bounds changed after the grid was built.
    moved: Vec<u32>,
}

impl Default for Grid {
    fn default() -> Self {
        Self {
            bounds: Rect::NOTHING,
            reach: Rect::NOTHING,
            cell: 1.0,
            cols: 0,
            rows: 0,
            starts: Vec::new(),
            items: Vec::new(),
            wide: Vec::new(),
            moved: Vec::new(),
        }
    }
}

/// Entries that would be listed in more cells than this go in `wide`.
const MOST_CELLS: usize = 64;

impl Grid {
    /// A grid over entries with these bounds (by index).
    pub fn new(bounds: &[Rect]) -> Self {
        let all = bounds.iter().fold(Rect::NOTHING, |r, b| r.union(*b));
        if bounds.is_empty() || !all.is_finite() {
            return Self::default();
        }
        // About two entries per cell, but never more cells than entries × 4.
        let area = (all.width() * all.height()).max(1.0);
        let mut cell = (area / bounds.len() as f32 * 2.0).sqrt().max(32.0);
        while (all.width() / cell + 1.0) * (all.height() / cell + 1.0)
            > (bounds.len() * 4 + 16) as f32
        {
            cell *= 1.5;
        }
        let cols = (all.width() / cell) as usize + 1;
        let rows = (all.height() / cell) as usize + 1;
        let mut grid = Self {
            bounds: all,
            reach: all,
            cell,
            cols,
            rows,
            starts: vec![0; cols * rows + 1],
            ..Self::default()
        };
        grid.fill(bounds);
        grid
    }

    /// Lists each entry in the cells it meets (or in `wide`).
    fn fill(&mut self, bounds: &[Rect]) {
        let cols = self.cols;
        let mut counts = vec![0u32; cols * self.rows];
        for b in bounds {
            let (c0, r0, c1, r1) = self.span(*b);
            if (c1 - c0 + 1) * (r1 - r0 + 1) <= MOST_CELLS {
                for r in r0..=r1 {
                    for c in c0..=c1 {
                        counts[r * cols + c] += 1;
                    }
                }
            }
        }
        let mut total = 0;
        for (i, n) in counts.iter().enumerate() {
            self.starts[i] = total;
            total += n;
        }
        self.starts[counts.len()] = total;
        self.items = vec![0; total as usize];
        let mut next: Vec<u32> = self.starts[..counts.len()].to_vec();
        for (i, b) in bounds.iter().enumerate() {
            let (c0, r0, c1, r1) = self.span(*b);
            if (c1 - c0 + 1) * (r1 - r0 + 1) <= MOST_CELLS {
                for r in r0..=r1 {
                    for c in c0..=c1 {
                        let slot = &mut next[r * cols + c];
                        self.items[*slot as usize] = i as u32;
                        *slot += 1;
                    }
                }
            } else {
                self.wide.push(i as u32);
            }
        }
    }

    /// Notes that entry `i` now has `bounds`. Gives back false when so many
    /// entries have moved that the grid should be built again.
    pub fn moved(&mut self, i: u32, bounds: Rect, entries: usize) -> bool {
        if self.cols == 0 {
            return false; // built over nothing
        }
        self.reach = self.reach.union(bounds);
        if !self.moved.contains(&i) {
            self.moved.push(i);
        }
        self.moved.len() <= 64 + entries / 32
    }

    /// The cells (first column, first row, last column, last row) that a
    /// rectangle meets, clamped to the grid.
    fn span(&self, r: Rect) -> (usize, usize, usize, usize) {
        let cell = |v: f32, min: f32, count: usize| {
            (((v - min) / self.cell).max(0.0) as usize).min(count - 1)
        };
        (
            cell(r.min.x, self.bounds.min.x, self.cols),
            cell(r.min.y, self.bounds.min.y, self.rows),
            cell(r.max.x, self.bounds.min.x, self.cols),
            cell(r.max.y, self.bounds.min.y, self.rows),
        )
    }

    /// The entries (of `count`, with bounds given by `bounds`) that meet
    /// `area`, in index order, each once.
    pub fn query(&self, area: Rect, count: usize, bounds: impl Fn(u32) -> Rect) -> Vec<u32> {
        if self.cols == 0 || !area.intersects(self.reach) {
            return Vec::new();
        }
        let (c0, r0, c1, r1) = self.span(area);
        let cells = (c1 - c0 + 1) * (r1 - r0 + 1);
        let meets = |&i: &u32| bounds(i).intersects(area);
        // With most of the map in view, one pass over every entry is faster
        // than gathering, sorting and merging the cells' lists.
        if cells * 2 >= self.cols * self.rows {
            return (0..count as u32).filter(meets).collect();
        }
        let mut found = Vec::new();
        for r in r0..=r1 {
            let row = r * self.cols;
            let (from, to) = (
                self.starts[row + c0] as usize,
                self.starts[row + c1 + 1] as usize,
            );
            found.extend(self.items[from..to].iter().copied().filter(meets));
        }
        found.extend(self.wide.iter().copied().filter(meets));
        found.extend(self.moved.iter().copied().filter(meets));
        found.sort_unstable();
        found.dedup();
        found
    }
}
