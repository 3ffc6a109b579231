//! One sort for the whole engine.
//!
//! `slice::sort*` is generic: every element type sorted gets its own copy of the standard
//! library's sort (about 5 KB of WebAssembly each, eight copies in the engine). Here the
//! comparison goes through one `dyn` call and the standard stable sort is instantiated once,
//! on indices; only the small permutation step is generic. Stable, O(n log n), no `unsafe`.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (a stable sort).
pub fn sort_by<T>(items: &mut Vec<T>, mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = {
        let view: &[T] = items;
        order(view.len(), &mut |a, b| compare(&view[a], &view[b]))
    };
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|index| slots[index].take()));
}

/// Sorts `items` by the key `key` gives (stable).
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order (stable).
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// The positions `0..len` in the order `compare` gives them. The one instantiation of the
/// standard library's sort.
fn order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (no dev-dependency for this).
    fn numbers(seed: u64, len: usize) -> Vec<(u8, u32)> {
        let mut state = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (0..len as u32)
            .map(|position| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                ((state >> 59) as u8, position)
            })
            .collect()
    }

    #[test]
    fn sorts_like_the_standard_stable_sort_for_any_length() {
        for seed in 0..200 {
            for len in [0, 1, 2, 3, 7, 20, 33, 100, 1000] {
                let items = numbers(seed, len);
                let mut expected = items.clone();
                expected.sort_by_key(|&(key, _)| key);
                let mut got = items;
                sort_by_key(&mut got, |&(key, _)| key);
                assert_eq!(got, expected, "seed {seed}, length {len}");
            }
        }
    }

    #[test]
    fn keeps_equal_items_in_their_order_and_moves_owned_values() {
        let mut words: Vec<String> = ["pear", "fig", "apple", "kiwi", "plum", "date"]
            .iter()
            .map(|word| word.to_string())
            .collect();
        sort_by_key(&mut words, |word| word.len());
        assert_eq!(words, ["fig", "pear", "kiwi", "plum", "date", "apple"]);
        sort(&mut words);
        assert_eq!(words, ["apple", "date", "fig", "kiwi", "pear", "plum"]);
    }
}
