//! Spatial indexes, so that finding what is near an item looks at a few
//! cells rather than at the whole map. Both answer in a fixed order (cell by
//! cell, and within a cell in the order things were filed), so a layout
//! that walks their answers is the same on every run.

use std::collections::HashMap;

use super::nodes::Rect;

/// A cell's coordinate. Far-off values are clamped so that a stray huge
/// number cannot make a rectangle cover billions of cells.
fn key(v: f32, cell: f32) -> i32 {
    (v / cell).floor().clamp(-1.0e6, 1.0e6) as i32
}

/// Points filed by the cell they fall in, built once for a set of points
/// and asked many times: a dense grid over their extent, stored as one list
/// sorted by cell (no allocation per cell).
pub(super) struct Grid {
    x0: f32,
    y0: f32,
    cell: f32,
    cols: usize,
    rows: usize,
    /// Where each cell's points start in `items`; one more than cells.
    starts: Vec<u32>,
    items: Vec<u32>,
}

impl Grid {
    /// A grid of the points `(xs[i], ys[i])` with cells at least `cell`
    /// across (wider when the points are spread thin, so that the grid has
    /// no more cells than a few per point).
    pub fn of(cell: f32, xs: &[f32], ys: &[f32]) -> Self {
        let n = xs.len();
        let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        for (&x, &y) in xs.iter().zip(ys) {
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
        }
        if n == 0 || !(x1 - x0).is_finite() || !(y1 - y0).is_finite() {
            (x0, y0, x1, y1) = (0.0, 0.0, 0.0, 0.0);
        }
        let area = (x1 - x0 + 1.0) * (y1 - y0 + 1.0);
        let cell = cell.max(1.0).max((area / (4 * n + 1) as f32).sqrt());
        let cols = ((x1 - x0) / cell) as usize + 1;
        let rows = ((y1 - y0) / cell) as usize + 1;
        let mut grid = Grid {
            x0,
            y0,
            cell,
            cols,
            rows,
            starts: vec![0; cols * rows + 1],
            items: vec![0; n],
        };
        let cells: Vec<usize> = (0..n).map(|i| grid.cell_of(xs[i], ys[i])).collect();
        for &c in &cells {
            grid.starts[c + 1] += 1;
        }
        for c in 0..cols * rows {
            grid.starts[c + 1] += grid.starts[c];
        }
        let mut next = grid.starts.clone();
        for (i, &c) in cells.iter().enumerate() {
            grid.items[next[c] as usize] = i as u32;
            next[c] += 1;
        }
        grid
    }

    fn col(&self, x: f32) -> usize {
        (key(x - self.x0, self.cell).max(0) as usize).min(self.cols - 1)
    }

    fn row(&self, y: f32) -> usize {
        (key(y - self.y0, self.cell).max(0) as usize).min(self.rows - 1)
    }

    fn cell_of(&self, x: f32, y: f32) -> usize {
        self.row(y) * self.cols + self.col(x)
    }

    /// The points inside `r` (and some just outside it), each once.
    pub fn near(&self, r: Rect, found: &mut Vec<u32>) {
        found.clear();
        let (c0, c1) = (self.col(r.x0), self.col(r.x1));
        for row in self.row(r.y0)..=self.row(r.y1) {
            let (a, b) = (row * self.cols + c0, row * self.cols + c1);
            let (s, e) = (self.starts[a] as usize, self.starts[b + 1] as usize);
            found.extend_from_slice(&self.items[s..e]);
        }
    }
}

/// Rectangles filed by the square cells they cover, added one at a time.
pub(super) struct Bins {
    cell: f32,
    cells: HashMap<(i32, i32), Vec<u32>, foldhash::fast::FixedState>,
}

impl Bins {
    /// An empty index of square cells `cell` units across.
    pub fn new(cell: f32) -> Self {
        Self {
            cell: cell.max(1.0),
            cells: HashMap::default(),
        }
    }

    /// The range of cells a rectangle covers, at most a few hundred across.
    fn span(&self, r: Rect) -> (i32, i32, i32, i32) {
        let (x0, y0) = (key(r.x0, self.cell), key(r.y0, self.cell));
        let x1 = key(r.x1, self.cell).clamp(x0, x0 + 400);
        let y1 = key(r.y1, self.cell).clamp(y0, y0 + 400);
        (x0, y0, x1, y1)
    }

    /// Files a rectangle under `index`.
    pub fn insert(&mut self, index: u32, r: Rect) {
        let (x0, y0, x1, y1) = self.span(r);
        for y in y0..=y1 {
            for x in x0..=x1 {
                self.cells.entry((x, y)).or_default().push(index);
            }
        }
    }

    /// The indices filed in the cells `r` covers, sorted, each once.
    pub fn near(&self, r: Rect, found: &mut Vec<u32>) {
        found.clear();
        let (x0, y0, x1, y1) = self.span(r);
        for y in y0..=y1 {
            for x in x0..=x1 {
                if let Some(list) = self.cells.get(&(x, y)) {
                    found.extend_from_slice(list);
                }
            }
        }
        found.sort_unstable();
        found.dedup();
    }
}
