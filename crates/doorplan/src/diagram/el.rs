//! A small element tree: what the diagram renderer produces. The editor turns it into Yew
//! nodes (one generic conversion instead of a macro expansion per element); the viewer, the
//! pictures and the printable report turn it into SVG text.

use std::fmt::Write as _;

/// One element: a tag, its attributes, its children.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct El {
    pub tag: &'static str,
    pub attrs: Vec<(&'static str, String)>,
    pub children: Vec<Node>,
    /// A key for the editor's reconciliation (`data-node` ids), never written as XML.
    pub key: Option<String>,
}

/// A child: an element or text.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    El(El),
    Text(String),
}

impl El {
    pub fn new(tag: &'static str) -> El {
        El {
            tag,
            ..El::default()
        }
    }

    /// Adds an attribute.
    pub fn attr(mut self, name: &'static str, value: impl Into<String>) -> El {
        self.attrs.push((name, value.into()));
        self
    }

    /// Adds an attribute when `value` is `Some`.
    pub fn attr_some(self, name: &'static str, value: Option<impl Into<String>>) -> El {
        match value {
            Some(value) => self.attr(name, value),
            None => self,
        }
    }

    /// Sets the reconciliation key.
    pub fn key(mut self, key: impl Into<String>) -> El {
        self.key = Some(key.into());
        self
    }

    /// Adds a child element.
    pub fn child(mut self, child: El) -> El {
        self.children.push(Node::El(child));
        self
    }

    /// Adds child elements.
    pub fn children(mut self, children: impl IntoIterator<Item = El>) -> El {
        self.children.extend(children.into_iter().map(Node::El));
        self
    }

    /// Adds text.
    pub fn text(mut self, text: impl Into<String>) -> El {
        self.children.push(Node::Text(text.into()));
        self
    }

    /// The value of an attribute.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.as_str())
    }

    /// Writes the element as XML (SVG or XHTML): text and attribute values escaped. `html`:
    /// every element gets its end tag (HTML has no `<div/>`), so the text also parses as HTML.
    pub fn write(&self, out: &mut String, html: bool) {
        let _ = write!(out, "<{}", self.tag);
        for (name, value) in &self.attrs {
            let _ = write!(out, " {name}=\"{}\"", crate::export::quote::xml(value));
        }
        if self.children.is_empty() && !html {
            out.push_str("/>");
            return;
        }
        out.push('>');
        for child in &self.children {
            match child {
                Node::El(el) => el.write(out, html),
                Node::Text(text) => out.push_str(&crate::export::quote::xml(text)),
            }
        }
        let _ = write!(out, "</{}>", self.tag);
    }

    /// The element as XML text.
    pub fn to_xml(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, false);
        out
    }

    /// The element as HTML text (for `innerHTML`): escaped like XML, every end tag written.
    pub fn to_html(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, true);
        out
    }

    /// Every element of the tree, depth first (tests).
    pub fn walk(&self) -> Vec<&El> {
        let mut all = vec![self];
        for child in &self.children {
            if let Node::El(el) = child {
                all.extend(el.walk());
            }
        }
        all
    }

    /// All text under the element, concatenated.
    pub fn text_content(&self) -> String {
        let mut out = String::new();
        for child in &self.children {
            match child {
                Node::El(el) => out.push_str(&el.text_content()),
                Node::Text(text) => out.push_str(text),
            }
        }
        out
    }
}

/// A coordinate with one decimal, without the float formatting machinery (it is large in
/// WebAssembly): `12.5`, `-3`, `0.1`.
pub fn num(value: f64) -> String {
    if !value.is_finite() {
        return "0".to_string();
    }
    let tenths = (value * 10.0).round() as i64;
    let (sign, tenths) = if tenths < 0 {
        ("-", -tenths)
    } else {
        ("", tenths)
    };
    let (whole, fraction) = (tenths / 10, tenths % 10);
    if fraction == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction}")
    }
}

/// A factor with four decimals (zoom), same idea as [`num`].
pub fn scale(value: f64) -> String {
    if !value.is_finite() || value <= 0.0 {
        return "1".to_string();
    }
    fixed(value, 4)
}

/// A number with exactly `decimals` decimals (at most 6), same idea as [`num`]: `0.477`.
pub fn fixed(value: f64, decimals: u32) -> String {
    let decimals = decimals.min(6);
    let unit = 10_i64.pow(decimals);
    let units = if value.is_finite() {
        (value * unit as f64).round() as i64
    } else {
        0
    };
    let (sign, units) = if units < 0 {
        ("-", -units)
    } else {
        ("", units)
    };
    if decimals == 0 {
        return format!("{sign}{units}");
    }
    let width = decimals as usize;
    format!("{sign}{}.{:0width$}", units / unit, units % unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escapes_text_and_attributes() {
        let el = El::new("text").attr("data-x", "a\"<b>&'").text("<script>&");
        assert_eq!(
            el.to_xml(),
            "<text data-x=\"a&quot;&lt;b&gt;&amp;&apos;\">&lt;script&gt;&amp;</text>"
        );
        assert_eq!(El::new("div").attr("id", "x").to_xml(), "<div id=\"x\"/>");
        assert_eq!(
            El::new("div").attr("id", "x").to_html(),
            "<div id=\"x\"></div>",
            "HTML has no self-closing div"
        );
    }

    #[test]
    fn numbers_without_float_formatting() {
        assert_eq!(num(12.46), "12.5");
        assert_eq!(num(-3.0), "-3");
        assert_eq!(num(-0.04), "0");
        assert_eq!(num(f64::NAN), "0");
        assert_eq!(scale(0.5), "0.5000");
        assert_eq!(scale(1.25), "1.2500");
        assert_eq!(fixed(0.4769, 3), "0.477");
        assert_eq!(fixed(-2.5, 1), "-2.5");
        assert_eq!(fixed(-0.0001, 2), "0.00");
        assert_eq!(fixed(1234.4, 0), "1234");
    }
}
