//! Share links: a design compressed into a URL fragment (`#d=…`), which browsers never send to
//! a server. Pre-shared keys are left out unless the caller asks for them.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

use crate::model::Design;
use crate::read::LoadError;

/// The fragment key of a shared design.
pub const FRAGMENT_KEY: &str = "d";

/// The largest decompressed design a link may carry (a guard against decompression bombs).
pub const MAX_LINK_DESIGN_BYTES: usize = 4 << 20;
/// The longest link data read (base64url characters); a real design's link is a few KB.
pub const MAX_LINK_CHARS: usize = 4 << 20;

/// A copy of the design without pre-shared keys.
pub fn without_keys(design: &Design) -> Design {
    let mut copy = design.clone();
    for tunnel in copy
        .door_vpns
        .iter_mut()
        .flat_map(|vpn| vpn.tunnels.iter_mut())
    {
        tunnel.psk = None;
    }
    copy
}

/// Encodes a design for a URL fragment: compact JSON, raw DEFLATE, base64url without padding.
pub fn encode(design: &Design, include_keys: bool) -> String {
    let design = if include_keys {
        design.clone()
    } else {
        without_keys(design)
    };
    let json = design.to_compact_json();
    encode_compressed(&miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9))
}

/// Base64url of raw DEFLATE bytes (the browser compresses with its own `CompressionStream`).
pub fn encode_compressed(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn damaged(reason: crate::text::Message) -> LoadError {
    LoadError {
        path: String::new(),
        message: msg!(LinkDamaged, reason = reason),
    }
}

/// The error for a link whose design decompresses to more than [`MAX_LINK_DESIGN_BYTES`].
pub fn too_large() -> LoadError {
    damaged(msg!(LinkTooLarge, limit = MAX_LINK_DESIGN_BYTES >> 20))
}

/// The error for link data that is not raw DEFLATE.
pub fn not_compressed() -> LoadError {
    damaged(msg!(LinkNotCompressed))
}

/// The compressed bytes of link data (base64url), or why not. The first half of [`decode`]:
/// the browser inflates with its own `DecompressionStream` and calls [`from_inflated`].
pub fn compressed_bytes(text: &str) -> Result<Vec<u8>, LoadError> {
    let text = text.trim().trim_end_matches('=');
    if text.len() > MAX_LINK_CHARS {
        return Err(damaged(msg!(
            LinkTooLong,
            size = text.len(),
            limit = MAX_LINK_CHARS
        )));
    }
    URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|_| damaged(msg!(LinkNotBase64)))
}

/// The design in inflated link data (UTF-8 JSON), or why not. The second half of [`decode`].
pub fn from_inflated(json: Vec<u8>) -> Result<Design, LoadError> {
    Design::from_json(&inflated_text(json)?)
}

/// [`from_inflated`] for the read-only viewer: a key repeated in one object takes its last
/// value ([`Design::from_json_lenient`]).
pub fn from_inflated_lenient(json: Vec<u8>) -> Result<Design, LoadError> {
    Design::from_json_lenient(&inflated_text(json)?)
}

/// Inflated link data as text: within the limit, UTF-8.
fn inflated_text(json: Vec<u8>) -> Result<String, LoadError> {
    if json.len() > MAX_LINK_DESIGN_BYTES {
        return Err(too_large());
    }
    String::from_utf8(json).map_err(|_| damaged(msg!(LinkNotUtf8)))
}

/// Decodes what [`encode`] wrote; a damaged or oversized link is an error, never a panic.
pub fn decode(text: &str) -> Result<Design, LoadError> {
    let bytes = compressed_bytes(text)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, MAX_LINK_DESIGN_BYTES)
        .map_err(|failure| {
            if failure.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
                too_large()
            } else {
                not_compressed()
            }
        })?;
    from_inflated(json)
}

/// The link data (`d=` value) in a URL fragment, if there is one.
pub fn fragment_data(fragment: &str) -> Option<&str> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|part| part.strip_prefix("d="))
}

/// The design in a URL fragment (`#d=…&view`), if there is one.
pub fn from_fragment(fragment: &str) -> Option<Result<Design, LoadError>> {
    fragment_data(fragment).map(decode)
}

/// Whether a fragment asks for the read-only viewer (`#view&d=…`).
pub fn wants_viewer(fragment: &str) -> bool {
    fragment
        .trim_start_matches('#')
        .split('&')
        .any(|part| part == "view")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::templates::template;

    #[test]
    fn round_trip_without_and_with_keys() {
        let mut design = template("p2").unwrap().design().unwrap();
        design.door_vpns[0].tunnels[0].psk = Some("Secret_Key.123".into());
        let link = encode(&design, false);
        assert!(link
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        let back = decode(&link).unwrap();
        assert_eq!(back, without_keys(&design));
        assert_eq!(decode(&encode(&design, true)).unwrap(), design);
        assert!(
            link.len() < 1200,
            "P2 fits comfortably in a URL ({} chars)",
            link.len()
        );
    }

    #[test]
    fn an_oversized_link_says_so_and_gives_the_limit() {
        let bomb =
            miniz_oxide::deflate::compress_to_vec(&vec![b' '; MAX_LINK_DESIGN_BYTES + 10], 9);
        let error = decode(&encode_compressed(&bomb)).unwrap_err();
        assert!(error.to_string().contains("4 MiB"), "{error}");
        assert!(error.message(crate::Lang::Ja).contains("4 MiB"));
    }

    #[test]
    fn fragments() {
        let design = template("p1").unwrap().design().unwrap();
        let fragment = format!("#view&d={}", encode(&design, false));
        assert!(wants_viewer(&fragment));
        assert_eq!(from_fragment(&fragment).unwrap().unwrap(), design);
        assert!(from_fragment("#other").is_none());
        assert!(from_fragment("#d=@@@").unwrap().is_err());
        assert!(from_fragment("#d=AAAA").unwrap().is_err());
    }
}
