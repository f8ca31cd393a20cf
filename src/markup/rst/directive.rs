//! Directive blocks: `.. name:: arguments`, its `:option:` lines and its
//! content cut out as docutils' `parse_directive_block` does, then handed
//! to the directive's builder (`directives`). Also substitution definitions.

use super::Parser;
use super::lines::{Ln, get_indented, join, trim_blank_end};
use crate::doc::{Block, Inline};

/// How a directive takes its arguments and content.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    pub required: usize,
    pub optional: usize,
    /// The last argument may contain spaces.
    pub final_ws: bool,
    pub content: bool,
}

const fn spec(required: usize, optional: usize, final_ws: bool, content: bool) -> Spec {
    Spec {
        required,
        optional,
        final_ws,
        content,
    }
}

/// The directives this reader knows, by name.
pub fn spec_of(name: &str) -> Option<Spec> {
    Some(match name {
        "note" | "warning" | "important" | "tip" | "caution" | "danger" | "attention" | "hint"
        | "error" | "seealso" | "toctree" | "glossary" | "hlist" | "epigraph" | "highlights"
        | "pull-quote" | "compound" | "parsed-literal" | "line-block" | "header" | "footer"
        | "meta" | "todo" => spec(0, 0, false, true),
        "admonition" | "topic" | "figure" | "raw" | "only" | "class" | "rst-class" => {
            spec(1, 0, true, true)
        }
        "code-block" | "sourcecode" | "code" => spec(0, 1, false, true),
        "highlight" | "literalinclude" | "include" | "image" | "rubric" | "centered" | "title"
        | "sectionauthor" | "codeauthor" | "moduleauthor" | "tabularcolumns" => {
            spec(1, 0, true, false)
        }
        "contents" => spec(0, 1, true, false),
        "sidebar" | "container" | "table" | "csv-table" | "list-table" | "math" => {
            spec(0, 1, true, true)
        }
        "versionadded" | "versionchanged" | "deprecated" | "versionremoved" => {
            spec(1, 1, true, true)
        }
        "index" => spec(0, 1, true, true),
        "role" => spec(1, 0, true, true),
        n if super::pydomain::object_prefix(n).is_some() => spec(1, 0, true, true),
        "module" | "py:module" | "currentmodule" | "py:currentmodule" => spec(1, 0, true, true),
        "default-role" => spec(0, 1, false, false),
        "sectnum" | "section-numbering" | "target-notes" => spec(0, 0, false, false),
        _ => return None,
    })
}

/// Options that must be given a value (docutils `unchanged_required` and
/// numbers), where an empty one would change what is read.
fn needs_value(directive: &str, option: &str) -> bool {
    matches!(directive, "include" | "literalinclude")
        && matches!(
            option,
            "start-after" | "end-before" | "start-line" | "end-line" | "lines"
        )
}

/// The options a directive accepts, when this reader checks them.
fn known_options(name: &str) -> Option<&'static [&'static str]> {
    Some(match name {
        "note" | "warning" | "important" | "tip" | "caution" | "danger" | "attention" | "hint"
        | "error" | "admonition" | "seealso" | "topic" | "container" | "compound" | "epigraph"
        | "highlights" | "pull-quote" => ADMONITION_OPTIONS,
        "code-block" | "sourcecode" => CODE_BLOCK_OPTIONS,
        "code" => &["class", "name", "number-lines"],
        "image" => IMAGE_OPTIONS,
        "figure" => FIGURE_OPTIONS,
        "contents" => &["depth", "local", "backlinks", "class"],
        "sidebar" => &["subtitle", "class", "name"],
        "rubric" => &["class", "name", "heading-level"],
        "toctree" => TOCTREE_OPTIONS,
        "table" => &["align", "width", "widths", "class", "name"],
        "list-table" => LIST_TABLE_OPTIONS,
        "csv-table" => CSV_TABLE_OPTIONS,
        _ => return None,
    })
}

const ADMONITION_OPTIONS: &[&str] = &["class", "name"];

const CODE_BLOCK_OPTIONS: &[&str] = &[
    "linenos",
    "lineno-start",
    "emphasize-lines",
    "caption",
    "name",
    "class",
    "dedent",
    "force",
];

const IMAGE_OPTIONS: &[&str] = &[
    "alt", "height", "width", "scale", "align", "target", "class", "name", "loading",
];

