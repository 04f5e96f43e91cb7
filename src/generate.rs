//! Synthetic maps of any size, for benchmarks and tests. The same size and
//! seed always give the same map.

use crate::model::{
    Activity, ActivityKind, Boundary, Colour, Community, Id, Items, Map, Meta, Point, Severity,
    Tension, TensionKind,
};

/// A small, fast, deterministic random source (SplitMix64).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A source that starts from `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `n` (which must not be 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `0.0..1.0`.
    pub fn unit(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32
    }
}

/// The distance between neighbouring communities in generated maps.
pub const SPACING: f32 = 220.0;

/// A map with `communities` communities laid out on a square grid, about
/// 1.5 boundaries per community between near neighbours, a tension on half
/// of the boundaries and one activity per community.
pub fn map(communities: usize, seed: u64) -> Map {
    let mut rng = Rng::new(seed);
    let mut next_id = || Id::from_u64(rng.next_u64());
    let side = (communities as f64).sqrt().ceil().max(1.0) as usize;
    let mut ids = Vec::with_capacity(communities);
    let mut community_list = Vec::with_capacity(communities);
    for i in 0..communities {
        let id = next_id();
        ids.push(id);
        let (row, col) = (i / side, i % side);
        let mut c = Community::new(
            id,
            format!("Community {i}"),
            Point::new(col as f32 * SPACING, row as f32 * SPACING),
        );
        c.practice = format!("People who share practice number {i}.");
        c.colour = Colour::PALETTE[i % Colour::PALETTE.len()];
        community_list.push(c);
    }

    let mut rng = Rng::new(seed ^ 0x5eed);
    let mut boundaries = Vec::with_capacity(communities * 3 / 2);
    if communities >= 2 {
        for i in 0..communities * 3 / 2 {
            let a = i % communities;
            // Alternate right-hand and lower neighbours, so edges stay short.
            let b = if i < communities { a + 1 } else { a + side };
            let b = if b < communities && b != a {
                b
            } else {
                (a + 1) % communities
            };
            if a == b {
                continue;
            }
            boundaries.push(Boundary::new(
                Id::from_u64(rng.next_u64()),
                vec![ids[a], ids[b]],
            ));
        }
    }

    let mut tensions = Vec::with_capacity(boundaries.len() / 2);
    for (i, b) in boundaries.iter().enumerate().filter(|(i, _)| i % 2 == 0) {
        let kind = TensionKind::NAMED[i % TensionKind::NAMED.len()].clone();
        let severity = Severity::new(1 + (rng.below(5) as u8)).unwrap_or_default();
        let mut t = Tension::new(Id::from_u64(rng.next_u64()), b.id, kind, severity);
        t.raised_by = Some(b.between[0]);
        tensions.push(t);
    }

    let mut activities = Vec::with_capacity(communities);
    if !boundaries.is_empty() {
        for i in 0..communities {
            let b = &boundaries[i % boundaries.len()];
            let kind = ActivityKind::NAMED[i % ActivityKind::NAMED.len()].clone();
            let mut a = Activity::new(
                Id::from_u64(rng.next_u64()),
                kind,
                format!("Activity {i}"),
                vec![b.id],
            );
            a.participants = b.between.clone();
            activities.push(a);
        }
    }

    Map {
        meta: Meta::titled(format!("Generated map of {communities} communities")),
        communities: items(community_list),
        boundaries: items(boundaries),
        tensions: items(tensions),
        activities: items(activities),
        ..Map::default()
    }
}

/// The ids are random 64-bit numbers, so a clash would only drop the
/// collection in a generated map; tests check generated maps whole.
fn items<T: crate::model::Identified>(list: Vec<T>) -> Items<T> {
    Items::from_vec(list).unwrap_or_default()
}
