//! Use cases that combine queries in one transaction. Handlers and the CLI call these.

pub mod accounts;
pub mod alerts;
pub mod challenges;
pub mod cities;
pub mod demo;
pub mod export;
pub mod feedback;
pub mod import;
pub mod indicators;
pub mod items;
pub mod ledger;
pub mod notify;
pub mod open_data;
pub mod organisations;
pub mod people;
pub mod publishing;
pub mod questionnaires;
pub mod report;
