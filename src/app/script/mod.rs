//! Text in every script: the fonts that cover them, and right-to-left text
//! put in reading order for display.

pub mod fonts;
mod order;
mod wrap;

pub use order::visual;
pub use wrap::visual_wrapped;
