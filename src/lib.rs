//! Massage Coverage Guide: walks a US patient step by step through getting massage therapy paid for.
//!
//! Layers, from the bottom: [`case`] (plain data), [`flow`] (which step comes next),
//! [`guidance`] (the texts), [`store`] (case files on disk), and `ui` (egui only).

pub mod case;
pub mod coverage;
pub mod documents;
pub mod flow;
pub mod guidance;
pub mod kiosk;
pub mod store;
pub mod ui;
