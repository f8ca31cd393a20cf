//! The language of a literal block: its lines in, a highlighter's name
//! (`console`, `sql`) out when it is clear.

use super::classify::SQL_STATEMENTS;
use super::lines::Line;
use super::session;

/// `console` when every line starts with a shell's prompt (`$ `, a root
/// `# ` before a known program, or `[root@host ~]# ` as a shell shows
/// it), `sql` for SQL.
pub(super) fn language(lines: &[Line]) -> Option<String> {
    let text: Vec<&str> = lines
        .iter()
        .filter(|l| !l.blank())
        .map(|l| l.text.as_str())
        .collect();
    if text
        .iter()
        .all(|t| t.starts_with("$ ") || user_prompt(t) || session::root_command(t))
    {
        return Some("console".into());
    }
    let is_sql = |t: &&str| {
        let t = t.to_lowercase();
        SQL_STATEMENTS
            .iter()
            .any(|k| t.strip_prefix(k).is_some_and(|r| r.starts_with(' ')))
    };
    (text.iter().all(is_sql) && text.iter().all(|t| t.ends_with(';'))).then(|| "sql".into())
}

/// A shell prompt naming the user and host in brackets, then `#` or `$`
/// and a command (`[root@db01 ~]# systemctl stop httpd`).
fn user_prompt(text: &str) -> bool {
    let Some((inside, after)) = text.strip_prefix('[').and_then(|t| t.split_once(']')) else {
        return false;
    };
    inside.contains('@')
        && !inside.contains('[')
        && after
            .strip_prefix(['#', '$'])
            .is_some_and(|c| c.starts_with(' ') && !c.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line<'_>> {
        super::super::lines::split(text)
    }

    #[test]
    fn prompts_make_a_console_block_and_statements_sql() {
        assert_eq!(
            language(&lines("$ uptime\n$ df -h\n")).as_deref(),
            Some("console")
        );
        assert_eq!(
            language(&lines("[root@db01 ~]# systemctl stop httpd\n")).as_deref(),
            Some("console")
        );
        assert_eq!(
            language(&lines("SELECT 1;\nDELETE FROM t;\n")).as_deref(),
            Some("sql")
        );
        assert_eq!(language(&lines("SELECT 1\nfrom there\n")), None);
        assert_eq!(language(&lines("uptime\n")), None);
    }
}
