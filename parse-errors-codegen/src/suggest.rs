//! Names compared loosely: "did you mean" for names the user mistyped, and
//! the folding `from_name_loose` does at run time.
//!
//! The runtime crate folds and measures names the same way, for
//! `from_name_loose` and `ParseNameError`'s suggestions; a test of this crate
//! pins the two equal, since a proc macro cannot share code with the crate
//! that re-exports it (`tests.rs`, which the benches and fuzz targets that
//! include these stages do not build).

/// The candidate closest to `input`, if any is close enough to be a likely typo.
///
/// Case and underscores are ignored, so `client_only` finds `ClientOnly` and
/// `OBJECT_NOT_FOUND` finds `ObjectNotFound`.
pub fn closest(input: &str, candidates: impl IntoIterator<Item = String>) -> Option<String> {
    let input = folded(input);
    candidates
        .into_iter()
        .map(|candidate| (distance(&input, &folded(&candidate)), candidate))
        .filter(|(distance, _)| *distance <= (input.len() / 3).max(1))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// A name as `from_name_loose` compares it: ASCII lowercase, without underscores.
pub fn folded(name: &str) -> String {
    name.chars()
        .filter(|c| *c != '_')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Edit distance counting a swap of two neighbours as one edit (optimal string
/// alignment), since `alais` for `alias` is the typo people make.
pub fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let width = b.len() + 1;
    let mut rows = vec![0; (a.len() + 1) * width];
    let at = |i: usize, j: usize| i * width + j;
    for j in 0..width {
        rows[at(0, j)] = j;
    }
    for i in 1..=a.len() {
        rows[at(i, 0)] = i;
        for j in 1..width {
            let substitution = rows[at(i - 1, j - 1)] + usize::from(a[i - 1] != b[j - 1]);
            let mut best = substitution
                .min(rows[at(i - 1, j)] + 1)
                .min(rows[at(i, j - 1)] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[at(i - 2, j - 2)] + 1);
            }
            rows[at(i, j)] = best;
        }
    }
    rows[at(a.len(), b.len())]
}

#[cfg(test)]
mod tests {
    use super::closest;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|name| (*name).to_owned()).collect()
    }

    #[test]
    fn finds_typos_across_case_and_underscores() {
        assert_eq!(
            closest("Clinet", names(&["Api", "Client"])),
            Some("Client".into())
        );
        assert_eq!(
            closest("alais", names(&["Api", "alias"])),
            Some("alias".into())
        );
        assert_eq!(
            closest("OBJECT_NOT_FOUND", names(&["ObjectNotFound"])),
            Some("ObjectNotFound".into())
        );
    }

    #[test]
    fn says_nothing_when_nothing_is_close() {
        assert_eq!(closest("Storage", names(&["Api", "Client"])), None);
        assert_eq!(closest("x", names(&[])), None);
    }
}
