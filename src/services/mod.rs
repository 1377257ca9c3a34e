//! Use cases that combine queries in one transaction. Handlers and the CLI call these.

pub mod demo;
pub mod ledger;
pub mod publishing;
