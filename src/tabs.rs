//! Tab stops: a line of text in, the same line with its tabs expanded to
//! spaces (or its width in columns) out, by the rules a [`Stops`] names.
//!
//! Each reader and writer lays text out by slightly different rules: docutils
//! turns form feeds and vertical tabs into spaces, the legacy-text reader
//! reads a no-break space as a space, and `sopbook check` counts a wide
//! character as two columns. One expander takes them as options.

/// How a line's columns are counted.
#[derive(Clone, Copy, Debug)]
pub struct Stops {
    /// A tab moves to the next multiple of this many columns.
    pub every: usize,
    /// Characters written as one space each (a no-break space, a form feed).
    pub as_space: &'static [char],
    /// Count East Asian wide characters as two columns, zero-width as none.
    pub wide: bool,
}

impl Stops {
    /// Every eighth column, each other character one column: the layout a
    /// terminal and `less` show for plain ASCII text.
    pub const PLAIN: Stops = Stops {
        every: 8,
        as_space: &[],
        wide: false,
    };

    /// As docutils reads a source line: form feeds, vertical tabs and
    /// carriage returns are spaces.
    pub const DOCUTILS: Stops = Stops {
        as_space: &['\x0b', '\x0c', '\r'],
        ..Stops::PLAIN
    };

    /// As the legacy-text reader lines up columns: a no-break space is a space.
    pub const LEGACY: Stops = Stops {
        as_space: &['\u{a0}'],
        ..Stops::PLAIN
    };

    /// Terminal columns with tab stops every `every`: wide characters count two.
    pub const fn terminal(every: usize) -> Stops {
        Stops {
            every,
            as_space: &[],
            wide: true,
        }
    }

    fn columns(&self, c: char) -> usize {
        if self.wide {
            unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)
        } else {
            1
        }
    }
}

/// `line` with every tab replaced by the spaces up to the next stop.
pub fn expand(line: &str, stops: Stops) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut col = 0;
    for c in line.chars() {
        if c == '\t' {
            let n = stops.every - col % stops.every;
            out.extend(std::iter::repeat_n(' ', n));
            col += n;
        } else if stops.as_space.contains(&c) {
            out.push(' ');
            col += 1;
        } else {
            out.push(c);
            col += stops.columns(c);
        }
    }
    out
}

/// The width of `line` in columns, tabs to the next stop.
pub fn width(line: &str, stops: Stops) -> usize {
    line.chars().fold(0, |col, c| {
        if c == '\t' {
            col + stops.every - col % stops.every
        } else if stops.as_space.contains(&c) {
            col + 1
        } else {
            col + stops.columns(c)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_go_to_the_next_stop() {
        assert_eq!(expand("a\tb", Stops::PLAIN), "a       b");
        assert_eq!(expand("abcdefgh\tb", Stops::PLAIN), "abcdefgh        b");
        assert_eq!(expand("\t\tx", Stops::terminal(4)), "        x");
    }

    #[test]
    fn each_stops_names_its_own_spaces() {
        assert_eq!(expand("a\u{a0}b", Stops::PLAIN), "a\u{a0}b");
        assert_eq!(expand("a\u{a0}b", Stops::LEGACY), "a b");
        assert_eq!(expand("a\x0cb\x0b\r", Stops::DOCUTILS), "a b  ");
    }

    #[test]
    fn wide_characters_take_two_columns_on_a_terminal() {
        assert_eq!(expand("日\tx", Stops::terminal(8)), "日      x");
        assert_eq!(expand("日\tx", Stops::PLAIN), "日       x");
        assert_eq!(width("日本", Stops::terminal(8)), 4);
        assert_eq!(width("a\tb", Stops::terminal(8)), 9);
        assert_eq!(width("a\tb", Stops::PLAIN), 9);
    }
}
