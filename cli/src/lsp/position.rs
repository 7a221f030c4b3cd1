//! Positions: byte offsets in spec text to and from the protocol's line and UTF-16 column.

use lsp_types::{Position, Range};

/// The protocol position of byte `offset` in `text`.
pub fn position_of(text: &str, offset: usize) -> Position {
    let offset = offset.min(text.len());
    let mut line = 0u32;
    let mut col = 0u32;
    for (i, c) in text.char_indices() {
        if i >= offset {
            break;
        }
        if c == '\n' {
            line += 1;
            col = 0;
        } else {
            col += c.len_utf16() as u32;
        }
    }
    Position::new(line, col)
}

/// The protocol range of bytes `start..end` of `text`.
pub fn range_of(text: &str, start: usize, end: usize) -> Range {
    Range::new(position_of(text, start), position_of(text, end))
}

/// The byte offset of a protocol position in `text` (clamped to the line and the text).
pub fn offset_of(text: &str, pos: Position) -> usize {
    let mut line = 0u32;
    let mut col = 0u32;
    for (i, c) in text.char_indices() {
        if line == pos.line && (col >= pos.character || c == '\n') {
            return i;
        }
        if c == '\n' {
            line += 1;
            col = 0;
        } else if line == pos.line {
            col += c.len_utf16() as u32;
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_and_positions_round_trip() {
        let text = "ab\ncé𝄞x\n";
        for off in [0, 1, 3, 4, 6, 10, 11, 12] {
            assert_eq!(offset_of(text, position_of(text, off)), off, "offset {off}");
        }
        assert_eq!(position_of(text, 10), Position::new(1, 4));
        assert_eq!(position_of(text, 11), Position::new(1, 5));
    }
}
