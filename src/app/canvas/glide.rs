//! Items gliding to where tidying put them. The map changes at once (one
//! move, one undo step); for a moment afterwards the canvas draws each
//! moved item part of the way back toward where it was, less each frame,
//! so the room sees where things went.

use std::collections::{HashMap, HashSet};

use eframe::egui::{Vec2, vec2};

use crate::model::{Id, IdBuildHasher, Point};

/// How long a glide takes, in seconds.
const DURATION: f64 = 0.3;

/// A glide in progress: for each moved item, how far it was from where it
/// is now, for the map at one revision.
#[derive(Debug, Clone)]
pub struct Glide {
    /// From each item's new place back to its old one, in map units.
    back: HashMap<Id, Vec2, IdBuildHasher>,
    /// The items that glide, for finding what moves with them.
    pub ids: HashSet<Id, IdBuildHasher>,
    /// The revision the map had just after the move.
    pub revision: u64,
    /// When it started (the UI's clock, in seconds).
    start: f64,
}

impl Glide {
    /// A glide of items moved from one point to another, starting `now`.
    pub fn new(moves: &[(Id, Point, Point)], revision: u64, now: f64) -> Self {
        let back: HashMap<Id, Vec2, IdBuildHasher> = moves
            .iter()
            .map(|&(id, from, to)| (id, vec2(from.x - to.x, from.y - to.y)))
            .collect();
        let ids = back.keys().copied().collect();
        Self {
            back,
            ids,
            revision,
            start: now,
        }
    }

    /// How much of the way back each item is still drawn at `now`, from 1
    /// at the start to 0; `None` once the glide is over.
    pub fn remaining(&self, now: f64) -> Option<f32> {
        let t = ((now - self.start) / DURATION) as f32;
        if t >= 1.0 {
            return None;
        }
        let t = t.clamp(0.0, 1.0);
        // Starts and ends gently.
        Some(1.0 - t * t * (3.0 - 2.0 * t))
    }

    /// How far from its place an item is drawn, with `remaining` of the way
    /// still to go.
    pub fn offset(&self, id: Id, remaining: f32) -> Vec2 {
        self.back.get(&id).map_or(Vec2::ZERO, |v| *v * remaining)
    }
}
