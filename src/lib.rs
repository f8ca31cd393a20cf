//! sopbook: turns a folder of SOPs (Markdown, reStructuredText, legacy plain
//! text) into a themed static site, and checks that they stay readable.
//!
//! Stages: [`config`] resolves `book.toml`; [`markup`] reads a source page
//! into the shared [`doc::Document`]; [`write`] turns documents into HTML
//! (and text formats); [`book`] loads the whole source folder and its
//! navigation; [`render`] lays pages into the theme; [`build`] runs them all.

pub mod book;
pub mod build;
pub mod check;
pub mod config;
pub mod convert;
pub mod doc;
pub mod error;
pub mod highlight;
pub mod init;
pub mod links;
pub mod markup;
pub mod output;
pub mod render;
pub mod search;
pub mod serve;
pub mod tabs;
pub mod write;