const FIGURE_OPTIONS: &[&str] = &[
    "alt", "height", "width", "scale", "align", "target", "class", "name", "loading", "figwidth",
    "figclass", "figname",
];

const TOCTREE_OPTIONS: &[&str] = &[
    "maxdepth",
    "caption",
    "glob",
    "hidden",
    "titlesonly",
    "numbered",
    "name",
    "reversed",
    "includehidden",
    "class",
];

const LIST_TABLE_OPTIONS: &[&str] = &[
    "header-rows",
    "stub-columns",
    "widths",
    "width",
    "align",
    "class",
    "name",
];

const CSV_TABLE_OPTIONS: &[&str] = &[
    "header-rows",
    "stub-columns",
    "header",
    "widths",
    "file",
    "url",
    "encoding",
    "delim",
    "quote",
    "keepspace",
    "escape",
    "align",
    "width",
    "class",
    "name",
];

/// What is wrong with a directive's options, in docutils' words: an
/// option it does not know, or one left without its required value.
fn option_error(name: &str, lname: &str, options: &[(String, String)]) -> Option<String> {
    if let Some(known) = known_options(lname)
        && let Some((bad, _)) = options.iter().find(|(o, _)| !known.contains(&o.as_str()))
    {
        return Some(format!(
            "Error in \"{name}\" directive:\nunknown option: \"{bad}\"."
        ));
    }
    let (bad, _) = options
        .iter()
        .find(|(o, v)| v.trim().is_empty() && needs_value(lname, o))?;
    Some(format!(
        "Error in \"{name}\" directive:\ninvalid option value: (option: \"{bad}\"; value: None)\nargument required but none supplied."
    ))
}

/// A directive cut out of the source.
#[derive(Debug, Clone)]
pub struct Directive {
    pub name: String,
    pub args: Vec<String>,
    pub options: Vec<(String, String)>,
    pub content: Vec<Ln>,
    pub line: u32,
    /// The whole directive as written, for problems.
    pub source: String,
}

impl Directive {
    pub fn option(&self, name: &str) -> Option<&str> {
        self.options
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn flag(&self, name: &str) -> bool {
        self.option(name).is_some()
    }

    pub fn arg(&self) -> &str {
        self.args.first().map_or("", String::as_str)
    }
}

impl Parser<'_> {
    /// A directive at `lines[i]`; `col` is where its arguments start.
    pub(super) fn directive(
        &mut self,
        lines: &[Ln],
        i: usize,
        name: &str,
        col: usize,
        out: &mut Vec<Block>,
    ) -> usize {
        let block = get_indented(lines, i, false, Some(col), None);
        let end = block.end.max(i + 1);
        let mut src_lines = lines[i..end].to_vec();
        trim_blank_end(&mut src_lines);
        let source = join(&src_lines);
        let lname = name.to_ascii_lowercase();
        let no = lines[i].no;
        let Some(spec) = spec_of(&lname) else {
            let msg = format!("Unknown directive type \"{name}\".");
            self.directive_error(out, no, &msg, source);
            return end;
        };
        match cut_directive(block.lines, spec) {
            Ok((args, options, content)) => match option_error(name, &lname, &options) {
                Some(msg) => self.directive_error(out, no, &msg, source),
                None => {
                    let d = Directive {
                        name: lname,
                        args,
                        options,
                        content,
                        line: no,
                        source,
                    };
                    self.run_directive(d, out);
                }
            },
            Err(detail) => {
                let msg = format!("Error in \"{name}\" directive:\n{detail}.");
                self.directive_error(out, no, &msg, source);
            }
        }
        if !block.blank_finish {
            self.unindent_warning("Explicit markup", lines, block.end);
        }
        end
    }

    /// Reports a directive docutils rejects; its source stays, as a
    /// problem block.
    fn directive_error(&mut self, out: &mut Vec<Block>, no: u32, msg: &str, source: String) {
        self.error(no, msg);
        self.problem(out, no, msg, source);
    }

