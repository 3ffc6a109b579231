//! Quoting user text into each output language exactly: the value read back is the value
//! written, for every character (tested for all printable ASCII and every control character).

use std::borrow::Cow;
use std::fmt::Write as _;

/// A single-quoted shell word: only `'` needs care (`'\''`).
pub fn shell(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// A double-quoted HCL string (HCL native syntax): `\"`, `\\`, `\n`, `\r`, `\t`, `\uNNNN` for
/// other control characters, and the two template introducers `${` and `%{` doubled (`$${`,
/// `%%{`) — the only sequences HCL un-escapes by doubling, so a lone `$` or `%` stays as it is.
pub fn hcl(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\r' => quoted.push_str("\\r"),
            '\t' => quoted.push_str("\\t"),
            '$' | '%' if chars.peek() == Some(&'{') => {
                quoted.push(c);
                quoted.push(c);
            }
            c if c.is_control() => {
                let _ = write!(quoted, "\\u{:04X}", u32::from(c));
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// A single-quoted Bicep string: `\'`, `\\`, `\${` (interpolation), `\n`, `\r`, `\t`, and
/// `\u{…}` for other control characters (Bicep lexer).
pub fn bicep(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('\'');
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => quoted.push_str("\\'"),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\r' => quoted.push_str("\\r"),
            '\t' => quoted.push_str("\\t"),
            '$' if chars.peek() == Some(&'{') => quoted.push_str("\\$"),
            c if c.is_control() => {
                let _ = write!(quoted, "\\u{{{:X}}}", u32::from(c));
            }
            c => quoted.push(c),
        }
    }
    quoted.push('\'');
    quoted
}

/// Free text for a one-line comment: control characters (line breaks among them) become
/// visible escapes, so nothing can end the comment early.
pub fn comment(text: &str) -> Cow<'_, str> {
    crate::text::printable(text)
}

/// Text for XML content and attribute values (draw.io, SVG).
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\t' => out.push_str("&#9;"),
            // Not allowed in XML 1.0 at all: shown, not written.
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// HCL's string-literal reading, per the native syntax spec.
    fn hcl_unquote(quoted: &str) -> String {
        let body = &quoted[1..quoted.len() - 1];
        let chars: Vec<char> = body.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            match chars[i] {
                '\\' => {
                    i += 1;
                    match chars[i] {
                        'n' => out.push('\n'),
                        'r' => out.push('\r'),
                        't' => out.push('\t'),
                        '"' => out.push('"'),
                        '\\' => out.push('\\'),
                        'u' => {
                            let code: String = chars[i + 1..i + 5].iter().collect();
                            out.push(
                                char::from_u32(u32::from_str_radix(&code, 16).unwrap()).unwrap(),
                            );
                            i += 4;
                        }
                        other => panic!("unknown escape \\{other}"),
                    }
                }
                c @ ('$' | '%')
                    if chars.get(i + 1) == Some(&c) && chars.get(i + 2) == Some(&'{') =>
                {
                    out.push(c);
                    out.push('{');
                    i += 2;
                }
                c @ ('$' | '%') if chars.get(i + 1) == Some(&'{') => {
                    panic!("unescaped template introducer {c}{{")
                }
                '"' => panic!("unescaped quote"),
                c => out.push(c),
            }
            i += 1;
        }
        out
    }

    /// Bicep's single-quoted string reading.
    fn bicep_unquote(quoted: &str) -> String {
        let body = &quoted[1..quoted.len() - 1];
        let chars: Vec<char> = body.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            match chars[i] {
                '\\' => {
                    i += 1;
                    match chars[i] {
                        'n' => out.push('\n'),
                        'r' => out.push('\r'),
                        't' => out.push('\t'),
                        '\'' => out.push('\''),
                        '\\' => out.push('\\'),
                        '$' => out.push('$'),
                        'u' => {
                            let end = i + chars[i..].iter().position(|c| *c == '}').unwrap();
                            let code: String = chars[i + 2..end].iter().collect();
                            out.push(
                                char::from_u32(u32::from_str_radix(&code, 16).unwrap()).unwrap(),
                            );
                            i = end;
                        }
                        other => panic!("unknown escape \\{other}"),
                    }
                }
                '$' if chars.get(i + 1) == Some(&'{') => panic!("unescaped interpolation"),
                '\'' => panic!("unescaped quote"),
                c => out.push(c),
            }
            i += 1;
        }
        out
    }

    fn samples() -> Vec<String> {
        let mut samples: Vec<String> = (0x20u8..0x7f).map(|c| format!("a{}b", c as char)).collect();
        samples.extend(
            (0u32..0x20)
                .chain(0x7f..0xa0)
                .map(|c| format!("x{}y", char::from_u32(c).unwrap())),
        );
        samples.extend(
            [
                "${var.x}",
                "%{ if x }",
                "$${",
                "%%{",
                "$",
                "%",
                "a$",
                "\\${",
                "'\"",
                "東京 ${x}",
            ]
            .map(String::from),
        );
        samples
    }

    #[test]
    fn every_character_round_trips_through_hcl_and_bicep() {
        for text in samples() {
            assert_eq!(
                hcl_unquote(&hcl(&text)),
                text,
                "HCL {text:?} as {}",
                hcl(&text)
            );
            assert_eq!(
                bicep_unquote(&bicep(&text)),
                text,
                "Bicep {text:?} as {}",
                bicep(&text)
            );
        }
    }

    #[test]
    fn a_lone_dollar_or_percent_is_not_doubled() {
        assert_eq!(hcl("100% $5"), "\"100% $5\"");
        assert_eq!(hcl("${x}%{y}"), r#""$${x}%%{y}""#);
        assert_eq!(bicep("it's ${x}"), r"'it\'s \${x}'");
    }

    #[test]
    fn every_printable_character_round_trips_through_the_shell() {
        let printable: String = (0x20u8..0x7f).map(char::from).collect();
        let script = format!("printf '%s' {}", shell(&printable));
        let output = std::process::Command::new("bash")
            .arg("-c")
            .arg(&script)
            .output()
            .unwrap();
        assert_eq!(String::from_utf8(output.stdout).unwrap(), printable);
    }

    #[test]
    fn comments_stay_on_one_line() {
        assert!(!comment("a\r\nb").contains(['\r', '\n']));
        assert_eq!(xml("<a&'\">"), "&lt;a&amp;&apos;&quot;&gt;");
    }
}
