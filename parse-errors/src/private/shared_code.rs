//! The check of `assert_disjoint!`: an own code that two tables share.

use super::Sentence;
use crate::Entry;

/// The sentence [`assert_disjoint!`](crate::assert_disjoint) fails with, when
/// two tables share an own code; `None` when they share none. A code is a
/// table's own when a row of it that is not an alias has it: the other names
/// a table gives to its base's codes are not its own.
#[must_use]
pub const fn shared_code(
    first_name: &'static str,
    first: &'static [Entry],
    second_name: &'static str,
    second: &'static [Entry],
) -> Option<Sentence> {
    let mut i = 0;
    while i < first.len() {
        let one = &first[i];
        let mut j = 0;
        while !one.alias && j < second.len() {
            let other = &second[j];
            if !other.alias && other.code == one.code {
                let mut sentence = Sentence::new();
                sentence.push("code ");
                sentence.push_code(one.code);
                sentence.push(" is an own code of both `");
                sentence.push(first_name);
                sentence.push("` (`");
                sentence.push(one.name);
                sentence.push("`) and `");
                sentence.push(second_name);
                sentence.push("` (`");
                sentence.push(other.name);
                sentence
                    .push("`): give one of them another code, or make it an alias of a base code");
                return Some(sentence);
            }
            j += 1;
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::shared_code;
    use crate::Entry;

    const fn row(name: &'static str, code: i32, alias: bool) -> Entry {
        Entry {
            name,
            code,
            description: "",
            category: "",
            client_only: false,
            alias,
            retired: false,
        }
    }

    #[test]
    fn names_the_first_shared_own_code_and_both_entries() {
        static AUTH: [Entry; 2] = [row("Locked", 9001, false), row("Gone", -42, false)];
        static SHOP: [Entry; 2] = [row("Closed", 9002, false), row("Away", -42, false)];
        let sentence = shared_code("Auth", &AUTH, "Shop", &SHOP).expect("a shared code");
        assert_eq!(
            sentence.as_str(),
            "code -42 is an own code of both `Auth` (`Gone`) and `Shop` (`Away`): \
             give one of them another code, or make it an alias of a base code"
        );
    }

    #[test]
    fn other_names_of_a_base_code_are_not_own_codes() {
        static AUTH: [Entry; 1] = [row("NoSuchAccount", 101, true)];
        static SHOP: [Entry; 2] = [row("NoSuchItem", 101, true), row("Closed", 9002, false)];
        assert!(shared_code("Auth", &AUTH, "Shop", &SHOP).is_none());
        assert!(shared_code("Shop", &SHOP, "Auth", &AUTH).is_none());
    }

    #[test]
    fn a_long_sentence_is_cut_at_a_character_boundary() {
        static LONG: [Entry; 1] = [row(
            // 632 two-byte characters: more than a sentence holds.
            concat!(
                "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ",
                "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ",
                "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ",
                "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ",
                "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ",
                "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ",
                "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ",
                "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ",
                "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ",
            ),
            i32::MIN,
            false,
        )];
        let sentence = shared_code("A", &LONG, "B", &LONG).expect("a shared code");
        let text = sentence.as_str();
        assert!(text.starts_with("code -2147483648 is an own code of both `A` (`ÉÉ"));
        assert!(text.len() > super::Sentence::CAPACITY - 2);
    }
}
