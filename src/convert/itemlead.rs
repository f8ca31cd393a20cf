//! A sentence typed right over the list items it leads into, no blank
//! line between (`The values you can use` / `are:` / ` - planned
//! (ordered)` / ` - live      (tested)`): the run of lines in, where the
//! items start out, so that the sentence is a paragraph and the items a
//! list, however their text is spaced into columns.

use super::classify::list_marker;
use super::lines::Line;

/// Where the list items start in the run `lines[i..end]` when the run
/// is a sentence over them: one line or more of prose at one indentation
/// (no gap of three spaces or a tab, no code), the last ending with `:`, then two list
/// items or more, each line after them an item or its text wrapped set
/// in deeper than its marker. Spaces lining up the items' words (`planned
/// (ordered...)` over `live      (power...)`) lay out the items, not the
/// run: a careful writer keeps the sentence and makes the list.
pub(super) fn items_at(lines: &[Line], i: usize, end: usize) -> Option<usize> {
    let k = (i + 1..end).find(|&k| list_marker(&lines[k].text).is_some())?;
    let lead = &lines[i..k];
    let items = &lines[k..end];
    let prose = |l: &Line| {
        l.indent == lead[0].indent
            && !l.code_like()
            && !l.text.contains("   ")
            && !l.text.contains('\t')
    };
    let marker = items[0].indent;
    let item_line =
        |l: &Line| (l.indent == marker && list_marker(&l.text).is_some()) || l.indent > marker;
    let count = items
        .iter()
        .filter(|l| l.indent == marker && list_marker(&l.text).is_some())
        .count();
    (lead.iter().all(prose)
        && lead.last().is_some_and(|l| l.text.ends_with(':'))
        && count >= 2
        && items.iter().all(item_line))
    .then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn a_sentence_over_spaced_items_leads_into_them() {
        let l = split(
            "Pick one of the modes we\nsupport:\n - quiet    (no mail at all)\n \
             - loud     (a mail per event)\n",
        );
        assert_eq!(items_at(&l, 0, l.len()), Some(2));
        // no colon: not a lead-in
        let l = split("Pick one of the modes.\n - quiet    (no mail)\n - loud     (mail)\n");
        assert_eq!(items_at(&l, 0, l.len()), None);
        // the lead laid out in columns itself: not prose
        let l = split("mode     what:\n - quiet    (no mail)\n - loud     (mail)\n");
        assert_eq!(items_at(&l, 0, l.len()), None);
        // one item only
        let l = split("Pick the mode:\n - quiet    (no mail)\n");
        assert_eq!(items_at(&l, 0, l.len()), None);
    }
}
