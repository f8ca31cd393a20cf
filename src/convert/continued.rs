//! Typed table rows that carry on the text of the row above (a cell
//! wrapped onto a second line, its first cell left empty): rows of cell
//! texts in, those rows joined into the row above out; and a grid's
//! text in, a rule put before each line that starts a row after such
//! wrapped lines out, so that the RST reader takes it for its own row.

/// Whether `row` carries on `above` rather than being a row of its own:
/// its first cell is empty, and so is some other cell (a row grouped
/// under the one above fills its other cells), some cell has text, and
/// every cell with text sits under a cell with text.
fn continues(above: &[String], row: &[String]) -> bool {
    let empty = |c: &String| c.trim().is_empty();
    row.first().is_some_and(empty)
        && row.iter().skip(1).any(empty)
        && !row.iter().all(empty)
        && row
            .iter()
            .enumerate()
            .all(|(k, c)| empty(c) || above.get(k).is_some_and(|a| !empty(a)))
}

/// Joins each body row that carries on the row above into it (a space
/// between the texts), and drops its line number; the header (`rows[0]`)
/// and the first body row take none.
pub fn join(rows: &mut Vec<Vec<String>>, nos: &mut Vec<u32>) {
    let mut k = 2;
    while k < rows.len() {
        if !continues(&rows[k - 1], &rows[k]) {
            k += 1;
            continue;
        }
        let more = rows.remove(k);
        nos.remove(k);
        for (cell, text) in rows[k - 1].iter_mut().zip(more) {
            let text = text.trim();
            if !text.is_empty() {
                cell.push(' ');
                cell.push_str(text);
            }
        }
    }
}

/// The grid table `text` (`+---+` borders, `|` cells) with a border put
/// before each line whose first cell has text and which follows a line
/// of the same row whose first cell is empty: the writer's next row, not
/// more lines of the row above. Lines whose `|` are not where the border
/// above has its `+` (spanning cells) are left as they are.
pub fn grid_rows(text: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut border: Option<Vec<char>> = None;
    let mut prev_empty = false;
    for line in text.lines() {
        let chars: Vec<char> = line.chars().collect();
        if chars.first() == Some(&'+') {
            border = Some(
                chars
                    .iter()
                    .map(|&c| if c == '=' { '-' } else { c })
                    .collect(),
            );
            prev_empty = false;
            out.push(line.to_string());
            continue;
        }
        let blank = border.as_deref().and_then(|b| first_blank(b, &chars));
        if blank == Some(false) && prev_empty {
            out.push(border.iter().flatten().collect());
        }
        prev_empty = blank == Some(true);
        out.push(line.to_string());
    }
    let mut joined = out.join("\n");
    if text.ends_with('\n') {
        joined.push('\n');
    }
    joined
}

/// Whether the first cell of a grid line is blank, for a line whose `|`
/// all stand where the border's `+` do (none for another line).
fn first_blank(border: &[char], line: &[char]) -> Option<bool> {
    let pluses: Vec<usize> = (0..border.len()).filter(|&k| border[k] == '+').collect();
    if pluses.len() < 3 {
        return None;
    }
    super::gridrows::row_cells(line, &pluses).map(|cells| cells[0].is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &[&[&str]]) -> Vec<Vec<String>> {
        text.iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    #[test]
    fn a_wrapped_cell_joins_the_row_above() {
        let mut r = rows(&[
            &["Pump", "Duty", "Hours"],
            &["p1", "fills the upper", "6"],
            &["", "tank", ""],
            &["p2", "drains", "4"],
            &["", "the basin", ""],
            &["", "at night", ""],
        ]);
        let mut nos = vec![1, 2, 3, 4, 5, 6];
        join(&mut r, &mut nos);
        assert_eq!(
            r,
            rows(&[
                &["Pump", "Duty", "Hours"],
                &["p1", "fills the upper tank", "6"],
                &["p2", "drains the basin at night", "4"],
            ])
        );
        assert_eq!(nos, [1, 2, 4]);
    }

    #[test]
    fn grouped_rows_stay_rows() {
        let above: Vec<String> = ["web1", "nginx", "80", ""].map(String::from).into();
        // every other cell filled: a row grouped under web1
        let full: Vec<String> = ["", "php", "9000", "x"].map(String::from).into();
        assert!(!continues(&above[..3], &full[..3]));
        // text under an empty cell
        assert!(!continues(&above, &full));
        let two: Vec<String> = ["", "tank"].map(String::from).into();
        assert!(!continues(&above[..2], &two));
    }

    #[test]
    fn a_grid_gets_a_rule_before_each_row() {
        let grid = "+---+----+---+\n| a | b  | c |\n+===+====+===+\n| 1 | xy | 2 |\n|   | z  |   |\n| 3 | w  | 4 |\n+---+----+---+\n";
        let want = "+---+----+---+\n| a | b  | c |\n+===+====+===+\n| 1 | xy | 2 |\n|   | z  |   |\n+---+----+---+\n| 3 | w  | 4 |\n+---+----+---+\n";
        assert_eq!(grid_rows(grid), want);
        // a first cell wrapped onto its second line: one row
        let wrapped = "+---+---+\n| a | b |\n+===+===+\n| 1 | x |\n| 2 |   |\n+---+---+\n";
        assert_eq!(grid_rows(wrapped), wrapped);
    }
}
