//! A grid table typed with rules only under its header and at its foot
//! (`+---+` borders, `|` cells, no rule between the body rows): the
//! grid's text in, the same grid with a `+===+` header rule and a rule
//! before each body line that starts a row out, one row a line, as the
//! RST reader would otherwise read the whole body as one tall row.

/// The grid `text` (dedented; its first and last lines borders) made one
/// row a line, when it has three borders only (top, under the header,
/// foot), every line's `|` stand where the borders' `+` do, and the
/// header is typed (its rule `+===+`, or its cells read as words a
/// writer chose, not a program's column names). A body line whose first
/// cell is empty carries on the row above. None for any other grid.
pub fn rowed(text: &str) -> Option<String> {
    let lines: Vec<Vec<char>> = text.lines().map(|l| l.chars().collect()).collect();
    let borders: Vec<usize> = (0..lines.len())
        .filter(|&k| lines[k].first() == Some(&'+'))
        .collect();
    let [0, head, foot] = borders[..] else {
        return None;
    };
    let rule: Vec<char> = lines[0].clone();
    let pluses: Vec<usize> = (0..rule.len()).filter(|&k| rule[k] == '+').collect();
    let cells = |l: &[char]| row_cells(l, &pluses);
    let rows: Option<Vec<Vec<String>>> = lines[1..foot]
        .iter()
        .filter(|l| l.first() != Some(&'+'))
        .map(|l| cells(l))
        .collect();
    let rows = rows?;
    let typed = lines[head].contains(&'=') || written(&rows[..head.saturating_sub(1)]);
    if pluses.len() < 3 || head < 2 || head + 1 >= foot || !typed {
        return None;
    }
    let mut out: Vec<String> = lines[..=head].iter().map(|l| l.iter().collect()).collect();
    out[head] = rule
        .iter()
        .map(|&c| if c == '-' { '=' } else { c })
        .collect();
    for (k, line) in lines[head + 1..].iter().enumerate() {
        let starts = k > 0 && k + head + 1 < foot && !rows[head - 1 + k][0].is_empty();
        if starts {
            out.push(rule.iter().collect());
        }
        out.push(line.iter().collect());
    }
    let mut joined = out.join("\n");
    if text.ends_with('\n') {
        joined.push('\n');
    }
    Some(joined)
}

/// The trimmed cell texts of a grid line whose `|` stand exactly where
/// the border's `+` do; None for any other line.
pub(super) fn row_cells(line: &[char], pluses: &[usize]) -> Option<Vec<String>> {
    let bars: Vec<usize> = (0..line.len()).filter(|&k| line[k] == '|').collect();
    if bars != pluses {
        return None;
    }
    let cells = pluses
        .windows(2)
        .map(|w| line[w[0] + 1..w[1]].iter().collect::<String>());
    Some(cells.map(|c| c.trim().to_string()).collect())
}

/// Whether the header lines `rows` hold words a writer typed in every
/// cell (`Host`, `Certificate path`): each starts with a capital and has
/// small letters, and none is a column name a program prints
/// (`COUNT(*)`, `user_id`, `ID`). Beside such a cell, a writer's cell
/// may also be an abbreviation of three capitals or more (`RTO`) or
/// words with a space and a note in brackets (`site-a (primary)`),
/// which no program names a column.
fn written(rows: &[Vec<String>]) -> bool {
    let Some(first) = rows.first() else {
        return false;
    };
    let texts: Vec<String> = (0..first.len())
        .map(|k| {
            let cell: Vec<&str> = rows
                .iter()
                .map(|r| r[k].as_str())
                .filter(|c| !c.is_empty())
                .collect();
            cell.join(" ")
        })
        .collect();
    let worded = |text: &str| {
        text.chars()
            .all(|c| c.is_alphanumeric() || " -/.,'&()".contains(c))
    };
    let titled = |text: &str| {
        text.starts_with(|c: char| c.is_uppercase())
            && text.chars().any(|c| c.is_lowercase())
            && worded(text)
    };
    let abbreviation = |text: &str| text.len() >= 3 && text.chars().all(|c| c.is_ascii_uppercase());
    let noted = |text: &str| {
        text.contains(' ') && text.ends_with(')') && text.contains(" (") && worded(text)
    };
    texts.iter().any(|t| titled(t))
        && texts
            .iter()
            .all(|t| titled(t) || abbreviation(t) || noted(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTS: &str = "+------+-------+\n| Host | Role  |\n+------+-------+\n| web1 | proxy |\n| web2 | cache |\n|      | store |\n+------+-------+\n";

    #[test]
    fn a_typed_header_over_a_ruleless_body_is_one_row_a_line() {
        let want = "+------+-------+\n| Host | Role  |\n+======+=======+\n| web1 | proxy |\n+------+-------+\n| web2 | cache |\n|      | store |\n+------+-------+\n";
        assert_eq!(rowed(HOSTS).as_deref(), Some(want));
    }

    #[test]
    fn a_programs_column_names_stay_output() {
        let out = "+---------+-------+\n| user_id | count |\n+---------+-------+\n| 4       | 12    |\n| 5       | 9     |\n+---------+-------+\n";
        assert_eq!(rowed(out), None);
    }

    #[test]
    fn abbreviations_and_noted_names_beside_a_typed_cell_are_typed() {
        let typed = HOSTS.replace("| Host | Role  |", "| Host | MTU   |");
        assert!(rowed(&typed).is_some());
        let noted = "+-----+---------------+\n| Bed | north (early) |\n+-----+---------------+\n| a   | 6             |\n| b   | 7             |\n+-----+---------------+\n";
        assert!(rowed(noted).is_some());
        let shouted = HOSTS.replace("| Host | Role  |", "| ID   | MTU   |");
        assert_eq!(rowed(&shouted), None);
    }

    #[test]
    fn bars_out_of_line_or_rules_between_rows_are_left() {
        let skew = HOSTS.replace("| web2 | cache |", "| web2  | cache|");
        assert_eq!(rowed(&skew), None);
        let ruled = HOSTS.replace("| web2", "+------+-------+\n| web2");
        assert_eq!(rowed(&ruled), None);
    }
}
