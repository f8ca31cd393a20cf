//! An input file's bytes in, its text out: UTF-8 (a byte-order mark
//! dropped), UTF-16 with its byte-order mark (Windows Notepad's
//! "Unicode"), or else Windows-1252, the Latin-1 superset old wiki dumps
//! and Windows editors wrote; a binary file is refused.

/// The text of `bytes`, and the encoding it was read in when that was not
/// UTF-8.
pub fn decode(bytes: &[u8]) -> Result<(String, Option<&'static str>), String> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return decode(rest).map(|(text, _)| (text, None));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes).map(|t| (t, Some("UTF-16LE")));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes).map(|t| (t, Some("UTF-16BE")));
    }
    if let Some(at) = bytes.iter().take(8192).position(|&b| b == 0) {
        return Err(format!(
            "binary data (a NUL byte at offset {at}), not text: leave it out of the inputs"
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_string(), None)),
        Err(_) => Ok((
            bytes.iter().map(|&b| cp1252(b)).collect(),
            Some("Windows-1252"),
        )),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, String> {
    if !bytes.len().is_multiple_of(2) {
        return Err("a UTF-16 byte-order mark over an odd number of bytes: not text".into());
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .map(|c| c.map_err(|e| format!("broken UTF-16 ({e}): save the file as UTF-8")))
        .collect()
}

/// The character Windows-1252 gives a byte (bytes 0x80 to 0x9F are its
/// quotes, dashes and signs; the five it leaves undefined read as Latin-1).
fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn encodings() {
        assert_eq!(decode(b"caf\xc3\xa9").unwrap(), ("café".into(), None));
        assert_eq!(
            decode(b"\xEF\xBB\xBFTitle").unwrap(),
            ("Title".into(), None)
        );
        assert_eq!(
            decode(b"M\xfcller \x93quoted\x94 \x80").unwrap(),
            ("Müller “quoted” €".into(), Some("Windows-1252"))
        );
        assert_eq!(
            decode(b"\xFF\xFEO\x00k\x00").unwrap(),
            ("Ok".into(), Some("UTF-16LE"))
        );
        assert_eq!(
            decode(b"\xFE\xFF\x00O\x00k").unwrap(),
            ("Ok".into(), Some("UTF-16BE"))
        );
        assert!(decode(b"\x7fELF\x02\x01\x01\x00\x00").is_err());
        assert!(decode(b"\xFF\xFEO").is_err());
    }
}
