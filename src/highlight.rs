//! Code highlighting at build time: code and a language name in, HTML with
//! CSS classes out (one stylesheet serves light and dark). Console sessions
//! get their prompts and output marked so the copy button can skip them.

use pulldown_cmark_escape::escape_html;
use syntect::html::{ClassStyle, ClassedHTMLGenerator, css_for_theme_with_class_style};
use syntect::parsing::{SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

const CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

/// Languages SOPs name that the syntax set knows under another name.
const ALIASES: &[(&str, &str)] = &[
    ("shell", "bash"),
    ("sh", "bash"),
    ("zsh", "bash"),
    ("systemd", "ini"),
    ("cfg", "ini"),
    ("conf", "ini"),
    ("dosini", "ini"),
    ("yml", "yaml"),
    ("py", "python"),
    ("python3", "python"),
    ("pycon", "python"),
    ("apache", "Apache Conf"),
    ("apacheconf", "Apache Conf"),
    ("httpd", "Apache Conf"),
    ("docker", "dockerfile"),
    ("jinja", "j2"),
    ("jinja2", "j2"),
    ("patch", "diff"),
    ("udiff", "diff"),
    ("postgresql", "sql"),
    ("psql", "sql"),
    ("mysql", "sql"),
    ("html+jinja", "j2"),
    ("xml+jinja", "j2"),
];

/// Languages whose lines are prompts with commands, or output.
const SESSIONS: &[&str] = &[
    "console",
    "shell-session",
    "sh-session",
    "bash-session",
    "terminal",
    "shellsession",
];

/// The syntax set, loaded once per process and shared by all pages.
pub struct Highlighter {
    syntaxes: SyntaxSet,
}

impl Default for Highlighter {
    fn default() -> Self {
        Self::new()
    }
}

impl Highlighter {
    pub fn new() -> Self {
        Highlighter {
            syntaxes: two_face::syntax::extra_newlines(),
        }
    }

    fn syntax(&self, lang: &str) -> Option<&SyntaxReference> {
        let lang = lang.trim().to_ascii_lowercase();
        let name = ALIASES
            .iter()
            .find(|(a, _)| *a == lang)
            .map_or(lang.as_str(), |(_, to)| to);
        if matches!(
            name,
            "text" | "none" | "plain" | "txt" | "default" | "output"
        ) {
            return None;
        }
        self.syntaxes
            .find_syntax_by_token(name)
            .or_else(|| self.syntaxes.find_syntax_by_name(name))
    }

    /// Whether the language is known (else the code is shown plain).
    pub fn knows(&self, lang: &str) -> bool {
        is_session(lang) || self.syntax(lang).is_some()
    }

    /// The inner HTML of a `<pre>` for `code` in `lang`: escaped text with
    /// highlighting spans, or plain escaped text for unknown languages.
    pub fn highlight(&self, code: &str, lang: Option<&str>) -> String {
        match lang {
            Some(l) if is_session(l) => self.session(code),
            Some(l) => match self.syntax(l) {
                Some(syntax) => self.classed(code, syntax).unwrap_or_else(|| escape(code)),
                None => escape(code),
            },
            None => escape(code),
        }
    }

    fn classed(&self, code: &str, syntax: &SyntaxReference) -> Option<String> {
        let mut generator =
            ClassedHTMLGenerator::new_with_class_style(syntax, &self.syntaxes, CLASS_STYLE);
        for line in LinesWithEndings::from(code) {
            generator
                .parse_html_for_line_which_includes_newline(line)
                .ok()?;
        }
        Some(generator.finalize())
    }

    /// A console session: prompts as `gp`, commands highlighted as shell,
    /// output as `go` (the classes Pygments and Sphinx use).
    fn session(&self, code: &str) -> String {
        let bash = self.syntaxes.find_syntax_by_token("bash");
        let mut out = String::with_capacity(code.len() * 2);
        let mut continued = false;
        for line in LinesWithEndings::from(code) {
            let prompt = if continued { Some(0) } else { prompt_len(line) };
            match (prompt, bash) {
                (Some(n), Some(bash)) => {
                    if n > 0 {
                        out.push_str("<span class=\"gp\">");
                        escape_html(&mut out, &line[..n]).ok();
                        out.push_str("</span>");
                    }
                    out.push_str(
                        &self
                            .classed(&line[n..], bash)
                            .unwrap_or_else(|| escape(&line[n..])),
                    );
                    continued = line.trim_end().ends_with('\\');
                }
                _ => {
                    out.push_str("<span class=\"go\">");
                    escape_html(&mut out, line.trim_end_matches('\n')).ok();
                    out.push_str("</span>");
                    if line.ends_with('\n') {
                        out.push('\n');
                    }
                    continued = false;
                }
            }
        }
        out
    }

    /// The stylesheet: light colours by default, dark ones when the page
    /// says `data-theme="dark"` or the system prefers dark.
    pub fn css(&self) -> String {
        let themes = two_face::theme::extra();
        let light = themes.get(two_face::theme::EmbeddedThemeName::InspiredGithub);
        let dark = themes.get(two_face::theme::EmbeddedThemeName::OneHalfDark);
        let light_css = css_for_theme_with_class_style(light, CLASS_STYLE).unwrap_or_default();
        let dark_css = css_for_theme_with_class_style(dark, CLASS_STYLE).unwrap_or_default();
        let mut out = String::from("/* code highlighting, generated by sopbook */\n");
        out.push_str(&strip_backgrounds(&light_css));
        // Dark colours on screen only: printed code stays dark on white.
        out.push_str("\n@media screen {\n:root[data-theme=\"dark\"] {\n");
        out.push_str(&strip_backgrounds(&dark_css));
        out.push_str(
            "}\n}\n@media screen and (prefers-color-scheme: dark) {\n:root:not([data-theme=\"light\"]) {\n",
        );
        out.push_str(&strip_backgrounds(&dark_css));
        out.push_str("}\n}\n");
        out
    }
}

/// The page's own stylesheet sets code backgrounds; the themes' would clash.
fn strip_backgrounds(css: &str) -> String {
    css.lines()
        .filter(|l| !l.trim_start().starts_with("background-color"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_session(lang: &str) -> bool {
    SESSIONS.contains(&lang.trim().to_ascii_lowercase().as_str())
}

fn escape(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    escape_html(&mut out, code).ok();
    out
}

/// The length of a shell prompt at the start of `line`, if it has one:
/// `$ `, `# `, `% `, `[user@host dir]# `, `user@host:~$ `, `fas2=# `.
pub fn prompt_len(line: &str) -> Option<usize> {
    for simple in ["$ ", "# ", "% ", "> "] {
        if line.starts_with(simple) {
            return Some(simple.len());
        }
    }
    if line.starts_with('[') {
        let close = line.find(']')?;
        let rest = &line[close + 1..];
        if (rest.starts_with("$ ") || rest.starts_with("# ")) && line[..close].contains('@') {
            return Some(close + 3);
        }
    }
    let end = line.find(|c: char| c.is_whitespace())?;
    let word = &line[..end];
    let last = word.chars().last()?;
    let stem = &word[..word.len() - last.len_utf8()];
    let looks_like_prompt = (stem.contains('@') && (stem.contains(':') || stem.ends_with('~')))
        || (stem.ends_with('=')
            && stem.len() > 1
            && stem[..stem.len() - 1]
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_'));
    (matches!(last, '$' | '#' | '>') && looks_like_prompt && line[end..].starts_with(' '))
        .then_some(end + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prompts_are_recognised() {
        assert_eq!(prompt_len("$ ls"), Some(2));
        assert_eq!(prompt_len("# systemctl restart httpd"), Some(2));
        assert_eq!(prompt_len("[root@db01 ~]# psql"), Some(15));
        assert_eq!(prompt_len("admin@bastion:~$ ssh x"), Some(17));
        assert_eq!(prompt_len("koji=# select 1;"), Some(7));
        assert_eq!(prompt_len("output line"), None);
        assert_eq!(prompt_len("total 4"), None);
        assert_eq!(prompt_len("● nginx.service - web server"), None);
        assert_eq!(prompt_len("état● x"), None);
    }

    #[test]
    fn known_and_unknown_languages() {
        let h = Highlighter::new();
        for lang in [
            "bash",
            "console",
            "yaml",
            "ini",
            "json",
            "python",
            "sql",
            "diff",
            "nginx",
            "apache",
            "toml",
            "xml",
            "dockerfile",
            "systemd",
            "jinja2",
        ] {
            assert!(h.knows(lang), "{lang}");
        }
        assert!(!h.knows("no-such-language"));
        assert_eq!(h.highlight("a < b", Some("no-such-language")), "a &lt; b");
        assert!(h.highlight("key: value\n", Some("yaml")).contains("hl-"));
    }

    #[test]
    fn sessions_mark_prompts_and_output() {
        let h = Highlighter::new();
        let html = h.highlight("$ echo hi\nhi\n", Some("console"));
        assert!(html.starts_with("<span class=\"gp\">$ </span>"), "{html}");
        assert!(html.contains("<span class=\"go\">hi</span>"), "{html}");
    }

    #[test]
    fn css_has_light_and_dark() {
        let css = Highlighter::new().css();
        assert!(css.contains(".hl-"));
        assert!(css.contains("prefers-color-scheme: dark"));
    }
}
