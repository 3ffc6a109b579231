//! The names exports derive from a design: Azure resource names (case-insensitive; letters,
//! digits and `-`), shell variables and Terraform/Bicep identifiers. One mapping for all, so a
//! check-time rule (DESIGN-NAME-COLLISION) and the exports agree on what collides.

use std::collections::HashSet;

/// The longest name part taken from an id (Azure names are at most 80 characters;
/// `lng-…-t1` adds 7).
const MAX_SLUG: usize = 40;

/// The name part of a Door VPN id: lower-case ASCII letters and digits; any other ASCII
/// character becomes `-` (runs collapsed); a non-ASCII character becomes `u` and its code
/// point in hex, so `東京` and `大阪` stay apart. Starts with a letter; at most 40 characters.
pub fn slug(id: &str) -> String {
    let mut slug = String::with_capacity(id.len().min(MAX_SLUG));
    for c in id.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if c.is_ascii() {
            if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
        } else {
            slug.push_str(&format!("u{:x}", u32::from(c)));
        }
        if slug.len() >= MAX_SLUG {
            break;
        }
    }
    slug.truncate(MAX_SLUG);
    let slug = slug.trim_end_matches('-').to_string();
    if slug.starts_with(|c: char| c.is_ascii_lowercase()) {
        slug
    } else {
        format!("x{slug}")
    }
}

/// Slugs for every id, in order, made unique by `-2`, `-3`… where ids collide, so that no
/// export ever writes two resources with one name (even with `--force` on an NG design).
pub fn unique_slugs<'a>(ids: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut taken: HashSet<String> = HashSet::new();
    let mut slugs = Vec::new();
    for id in ids {
        let natural = slug(id);
        let mut candidate = natural.clone();
        let mut number = 2;
        while !taken.insert(candidate.clone()) {
            candidate = format!("{natural}-{number}");
            number += 1;
        }
        slugs.push(candidate);
    }
    slugs
}

/// `door-1` → `DOOR_1` (a shell variable stem; injective on slugs, which hold no `_`).
pub fn shell_name(slug: &str) -> String {
    slug.to_ascii_uppercase().replace('-', "_")
}

/// `door-1` → `door_1` (a Terraform / Bicep identifier stem).
pub fn identifier(slug: &str) -> String {
    slug.replace('-', "_")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe_and_keep_non_ascii_apart() {
        assert_eq!(slug("door-1"), "door-1");
        assert_eq!(slug("Door VPN/1"), "door-vpn-1");
        assert_eq!(slug("1st"), "x1st");
        assert_eq!(slug("---"), "x");
        assert_ne!(slug("東京"), slug("大阪"));
        assert!(slug(&"a".repeat(64)).len() <= 40);
        assert!(slug(&"東".repeat(64)).len() <= 40);
    }

    #[test]
    fn the_collisions_of_the_issue_collide_and_are_made_unique() {
        for pair in [
            ["door-1", "Door-1"],
            ["door-1", "door_1"],
            ["door-1", "door.1"],
        ] {
            assert_eq!(slug(pair[0]), slug(pair[1]), "{pair:?}");
            let unique = unique_slugs(pair);
            assert_ne!(unique[0], unique[1]);
            assert_ne!(shell_name(&unique[0]), shell_name(&unique[1]));
        }
        let unique = unique_slugs(["door-1", "door_1", "door-1-2"]);
        let set: HashSet<&String> = unique.iter().collect();
        assert_eq!(set.len(), 3, "{unique:?}");
    }
}
