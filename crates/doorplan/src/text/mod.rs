//! The one text layer of doorplan: every sentence the engine, the command line and the browser
//! app show, in English and Japanese, in one compact table ([`T`], in `table.rs`).
//!
//! Text is data until it is shown: a [`Message`] is a key into the table plus its named
//! arguments (`{vpn}`, `{cidr}`), rendered in the language on screen by one small function.
//! Findings, load errors and import notices carry messages, never pre-formatted strings, so a
//! Japanese interface never shows English and no code formats both languages for every finding.

mod table;

use std::fmt;

use serde::{Deserialize, Serialize};

pub use table::{S, T};

/// The languages every text exists in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// `en` or `ja` (also `en-US`, `ja-JP` as browsers send them).
    pub fn parse(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        if code == "en" || code.starts_with("en-") {
            Some(Lang::En)
        } else if code == "ja" || code.starts_with("ja-") {
            Some(Lang::Ja)
        } else {
            None
        }
    }

    /// The language code: `en` or `ja`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }
}

impl T {
    /// The text in a language (templates still hold their `{placeholders}`).
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en(),
            Lang::Ja => self.ja(),
        }
    }
}

/// One argument of a message: text the same in every language (a name, a number, a CIDR) or a
/// nested message rendered in the language of the whole.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Arg {
    Plain(String),
    Text(Box<Message>),
}

impl Arg {
    fn render_into(&self, lang: Lang, out: &mut String) {
        match self {
            Arg::Plain(text) => out.push_str(text),
            Arg::Text(message) => message.render_into(lang, out),
        }
    }
}

macro_rules! plain_arg {
    ($($ty:ty),*) => {$(
        impl From<$ty> for Arg {
            fn from(value: $ty) -> Arg {
                Arg::Plain(value.to_string())
            }
        }
    )*};
}
plain_arg!(&str, &String, String, u8, u16, u32, u64, usize, i64);

impl From<crate::model::Cidr> for Arg {
    fn from(value: crate::model::Cidr) -> Arg {
        Arg::Plain(value.to_string())
    }
}

impl From<crate::model::Ip> for Arg {
    fn from(value: crate::model::Ip) -> Arg {
        Arg::Plain(value.to_string())
    }
}

impl From<std::net::Ipv4Addr> for Arg {
    fn from(value: std::net::Ipv4Addr) -> Arg {
        Arg::Plain(value.to_string())
    }
}

impl From<ipnet::Ipv4Net> for Arg {
    fn from(value: ipnet::Ipv4Net) -> Arg {
        Arg::Plain(value.to_string())
    }
}

impl From<Message> for Arg {
    fn from(value: Message) -> Arg {
        Arg::Text(Box::new(value))
    }
}

impl From<T> for Arg {
    fn from(value: T) -> Arg {
        Arg::Text(Box::new(Message::new(value)))
    }
}

/// A text of the table with its arguments; rendered only when shown.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Message {
    key: T,
    args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// A message without arguments.
    pub fn new(key: T) -> Message {
        Message {
            key,
            args: Vec::new(),
        }
    }

    /// Adds the argument `{name}`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The table entry this message renders.
    pub fn key(&self) -> T {
        self.key
    }

    /// The arguments, by name.
    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }

    /// The argument `{name}` as plain text, if it is plain text.
    pub fn plain(&self, name: &str) -> Option<&str> {
        self.args.iter().find_map(|(key, arg)| match arg {
            Arg::Plain(text) if *key == name => Some(text.as_str()),
            _ => None,
        })
    }

    /// The text in a language, with its arguments in place.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        self.render_into(lang, &mut out);
        out
    }

    fn render_into(&self, lang: Lang, out: &mut String) {
        // `split_once` rather than indexing by `find`'s positions: same result, and no
        // slicing that could panic (whose message would link the formatter into every Wasm).
        let mut rest = self.key.get(lang);
        while let Some((before, after)) = rest.split_once('{') {
            out.push_str(before);
            let Some((name, tail)) = after.split_once('}') else {
                out.push('{');
                out.push_str(after);
                return;
            };
            match self.args.iter().find(|(key, _)| *key == name) {
                Some((_, arg)) => arg.render_into(lang, out),
                // A missing argument stays visible rather than silently vanishing (a test
                // renders every message of every fixture and fails on a leftover brace).
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            }
            rest = tail;
        }
        out.push_str(rest);
    }
}

