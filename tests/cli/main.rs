//! The black-box tests, in one binary: each module tests one subcommand or concern. One binary
//! links the crate once, instead of once per file.

mod beyond;
mod catalog;
mod common;
mod completions;
mod compressed;
mod conventions;
mod diagnose;
mod explain;
mod golden;
mod hostile;
mod inputs;
mod list;
mod obs;
mod oracle;
mod parse;
mod printed;
mod properties;
mod real;
mod schema;
mod search;
mod shapes;
mod tables;
mod terminal;
mod wrappers;
