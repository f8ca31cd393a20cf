//! `include` and `literalinclude`: a directive in, the named file's blocks
//! (parsed in place) or its text as a code block out. Files are read
//! through `Options::read_file`, relative to the page or the book root.

use super::Parser;
use super::directive::Directive;
use super::stdinc::Standard;
use crate::doc::{Block, BlockKind};

/// Includes nested deeper than this are reported.
const MAX_INCLUDE: u32 = 8;

impl Parser<'_> {
    pub(super) fn include(&mut self, d: &Directive, out: &mut Vec<Block>) {
        let arg = d.arg().trim();
        if let Some(name) = arg.strip_prefix('<').and_then(|a| a.strip_suffix('>')) {
            return self.include_standard(d, name, out);
        }
        let Some(read) = self.opts.read_file else {
            self.warn(
                d.line,
                format!("\"{}\" directive: file not read: {arg}", d.name),
            );
            return;
        };
        if self.include_depth >= MAX_INCLUDE {
            self.error(
                d.line,
                format!(
                    "Problems with \"{}\" directive path:\ninclude nested too deeply.",
                    d.name
                ),
            );
            return;
        }
        let path = match arg.strip_prefix('/') {
            Some(rel) => self.opts.root.clone().unwrap_or_default().join(rel),
            None => {
                let base = self
                    .opts
                    .path
                    .as_ref()
                    .and_then(|p| p.parent().map(|p| p.to_path_buf()));
                base.unwrap_or_default().join(arg)
            }
        };
        let text = match read(&path) {
            Ok(t) => t,
            Err(e) => {
                let msg = format!(
                    "Problems with \"{}\" directive path:\n{e}: '{arg}'.",
                    d.name
                );
                self.error(d.line, msg.clone());
                self.problem(out, d.line, &msg, d.source.clone());
                return;
            }
        };
        let text = select(&text, d);
        let literal = d.name == "literalinclude" || d.flag("literal") || d.option("code").is_some();
        if literal {
            let lang = d.option("language").or(d.option("code")).map(String::from);
            let kind = BlockKind::CodeBlock {
                lang: lang.filter(|l| !l.is_empty() && l != "none" && l != "text"),
                code: text.trim_end_matches('\n').to_string(),
                caption: self.caption(d),
                linenos: d.flag("linenos"),
            };
            self.push(out, Block::new(d.line, kind));
            return;
        }
        self.include_text(&text, out);
    }

    /// Reads included RST text in place.
    fn include_text(&mut self, text: &str, out: &mut Vec<Block>) {
        self.include_depth += 1;
        let lines = super::lines::split(text, 1);
        let titles = self.depth == 1;
        let blocks = self.body(&lines, titles);
        self.include_depth -= 1;
        for b in blocks {
            self.push(out, b);
        }
    }

    /// `.. include:: <isonum.txt>`: one of docutils' standard files.
    fn include_standard(&mut self, d: &Directive, name: &str, out: &mut Vec<Block>) {
        match super::stdinc::standard(name) {
            Some(Standard::Rst(text)) => self.include_text(text, out),
            Some(Standard::Entities(data)) => self.define_entities(data),
            None => {
                let msg = format!(
                    "Problems with \"{}\" directive path:\nno standard data file: '<{name}>'.",
                    d.name
                );
                self.error(d.line, msg.clone());
                self.problem(out, d.line, &msg, d.source.clone());
            }
        }
    }
}

/// Applies `start-after`, `end-before`, `start-line`, `end-line`, `lines`.
fn select(text: &str, d: &Directive) -> String {
    let mut t = text.to_string();
    if let Some(m) = d.option("start-after").filter(|m| !m.is_empty())
        && let Some(k) = t.find(m)
    {
        t = t[k + m.len()..].to_string();
    }
    if let Some(m) = d.option("end-before").filter(|m| !m.is_empty())
        && let Some(k) = t.find(m)
    {
        t.truncate(k);
    }
    let lines: Vec<&str> = t.lines().collect();
    let n = lines.len() as i64;
    let clamp = |v: i64| -> usize { (if v < 0 { n + v } else { v }).clamp(0, n) as usize };
    let start = d
        .option("start-line")
        .and_then(|v| v.parse::<i64>().ok())
        .map_or(0, clamp);
    let end = d
        .option("end-line")
        .and_then(|v| v.parse::<i64>().ok())
        .map_or(lines.len(), clamp);
    let mut picked: Vec<&str> = lines.get(start..end.max(start)).unwrap_or(&[]).to_vec();
    if let Some(spec) = d.option("lines") {
        let mut sel = Vec::new();
        for part in spec.split(',') {
            let (a, b) = match part.split_once('-') {
                Some((a, b)) => (
                    a.trim().parse().unwrap_or(1),
                    b.trim().parse().unwrap_or(picked.len()),
                ),
                None => {
                    let v = part.trim().parse().unwrap_or(0);
                    (v, v)
                }
            };
            for i in a.max(1)..=b.min(picked.len()) {
                sel.push(picked[i - 1]);
            }
        }
        picked = sel;
    }
    let mut s = picked.join("\n");
    s.push('\n');
    s
}
