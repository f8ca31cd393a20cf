//! The `math` directive: LaTeX in, a display-math block out, wrapped the
//! way Sphinx hands it to MathJax (`split` for multi-line equations,
//! `align` for several), numbered when it has a `label` or `name`.

use super::Parser;
use super::directive::Directive;
use super::lines::join;
use crate::doc::{Block, BlockKind, Inline};

impl Parser<'_> {
    pub(super) fn math_block(&mut self, d: &Directive, out: &mut Vec<Block>) {
        let mut latex = d.args.join("\n");
        if !d.content.is_empty() {
            if !latex.is_empty() {
                latex.push_str("\n\n");
            }
            latex.push_str(&join(&d.content));
        }
        let mut para = Vec::new();
        let label = d.option("label").or(d.option("name")).map(str::to_string);
        if let Some(label) = label.filter(|l| !l.trim().is_empty()) {
            let norm = super::normalize_name(&label);
            let id = self.unique_id(&norm);
            if !self.targets.internal(&norm, &id) {
                self.warn(
                    d.line,
                    format!("Duplicate explicit target name: \"{norm}\"."),
                );
            }
            self.pending.push((norm, id, d.line));
            self.equations += 1;
            para.push(Inline::Role {
                role: "eqno".into(),
                title: None,
                content: vec![Inline::Text(format!("({})", self.equations))],
            });
        }
        let text = if d.flag("nowrap") {
            latex
        } else {
            format!("\\[{}\\]", display(&latex))
        };
        para.push(Inline::Text(text));
        let p = Block::new(d.line, BlockKind::Paragraph(para));
        let kind = BlockKind::Container {
            classes: vec!["math".into()],
            blocks: vec![p],
        };
        self.push(out, Block::new(d.line, kind));
    }
}

/// The body of a display: equations are separated by blank lines.
fn display(latex: &str) -> String {
    let parts: Vec<&str> = latex
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .collect();
    let wrap = |p: &str| {
        if p.contains("\\\\") {
            format!("\\begin{{split}}{p}\\end{{split}}")
        } else {
            p.to_string()
        }
    };
    let body: Vec<String> = parts.iter().map(|p| wrap(p)).collect();
    if parts.len() > 1 {
        format!(
            " \\begin{{align}}\\begin{{aligned}}{}\\end{{aligned}}\\end{{align}} ",
            body.join("\\\\")
        )
    } else {
        body.concat()
    }
}

#[cfg(test)]
mod tests {
    use super::display;

    #[test]
    fn displays_wrap_like_sphinx_mathjax() {
        assert_eq!(display("a = b"), "a = b");
        assert_eq!(
            display("a &= b \\\\\n  &= c"),
            "\\begin{split}a &= b \\\\\n  &= c\\end{split}"
        );
        assert_eq!(
            display("x = 1\n\ny = 2\n"),
            " \\begin{align}\\begin{aligned}x = 1\\\\y = 2\n\\end{aligned}\\end{align} "
        );
    }
}
