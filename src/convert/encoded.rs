//! One line's text in, whether it is encoded data (a key's base64,
//! `AAAAB3Nza...`) that stays as typed, in a literal block.

/// A key or other encoded data: one word of 40 characters or more of
/// letters of both cases and digits (`AAAAB3Nza...`), not a web address.
pub(super) fn blob(text: &str) -> bool {
    text.len() >= 40
        && !text.contains([' ', ':'])
        && text.chars().any(|c| c.is_ascii_uppercase())
        && text.chars().any(|c| c.is_ascii_lowercase())
        && text.chars().any(|c| c.is_ascii_digit())
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+/=".contains(c))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_key_is_encoded_and_a_web_address_is_not() {
        assert!(super::blob("AAAAB3NzaC1yc2EAAAADAQABAAABAQC7x9kQ2mZp4Lr8"));
        assert!(!super::blob(
            "https://example.org/keys/AAAAB3NzaC1yc2EAAAADAQAB"
        ));
    }
}
