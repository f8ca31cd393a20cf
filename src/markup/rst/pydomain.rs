//! Sphinx Python-domain object descriptions (`class`, `function`, `method`,
//! `attribute`, ... and their `py:` forms): a parsed directive in, a
//! definition list out whose term is the signature, as Sphinx renders them
//! (its default domain is `py`, so `.. class::` is a description there,
//! not docutils' class attribute).

use super::Parser;
use super::directive::Directive;
use crate::doc::{Block, BlockKind, DefinitionItem, Inline};

/// The word Sphinx shows before a signature of this object type, if the
/// name is one of the Python domain's directives.
pub fn object_prefix(name: &str) -> Option<&'static str> {
    let name = name.strip_prefix("py:").unwrap_or(name);
    Some(match name {
        "class" => "class ",
        "exception" => "exception ",
        "classmethod" => "classmethod ",
        "staticmethod" => "static ",
        "property" => "property ",
        "decorator" => "@",
        "function" | "method" | "attribute" | "data" | "decoratormethod" => "",
        _ => return None,
    })
}

/// True when Sphinx can parse `sig` as a Python signature (`py_sig_re`):
/// a dotted name, optional `[...]`, optional `(...)` and `-> ...`.
fn parses_as_python(sig: &str) -> bool {
    let head = sig.split(['(', '[']).next().unwrap_or("").trim_end();
    let rest = &sig[head.len()..].trim_start();
    let name_ok = !head.is_empty()
        && !head.ends_with('.')
        && head
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '.');
    let rest_ok = rest.is_empty() || rest.starts_with('[') || rest.starts_with('(');
    name_ok && rest_ok
}

impl Parser<'_> {
    /// Builds a Python object description.
    pub(super) fn py_object(&mut self, d: &Directive, prefix: &str, out: &mut Vec<Block>) {
        let class_like = matches!(prefix, "class " | "exception ");
        self.py_class_depth += u32::from(class_like);
        let mut definition = self.body(&d.content, false);
        super::docfields::transform(&mut definition);
        self.py_class_depth -= u32::from(class_like);
        // Module-level objects named without a dotted prefix show the
        // current module (Sphinx's `add_module_names`).
        let module = self
            .py_module
            .clone()
            .filter(|_| self.py_class_depth == 0)
            .map(|m| format!("{m}."));
        let mut items = Vec::new();
        for sig in &signatures(d) {
            items.push(DefinitionItem {
                line: d.line,
                term: self.py_term(sig, prefix, module.as_deref()),
                classifiers: Vec::new(),
                definition: Vec::new(),
            });
        }
        if let Some(last) = items.last_mut() {
            last.definition = definition;
        }
        self.push(out, Block::new(d.line, BlockKind::DefinitionList(items)));
    }

    /// The term of one signature: the object type's word, the module, and
    /// the signature as the target of its id when that is new.
    fn py_term(&mut self, sig: &str, prefix: &str, module: Option<&str>) -> Vec<Inline> {
        let mut term = Vec::new();
        let valid = parses_as_python(sig);
        if valid && !prefix.is_empty() {
            term.push(Inline::Role {
                role: "property".into(),
                title: None,
                content: vec![Inline::Text(prefix.to_string())],
            });
        }
        let head = sig.split(['(', '[']).next().unwrap_or("");
        if let Some(m) = module.filter(|_| valid && !head.contains('.')) {
            term.push(Inline::Role {
                role: "descclassname".into(),
                title: None,
                content: vec![Inline::Text(m.to_string())],
            });
        }
        let name = Inline::Role {
            role: "descname".into(),
            title: None,
            content: vec![Inline::Text(sig.to_string())],
        };
        let id = head.trim().to_string();
        if valid && !self.ids.contains(&id) {
            self.ids.insert(id.clone());
            term.push(Inline::Anchor {
                id,
                content: vec![name],
            });
        } else {
            term.push(name);
        }
        term
    }
}

/// The signatures of a description, one a line, spaces collapsed.
fn signatures(d: &Directive) -> Vec<String> {
    d.args
        .join(" ")
        .split('\n')
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| !s.is_empty())
        .collect()
}

/// Roles that name a Python object (with or without the `py:` prefix).
const PY_ROLES: &[&str] = &[
    "class", "func", "meth", "mod", "attr", "exc", "data", "obj", "const",
];

/// The text Sphinx shows for a cross-reference role whose target it
/// cannot resolve: the title of `title <target>`; else the target
/// without a leading `!`, `()` added to functions and methods, and for
/// Python roles a leading `~` keeping only the last dotted part.
pub(super) fn xref_title(role: &str, raw: &str) -> String {
    if let Some((title, _)) = super::roles::explicit_title(raw) {
        return super::inline::unescape(&title);
    }
    let text = super::inline::unescape(raw);
    let bare = role.strip_prefix("py:").unwrap_or(role);
    let py = PY_ROLES.contains(&bare);
    let (text, disabled) = match text.strip_prefix('!') {
        Some(t) => (t.to_string(), true),
        None => (text, false),
    };
    let mut title = text;
    if py && matches!(bare, "func" | "meth") {
        title = format!("{}()", title.strip_suffix("()").unwrap_or(&title));
    }
    if !py || disabled {
        return title;
    }
    let title = title.trim_start_matches('.');
    match title.strip_prefix('~') {
        Some(t) => t.rfind('.').map_or(t, |dot| &t[dot + 1..]).to_string(),
        None => title.to_string(),
    }
}
