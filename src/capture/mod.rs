//! Quick capture: the short forms a facilitator types in the palette while
//! the room talks, turned into a plan (what will be made, in a sentence) and
//! then into one edit. No windows here: text and a map in, a plan and an
//! edit out.
//!
//! The forms:
//! - `+ Social workers`, or just `Social workers`: a community;
//! - `Police / Social services` (or `--`, `–`): a boundary;
//! - `! Police / Social services suspicion 4 They never read our notes`: a
//!   tension, with its kind, an optional severity (1 to 5, else 3) and the
//!   room's words;
//! - `> Police / Social services visit Job shadowing day`: an activity,
//!   with its kind and an optional title.
//! - `! Who takes the case terms 2`, `> who takes visit`: the same on a
//!   boundary named by its label or its sides' names.
//!
//! Names are matched forgivingly ([`fold`]); a name not on the map becomes
//! a new community, and the preview says so.

pub mod find;
pub mod fold;
pub mod form;
mod kinds;
mod make;
pub mod plan;

#[cfg(test)]
mod tests;

pub use make::Made;
pub use plan::{Action, Lookup, Party, Plan, Recipe, What, plan, resolve, resolve_boundary};
