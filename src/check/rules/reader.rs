//! Rules over the parsed document of a page: `syntax` (the reader's
//! diagnostics), `sop-metadata` and `review-overdue`.

use crate::check::finding::Sink;
use crate::check::rules::Level;
use crate::config::Config;
use crate::doc::{Date, Document, Severity};

/// The reader rules of one page, given its parsed document.
pub fn check_page(out: &mut Sink, doc: &Document, config: &Config) {
    syntax(out, doc);
    metadata(out, doc, config, Date::today());
}

fn syntax(out: &mut Sink, doc: &Document) {
    let raw_html: Vec<u32> = out
        .findings
        .iter()
        .filter(|f| f.rule == "raw-html")
        .map(|f| f.line)
        .collect();
    for d in &doc.diagnostics {
        // `raw-html` already reports a raw directive the reader dropped.
        if raw_html.contains(&d.line) && d.message.to_lowercase().contains("raw") {
            continue;
        }
        let level = match d.severity {
            Severity::Info => continue,
            Severity::Warning => Level::Warning,
            Severity::Error => Level::Error,
        };
        let rule = if is_include_problem(&d.message) {
            "missing-include"
        } else {
            "syntax"
        };
        let msg = d.message.replace('\n', " ");
        let f = out.line(rule, d.line, d.column, msg);
        if rule == "syntax" {
            f.level = level;
        }
    }
}

/// A reader diagnostic about an include directive's file (docutils words).
fn is_include_problem(message: &str) -> bool {
    let m = message.to_lowercase();
    m.starts_with("problems with \"include\"")
        || m.starts_with("problems with \"literalinclude\"")
        || (m.contains("include") && (m.contains("no such file") || m.contains("cannot read")))
}

/// `sop-metadata` for pages that have SOP metadata, `review-overdue`.
pub fn metadata(out: &mut Sink, doc: &Document, config: &Config, today: Date) {
    let meta = &doc.meta;
    if meta.is_sop() {
        let missing: Vec<&str> = config
            .raw
            .sop
            .required
            .iter()
            .map(String::as_str)
            .filter(|f| !meta.has_field(f))
            .collect();
        if !missing.is_empty() {
            let msg = format!("SOP metadata lacks {}", missing.join(", "));
            out.file("sop-metadata", msg);
        }
    }
    let period = i64::from(config.raw.sop.review_period);
    if let Some(reviewed) = meta.reviewed {
        let due = Date::from_days(reviewed.to_days() + period);
        if period > 0 && today > due {
            let msg = format!(
                "last reviewed {reviewed}: a review was due on {due} ([sop] review-period is {period} days)"
            );
            match find_line(out, "reviewed") {
                Some(i) => out.at("review-overdue", i, 0..out.src.line(i).len(), msg),
                None => out.file("review-overdue", msg),
            }
        }
    }
}

/// The first line that names a metadata field, 0-based.
fn find_line(out: &Sink, field: &str) -> Option<usize> {
    (0..out.src.lines.len()).find(|&i| out.src.line(i).to_lowercase().contains(field))
}