impl From<T> for Message {
    fn from(key: T) -> Message {
        Message::new(key)
    }
}

/// English, for logs and `Display` of errors; shown text uses [`Message::render`].
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// `msg!(TopoSplitVpn, vpn = label, a = 0)`: a message of the table with named arguments.
#[macro_export]
macro_rules! msg {
    ($key:ident $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::text::Message::new($crate::text::T::$key)$(.arg(stringify!($name), $value))*
    };
}

/// A list of values joined for a sentence: `a, b, c` (the same in both languages: these are
/// addresses and ids).
pub fn join<I>(items: I) -> String
where
    I: IntoIterator,
    I::Item: fmt::Display,
{
    let mut out = String::new();
    for (index, item) in items.into_iter().enumerate() {
        if index > 0 {
            out.push_str(", ");
        }
        use fmt::Write as _;
        let _ = write!(out, "{item}");
    }
    out
}

/// User text quoted for a message: control characters escaped and long text shortened, so a
/// hostile value can neither repaint a terminal nor grow a message without bound.
pub fn quoted(text: &str) -> String {
    const MAX: usize = 80;
    let mut out = String::from("\"");
    for (count, c) in text.chars().enumerate() {
        if count == MAX {
            out.push('…');
            break;
        }
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                use fmt::Write as _;
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Replaces control characters (C0, DEL, C1) with a visible escape: for text written to a
/// terminal or a one-line comment.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() {
            use fmt::Write as _;
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{names}` a template uses, sorted.
    fn placeholders(template: &str) -> Vec<&str> {
        let mut names = Vec::new();
        let mut rest = template;
        while let Some(start) = rest.find('{') {
            let after = &rest[start + 1..];
            let Some(end) = after.find('}') else { break };
            names.push(&after[..end]);
            rest = &after[end + 1..];
        }
        crate::order::sort(&mut names);
        names.dedup();
        names
    }

    #[test]
    fn every_text_has_both_languages_with_the_same_placeholders() {
        for key in T::ALL {
            assert!(
                !key.en().is_empty() && !key.ja().is_empty(),
                "{key:?}: empty text"
            );
            assert_eq!(
                placeholders(key.en()),
                placeholders(key.ja()),
                "{key:?}: placeholders differ"
            );
        }
    }

    #[test]
    fn every_rule_summary_has_both_languages_and_no_placeholders() {
        for key in S::ALL {
            for text in [key.en(), key.ja()] {
                assert!(!text.is_empty(), "{key:?}: empty summary");
                assert!(placeholders(text).is_empty(), "{key:?}: {text}");
            }
        }
        let used: Vec<S> = crate::rules::all().map(|rule| rule.summary).collect();
        for key in S::ALL {
            assert!(used.contains(key), "{key:?}: no rule has this summary");
        }
    }

    #[test]
    fn renders_named_and_nested_arguments() {
        let tunnel = msg!(TunnelName, vpn = "Door VPN 1", n = 2u8);
        assert_eq!(tunnel.render(Lang::En), "Door VPN 1 tunnel 2");
        assert_eq!(tunnel.render(Lang::Ja), "Door VPN 1 のトンネル 2");
    }

    #[test]
    fn quoting_escapes_controls_and_bounds_length() {
        assert_eq!(quoted("a\u{1b}[2Jb"), "\"a\\u{1b}[2Jb\"");
        assert_eq!(quoted(&"x".repeat(500)).chars().count(), 83);
        assert_eq!(printable("ok"), "ok");
        assert_eq!(printable("a\rb"), "a\\u{d}b");
    }
}
