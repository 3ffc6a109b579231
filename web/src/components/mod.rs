//! Components: they render the editor state and turn gestures into actions; they never judge.

mod canvas;
mod export;
mod faults;
mod findings;
mod inspector;
mod toolbar;
mod verdict;

pub use canvas::Canvas;
pub use export::ExportDialog;
pub use faults::FaultTable;
pub use findings::FindingsPanel;
pub use inspector::Inspector;
pub use toolbar::Toolbar;
pub use verdict::VerdictBanner;
