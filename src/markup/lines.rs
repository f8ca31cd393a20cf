//! Text in, a table of where its lines start out: byte offsets to line
//! numbers for readers that get offsets from their parser.

/// The byte offsets at which the lines of a text start.
#[derive(Debug, Clone)]
pub struct LineStarts(Vec<usize>);

impl LineStarts {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineStarts(starts)
    }

    /// The line (from 1) holding the byte at `offset`.
    pub fn line(&self, offset: usize) -> u32 {
        self.0.partition_point(|&start| start <= offset) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_to_their_lines() {
        let lines = LineStarts::new("ab\n\ncd\n");
        let got: Vec<u32> = (0..7).map(|o| lines.line(o)).collect();
        assert_eq!(got, [1, 1, 1, 2, 3, 3, 3]);
        assert_eq!(lines.line(7), 4);
    }
}
