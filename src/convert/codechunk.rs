//! Whether a run of body lines is preformatted text (commands,
//! configuration, output): lines and the prose margin in, yes or no out.

use super::classify::{list_marker, prompt, prose};
use super::cmdshape::{alone, connective, named_command, terse};
use super::columns::columns;
use super::dumprefs::link_line;
use super::lines::Line;
use super::literal::comment;

/// Whether a run of lines is preformatted text.
pub(super) fn code_chunk(chunk: &[Line], base: usize) -> bool {
    if commented_code(chunk, base) {
        return true;
    }
    if chunk.len() == 1 && connective(&chunk[0].text) {
        return false;
    }
    if super::logline::logged(chunk)
        || super::semicomments::run(chunk, base)
        || super::keyed::record(chunk)
    {
        return true;
    }
    // (web addresses alone on their lines set in deeper than the text are
    // links to follow; one left of it is a dump's preformatted line)
    let links = chunk[0].indent > base && chunk.iter().all(|l| link_line(&l.text));
    if quoted_sentence(chunk) || links {
        return false;
    }
    let code = chunk.iter().filter(|l| l.code_like()).count();
    // (a line laid out in three columns or more is no sentence, however
    // plain its words: `NAME  STATUS  VOLUME  CAPACITY  ACCESS MODES`
    // heads the columns a command printed)
    let wordy = chunk
        .iter()
        .filter(|l| prose(&l.text) && !columns(&l.text))
        .count();
    let first = &chunk[0];
    let first_code = first.code_like();
    if prompt(&first.text) || (first_code && (code * 2 >= chunk.len() || wordy == 0)) {
        return true;
    }
    if list_marker(&first.text).is_some() {
        return false;
    }
    // most lines code under a name that is no sentence (a selector over
    // its braced body: `div.box` / `{` / `width: 2em;` / `}`), or under
    // a command of `terse` shape, however plain its words (`lbctl pool
    // web disable node01` over `sudo systemctl restart web`); a first
    // line `alone` in that shape counts (`postconf relayhost maps_x`)
    let terse_first = terse(&first.text);
    let shaped = terse_first && alone(&first.text);
    let named = !prose(&first.text) || terse_first;
    let counted = code + usize::from(!first_code && shaped);
    if counted * 2 > chunk.len() && named && !first.text.ends_with(['.', ':']) {
        return true;
    }
    // `links -dump` output indents prose 3 and commands 1 (lines laid
    // out in columns there are no sentences, whatever their words)
    let shallow = base >= 3 && first.indent == 1;
    let some_code = code > 0 && !first.text.ends_with(':');
    let laid_out = super::columns::data(chunk) || super::dumped::pre_tree(chunk, base);
    // (or one line set in with a command's shape: `  anvil-cli drop 42`,
    // or alone with more names than small words: `kiln-ctl flush_cache all`)
    let lone = first.indent >= base + 2 && shaped;
    (shallow && (some_code || wordy * 2 <= chunk.len() || laid_out))
        || (first.indent >= base + 4 && wordy * 2 <= chunk.len() && !prose(&first.text))
        || (chunk.len() == 1 && (lone || named_command(&first.text)))
}

/// Whether a run of lines is a sentence wrapped round a quoted command
/// (`cmdshape::quoted_sentence`): text, however its first line reads.
pub(super) fn quoted_sentence(chunk: &[Line]) -> bool {
    let texts: Vec<&str> = chunk.iter().map(|l| l.text.as_str()).collect();
    super::cmdshape::quoted_sentence(&texts)
}

/// Whether `chunk` opens with comment lines (`# set up`, `#=== rules
/// ===`, a `-- ` note and the deeper line it wraps onto) over code: they
/// go with the code under them.
fn commented_code(chunk: &[Line], base: usize) -> bool {
    let lead = (0..chunk.len())
        .take_while(|&k| {
            comment(&chunk[k].text)
                || (k > 0 && super::comments::wrapped_note(chunk[k - 1].raw, chunk[k].raw))
        })
        .count();
    lead > 0 && lead < chunk.len() && code_chunk(&chunk[lead..], base)
}