    /// `.. |name| directive:: ...`: records the replacement.
    pub(super) fn substitution_def(
        &mut self,
        lines: &[Ln],
        i: usize,
        marker: usize,
        out: &mut Vec<Block>,
    ) -> usize {
        let block = get_indented(lines, i, false, Some(marker), None);
        let end = block.end.max(i + 1);
        let no = lines[i].no;
        let text = join(&block.lines);
        let source = join(&lines[i..end]);
        let Some((name, rest)) = split_substitution(&text) else {
            self.push(out, Block::new(no, crate::doc::BlockKind::Comment(text)));
            return end;
        };
        let rest = rest.trim_start();
        let name_len = super::explicit::simple_name_len(rest);
        let dname = &rest[..name_len];
        let after = rest[name_len..].trim_start_matches(' ');
        let Some(args) = after.strip_prefix("::").filter(|_| name_len > 0) else {
            let msg = format!("Substitution definition \"{name}\" missing contents.");
            self.error(no, &msg);
            self.problem(out, no, &msg, source);
            return end;
        };
        let args = args.lines().next().unwrap_or("");
        let value = self.substitution_value(&dname.to_ascii_lowercase(), args, &block.lines, no);
        match value {
            Some(v) => {
                let trim = match dname.eq_ignore_ascii_case("unicode") {
                    true => unicode_trim(&block.lines[1..]),
                    false => (false, false),
                };
                if trim != (false, false) {
                    self.substitution_trims.push((name.clone(), trim));
                }
                self.substitutions.insert(name.clone(), v);
            }
            None => {
                let msg = format!("Substitution definition \"{name}\" empty or invalid.");
                self.error(no, &msg);
                self.problem(out, no, &msg, source);
            }
        }
        end
    }

    fn substitution_value(
        &mut self,
        directive: &str,
        args: &str,
        block: &[Ln],
        no: u32,
    ) -> Option<Vec<Inline>> {
        let mut text = args.trim().to_string();
        for l in block.iter().skip(1) {
            // The options of `unicode` (`:trim:`) are no text.
            if directive == "unicode" && l.text.trim_start().starts_with(':') {
                break;
            }
            text.push('\n');
            text.push_str(&l.text);
        }
        let text = text.trim().to_string();
        match directive {
            "replace" => (!text.is_empty()).then(|| self.inline(&text, no)),
            "unicode" => Some(vec![Inline::Text(unicode_codes(&text))]),
            "date" => Some(vec![Inline::Text(crate::doc::Date::today().to_string())]),
            "image" => {
                let src = text.lines().next()?.trim().to_string();
                (!src.is_empty()).then(|| {
                    vec![Inline::Image(crate::doc::Image {
                        alt: src.clone(),
                        src,
                        line: no,
                        ..Default::default()
                    })]
                })
            }
            _ => None,
        }
    }
}

/// `|name| rest`: the substitution name and what follows.
fn split_substitution(text: &str) -> Option<(String, String)> {
    let r = text.strip_prefix('|')?;
    let close = r.find('|')?;
    let name = &r[..close];
    if name.is_empty() || name.starts_with(' ') || name.ends_with(' ') {
        return None;
    }
    Some((name.to_string(), r[close + 1..].to_string()))
}

/// The `ltrim`/`rtrim` a `unicode` directive's options ask for.
fn unicode_trim(lines: &[Ln]) -> (bool, bool) {
    let has = |name: &str| {
        lines.iter().any(|l| {
            let o = l.text.trim();
            o.strip_prefix(':').and_then(|o| o.strip_prefix(name)) == Some(":")
        })
    };
    (has("trim") || has("ltrim"), has("trim") || has("rtrim"))
}

/// The text of a `unicode` directive: codes (`0x..`, `U+..`, `&#x..;`,
/// decimal) become characters, other words stay, `..` starts a comment.
fn unicode_codes(text: &str) -> String {
    let mut out = String::new();
    for word in text.split_whitespace() {
        if word == ".." {
            break;
        }
        let hex = word
            .strip_prefix("0x")
            .or_else(|| word.strip_prefix("U+"))
            .or_else(|| word.strip_prefix("u+"))
            .or_else(|| word.strip_prefix("\\x"))
            .or_else(|| word.strip_prefix("&#x").and_then(|w| w.strip_suffix(';')));
        let c = match hex {
            Some(h) => u32::from_str_radix(h, 16).ok().and_then(char::from_u32),
            None if word.bytes().all(|b| b.is_ascii_digit()) => {
                word.parse().ok().and_then(char::from_u32)
            }
            None => None,
        };
        match c {
            Some(c) => out.push(c),
            None => out.push_str(word),
        }
    }
    out
}

