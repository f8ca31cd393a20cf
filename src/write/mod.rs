//! Writers: a [`crate::doc::Document`] in, text out (HTML for the site).

pub mod html;
