//! The one builder of the sentences that the const checks fail with.

/// A sentence built at compile time, for a `const` panic.
///
/// A `const` check can only panic with a ready `&str`, and a `const fn` cannot
/// allocate: the sentence is pushed into a fixed buffer instead. Every check
/// that writes a sentence (`assert_disjoint!`, a code an extending table takes
/// from its base) builds it here, so they all count, cut and show it alike.
pub struct Sentence {
    bytes: [u8; Self::CAPACITY],
    len: usize,
    /// A character did not fit: nothing after it is written either, so a
    /// cut sentence never skips text.
    cut: bool,
}

impl Sentence {
    /// The most bytes a sentence keeps: a longer one is cut before the first
    /// character that does not fit whole.
    pub const CAPACITY: usize = 1024;

    /// An empty sentence.
    #[must_use]
    pub const fn new() -> Self {
        Self {
            bytes: [0; Self::CAPACITY],
            len: 0,
            cut: false,
        }
    }

    /// Appends `text`, or as many of its characters as fit whole; once one
    /// does not, the sentence ends there.
    pub const fn push(&mut self, text: &str) {
        let text = text.as_bytes();
        let mut at = 0;
        while !self.cut && at < text.len() {
            if self.len + utf8_width(text[at]) > Self::CAPACITY {
                self.cut = true;
                return;
            }
            self.bytes[self.len] = text[at];
            self.len += 1;
            at += 1;
        }
    }

    /// Appends `code` in decimal, with a minus sign when it is negative.
    pub const fn push_code(&mut self, code: i32) {
        // Filled from the end: `i32::MIN` is a sign and 10 digits.
        let mut digits = [0u8; 11];
        let mut start = digits.len();
        let mut rest = code.unsigned_abs();
        loop {
            start -= 1;
            // A digit is below 10: the cast keeps it whole.
            #[allow(clippy::cast_possible_truncation)]
            let digit = (rest % 10) as u8;
            digits[start] = b'0' + digit;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        if code < 0 {
            start -= 1;
            digits[start] = b'-';
        }
        let (_, written) = digits.split_at(start);
        match core::str::from_utf8(written) {
            Ok(text) => self.push(text),
            // ASCII digits and a sign are UTF-8.
            Err(_) => self.push("?"),
        }
    }

    /// The sentence so far.
    #[must_use]
    pub const fn as_str(&self) -> &str {
        let (written, _) = self.bytes.split_at(self.len);
        match core::str::from_utf8(written) {
            Ok(text) => text,
            // `push` writes whole characters only; a cut one would end here.
            Err(error) => match core::str::from_utf8(written.split_at(error.valid_up_to()).0) {
                Ok(text) => text,
                Err(_) => "",
            },
        }
    }
}

impl Default for Sentence {
    fn default() -> Self {
        Self::new()
    }
}

/// The length of the UTF-8 sequence a byte starts; 1 for a continuation byte,
/// which `push` only meets inside a character it has started.
const fn utf8_width(byte: u8) -> usize {
    match byte {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::Sentence;

    #[test]
    fn codes_are_written_in_decimal_with_their_sign() {
        for (code, text) in [
            (0, "0"),
            (7, "7"),
            (9001, "9001"),
            (-42, "-42"),
            (i32::MAX, "2147483647"),
            (i32::MIN, "-2147483648"),
        ] {
            let mut sentence = Sentence::new();
            sentence.push("code ");
            sentence.push_code(code);
            assert_eq!(sentence.as_str().strip_prefix("code "), Some(text));
        }
    }

    #[test]
    fn a_sentence_too_long_is_cut_before_the_first_character_that_does_not_fit() {
        let mut sentence = Sentence::new();
        sentence.push("a");
        // Two-byte characters from an odd offset: the last one would straddle the end.
        sentence.push(&"é".repeat(Sentence::CAPACITY));
        sentence.push("tail");
        let text = sentence.as_str();
        assert_eq!(text.len(), Sentence::CAPACITY - 1);
        assert!(text.starts_with("aéé"));
        assert!(text.ends_with('é'));
    }

    #[test]
    fn a_sentence_is_built_at_compile_time() {
        const BUILT: Sentence = {
            let mut sentence = Sentence::new();
            sentence.push("code ");
            sentence.push_code(-1);
            sentence
        };
        assert_eq!(BUILT.as_str(), "code -1");
    }
}