type Cut = (Vec<String>, Vec<(String, String)>, Vec<Ln>);

/// `parse_directive_block`: arguments, options and content.
fn cut_directive(mut lines: Vec<Ln>, spec: Spec) -> Result<Cut, String> {
    if lines.first().is_some_and(Ln::is_blank) {
        lines.remove(0);
    }
    trim_blank_end(&mut lines);
    let blank = lines.iter().position(Ln::is_blank).unwrap_or(lines.len());
    let mut arg_block: Vec<Ln> = lines[..blank].to_vec();
    let mut content: Vec<Ln> = lines.get(blank + 1..).unwrap_or(&[]).to_vec();
    let opt_at = arg_block
        .iter()
        .position(|l| super::lists::field_marker(&l.text).is_some());
    let mut options = Vec::new();
    if let Some(k) = opt_at {
        options = parse_options(&arg_block[k..])?;
        arg_block.truncate(k);
    }
    if !arg_block.is_empty() && spec.required + spec.optional == 0 {
        let mut c = arg_block.clone();
        if blank < lines.len() {
            c.extend(lines[blank..].iter().cloned());
        }
        content = c;
        arg_block.clear();
    }
    while content.first().is_some_and(Ln::is_blank) {
        content.remove(0);
    }
    let arg_text = join(&arg_block);
    let mut args: Vec<String> = arg_text.split_whitespace().map(String::from).collect();
    let max = spec.required + spec.optional;
    if args.len() < spec.required {
        return Err(format!(
            "{} argument(s) required, {} supplied",
            spec.required,
            args.len()
        ));
    }
    if args.len() > max {
        if !spec.final_ws {
            return Err(format!(
                "maximum {max} argument(s) allowed, {} supplied",
                args.len()
            ));
        }
        args = splitn_ws(&arg_text, max);
    }
    if !content.is_empty() && !spec.content {
        return Err("no content permitted".into());
    }
    Ok((args, options, content))
}

/// Python's `str.split(None, n - 1)`.
fn splitn_ws(text: &str, n: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text.trim_start();
    while out.len() + 1 < n {
        match rest.find(char::is_whitespace) {
            Some(k) => {
                out.push(rest[..k].to_string());
                rest = rest[k..].trim_start();
            }
            None => break,
        }
    }
    if !rest.is_empty() {
        out.push(rest.trim_end().to_string());
    }
    out
}

/// `:name: value` lines, values continued on indented lines.
fn parse_options(lines: &[Ln]) -> Result<Vec<(String, String)>, String> {
    let mut out: Vec<(String, String)> = Vec::new();
    for l in lines {
        if let Some((name, len)) = super::lists::field_marker(&l.text) {
            let value: String = l.text.chars().skip(len).collect();
            out.push((name.to_ascii_lowercase(), value.trim().to_string()));
        } else if l.indent() > 0 {
            if let Some(last) = out.last_mut() {
                if !last.1.is_empty() {
                    last.1.push(' ');
                }
                last.1.push_str(l.text.trim());
            }
        } else {
            return Err("invalid option block".into());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::rst::lines::split;

    #[test]
    fn arguments_options_content() {
        let lines = split("Title here\n:class: x\n\nBody text.", 1);
        let (args, opts, content) = cut_directive(lines, spec(1, 0, true, true)).unwrap();
        assert_eq!(args, ["Title here"]);
        assert_eq!(opts, [("class".to_string(), "x".to_string())]);
        assert_eq!(content[0].text, "Body text.");
        assert_eq!(content[0].no, 4);
    }

    #[test]
    fn first_line_is_content_without_arguments() {
        let lines = split("Take care.\nReally.", 1);
        let (args, _, content) = cut_directive(lines, spec(0, 0, false, true)).unwrap();
        assert!(args.is_empty());
        assert_eq!(content.len(), 2);
    }

    #[test]
    fn argument_errors() {
        let lines = split("", 1);
        let err = cut_directive(lines, spec(1, 0, true, false)).unwrap_err();
        assert_eq!(err, "1 argument(s) required, 0 supplied");
        assert_eq!(unicode_codes("0xA9 U+2014 x"), "\u{a9}\u{2014}x");
    }
}
