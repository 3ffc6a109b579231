//! Presentational components: they render the report, they never judge.

mod faults;
mod findings;
mod verdict;

pub use faults::FaultTable;
pub use findings::FindingsPanel;
pub use verdict::VerdictBanner;
