//! Laying out a map: pure geometry on the model, with no knowledge of
//! windows. [`tidy`] spreads a crowded map out.

mod bins;
mod nodes;
mod settle;
pub mod tidy;

pub use tidy::{Sizes, tidy};

#[cfg(test)]
mod tests;
