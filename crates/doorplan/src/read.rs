//! Reading a design document (`doorplan/1`): all or nothing, every problem named by its field
//! path, never a panic, never a half-loaded design (contract §1).
//!
//! The text is parsed into a JSON value once and then read field by field against the
//! contract, so that an unknown key (`activeActive`) is an error naming the nearest known name
//! instead of silently changing the verdict, `x-…` keys are kept as extensions, and a
//! pre-shared key is never echoed in an error, whatever its type.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde_json::{Map, Value};

use crate::model::*;
use crate::text::{quoted, Arg, Lang, Message, T};

/// The largest design text read by default (a real design is a few kilobytes; 8 MiB holds
/// tens of thousands of Door VPNs). The command line can raise it (`--max-input`).
pub const MAX_DESIGN_BYTES: usize = 8 << 20;
/// The longest Door VPN id: ids become parts of Azure resource names (80 characters at most).
pub const MAX_ID_CHARS: usize = 64;
/// The longest title or name.
pub const MAX_NAME_CHARS: usize = 256;
/// The longest note.
pub const MAX_NOTE_CHARS: usize = 4096;

/// The fields of each object of the format, as the reader knows them; the JSON Schema
/// (`schema/doorplan-1.schema.json`) lists the same, which a test checks.
pub mod fields {
    pub const TOP: &[&str] = &[
        "$schema",
        "schema",
        "title",
        "soracom",
        "azure",
        "door_vpns",
        "links",
        "layout",
        "notes",
    ];
    pub const SORACOM: &[&str] = &["region", "vpg_type", "device_subnet", "vpg_ip_range"];
    pub const AZURE: &[&str] = &["vnet", "gateway"];
    pub const VNET: &[&str] = &["name", "address_space", "gateway_subnet"];
    pub const GATEWAY: &[&str] = &[
        "name",
        "sku",
        "generation",
        "vpn_type",
        "active_active",
        "bgp",
        "asn",
        "public_ips",
        "apipa",
    ];
    pub const DOOR_VPN: &[&str] = &[
        "id",
        "name",
        "routing",
        "amazon_asn",
        "static_routes",
        "tunnels",
    ];
    pub const TUNNEL: &[&str] = &["inside_cidr", "outside_ip", "psk"];
    pub const LINK: &[&str] = &["vpn", "tunnel", "instance", "connection_mode", "bgp"];
    pub const POINT: &[&str] = &["x", "y"];
}

/// Why a document could not be read: the field path (`door_vpns[1].tunnels[0].inside_cidr`)
/// and what is wrong with it, in either language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// Field path in the document, empty when the text is not a JSON object at all.
    pub path: String,
    pub message: Message,
}

impl LoadError {
    fn new(path: impl fmt::Display, message: Message) -> LoadError {
        LoadError {
            path: path.to_string(),
            message,
        }
    }

    /// `path: what is wrong`, as a message.
    pub fn to_message(&self) -> Message {
        if self.path.is_empty() {
            self.message.clone()
        } else {
            msg!(
                AtPath,
                path = self.path.as_str(),
                message = self.message.clone()
            )
        }
    }

    /// `path: what is wrong`, in a language.
    pub fn message(&self, lang: Lang) -> String {
        self.to_message().render(lang)
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for LoadError {}

type Result<T, E = LoadError> = std::result::Result<T, E>;

/// Where a value is in the document (`door_vpns[1].tunnels[0].inside_cidr`), written out only
/// when an error names it: building every field's path as a string up front took about a third
/// of the time reading a design.
#[derive(Clone, Copy)]
enum Path<'a> {
    Top,
    /// `parent.name`.
    Field(&'a Path<'a>, &'a str),
    /// `parent[index]`.
    Item(&'a Path<'a>, usize),
    /// `parent.key` for a simple map key, `parent["odd key"]` otherwise.
    Key(&'a Path<'a>, &'a str),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Path::Top => Ok(()),
            Path::Field(Path::Top, name) => f.write_str(name),
            Path::Field(parent, name) => write!(f, "{parent}.{name}"),
            Path::Item(parent, index) => write!(f, "{parent}[{index}]"),
            Path::Key(parent, key) => {
                let simple = !key.is_empty()
                    && key.len() <= 80
                    && key
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':'));
                if simple {
                    Path::Field(parent, key).fmt(f)
                } else {
                    write!(f, "{parent}[{}]", quoted(key))
                }
            }
        }
    }
}

/// A top-level field.
const fn top(name: &'static str) -> Path<'static> {
    Path::Field(&Path::Top, name)
}

const DOOR_VPNS: Path<'static> = top("door_vpns");
const LINKS: Path<'static> = top("links");
const LAYOUT: Path<'static> = top("layout");
const NOTES: Path<'static> = top("notes");

/// What a JSON value is, for "expected X, found Y".
fn kind(value: &Value) -> T {
    match value {
        Value::Null => T::KindNull,
        Value::Bool(_) => T::KindBool,
        Value::Number(_) => T::KindNumber,
        Value::String(_) => T::KindString,
        Value::Array(_) => T::KindArray,
        Value::Object(_) => T::KindObject,
    }
}

fn expected(path: Path<'_>, what: T, value: &Value) -> LoadError {
    LoadError::new(path, msg!(Expected, what = what, found = kind(value)))
}

/// The known name closest to an unknown one: the same letters ignoring case and `_`/`-`, or
/// within a small edit distance.
fn nearest<'a>(unknown: &str, known: &[&'a str]) -> Option<&'a str> {
    let squash = |text: &str| -> String {
        text.chars()
            .filter(|c| !matches!(c, '_' | '-' | ' '))
            // ASCII only: every known name is ASCII, and Unicode case mapping would link an
            // 11 KB table into every Wasm for nothing.
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let wanted = squash(unknown);
    if let Some(same) = known.iter().find(|name| squash(name) == wanted) {
        return Some(same);
    }
    let limit = (wanted.chars().count() / 3).clamp(1, 3);
    known
        .iter()
        .map(|name| (edit_distance(&wanted, &squash(name)), *name))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, name)| name)
}

/// Levenshtein distance (short field names only; inputs are capped at 64 characters).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().take(64).collect();
    let b: Vec<char> = b.chars().take(64).collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

/// Reads one document, collecting its extensions.
struct Reader {
    extensions: Extensions,
}

/// A JSON object being read, with its path.
struct Object<'a, 'p> {
    map: &'a Map<String, Value>,
    path: Path<'p>,
}

impl<'a, 'p> Object<'a, 'p> {
    /// The value of a key; an explicit `null` counts as absent (contract: "not known yet").
    fn get(&self, name: &str) -> Option<&'a Value> {
        self.map.get(name).filter(|value| !value.is_null())
    }

    fn path<'s>(&'s self, name: &'s str) -> Path<'s> {
        Path::Field(&self.path, name)
    }

    fn required(&self, name: &str) -> Result<&'a Value> {
        self.get(name)
            .ok_or_else(|| LoadError::new(self.path(name), msg!(Missing)))
    }
}

impl Reader {
    /// An object whose keys must all be `known` or extensions (`x-…`, kept at `place`).
    fn object<'a, 'p>(
        &mut self,
        value: &'a Value,
        path: Path<'p>,
        known: &[&str],
        place: Place,
    ) -> Result<Object<'a, 'p>> {
        let Value::Object(map) = value else {
            return Err(expected(path, T::KindObject, value));
        };
        for (key, extension) in map {
            if key.starts_with("x-") {
                self.extensions
                    .0
                    .entry(place.clone())
                    .or_default()
                    .insert(key.clone(), extension.clone());
            } else if !known.contains(&key.as_str()) {
                let message = match nearest(key, known) {
                    Some(name) => msg!(UnknownFieldNear, name = name),
                    None => msg!(UnknownField, known = crate::text::join(known)),
                };
                return Err(LoadError::new(Path::Key(&path, key), message));
            }
        }
        Ok(Object { map, path })
    }

    fn design(&mut self, value: &Value) -> Result<Design> {
        let top = self.object(value, Path::Top, fields::TOP, Place::Top)?;
        let schema_url = match top.get("$schema") {
            Some(value) => Some(text(value, top.path("$schema"), MAX_NOTE_CHARS)?),
            None => None,
        };
        let soracom = match top.get("soracom") {
            Some(value) => self.soracom(value)?,
            None => Soracom::default(),
        };
        let azure = self.azure(top.required("azure")?)?;
        let mut door_vpns = Vec::new();
        if let Some(value) = top.get("door_vpns") {
            for (index, item) in array(value, DOOR_VPNS)?.iter().enumerate() {
                door_vpns.push(self.door_vpn(item, Path::Item(&DOOR_VPNS, index))?);
            }
        }
        let mut links = Vec::new();
        if let Some(value) = top.get("links") {
            for (index, item) in array(value, LINKS)?.iter().enumerate() {
                links.push(self.link(item, Path::Item(&LINKS, index))?);
            }
        }
        let mut layout = BTreeMap::new();
        if let Some(value) = top.get("layout") {
            let Value::Object(map) = value else {
                return Err(expected(LAYOUT, T::KindObject, value));
            };
            for (key, point) in map {
                let path = Path::Key(&LAYOUT, key);
                let object = self.object(point, path, fields::POINT, Place::Layout(key.clone()))?;
                let x = finite(object.required("x")?, object.path("x"))?;
                let y = finite(object.required("y")?, object.path("y"))?;
                layout.insert(key.clone(), Point { x, y });
            }
        }
        let mut notes = BTreeMap::new();
        if let Some(value) = top.get("notes") {
            let Value::Object(map) = value else {
                return Err(expected(NOTES, T::KindObject, value));
            };
            for (key, note) in map {
                let path = Path::Key(&NOTES, key);
                let Value::String(note) = note else {
                    return Err(expected(path, T::KindString, note));
                };
                notes.insert(key.clone(), note.clone());
            }
        }
        Ok(Design {
            schema_url,
            schema: SCHEMA.to_string(),
            title: match top.get("title") {
                Some(value) => text(value, top.path("title"), MAX_NAME_CHARS)?,
                None => String::new(),
            },
            soracom,
            azure,
            door_vpns,
            links,
            layout,
            notes,
            extensions: std::mem::take(&mut self.extensions),
        })
    }

    fn soracom(&mut self, value: &Value) -> Result<Soracom> {
        let object = self.object(value, top("soracom"), fields::SORACOM, Place::Soracom)?;
        let defaults = Soracom::default();
        Ok(Soracom {
            region: match object.get("region") {
                Some(value) => text(value, object.path("region"), MAX_ID_CHARS)?,
                None => defaults.region,
            },
            vpg_type: match object.get("vpg_type") {
                Some(value) => Some(text(value, object.path("vpg_type"), MAX_ID_CHARS)?),
                None => None,
            },
            device_subnet: match object.get("device_subnet") {
                Some(value) => cidr(value, object.path("device_subnet"))?,
                None => defaults.device_subnet,
            },
            vpg_ip_range: optional(
                object.get("vpg_ip_range"),
                object.path("vpg_ip_range"),
                cidr,
            )?,
        })
    }

    fn azure(&mut self, value: &Value) -> Result<Azure> {
        let object = self.object(value, top("azure"), fields::AZURE, Place::Azure)?;
        let vnet_value = object.required("vnet")?;
        let vnet = self.object(vnet_value, object.path("vnet"), fields::VNET, Place::Vnet)?;
        let mut address_space = Vec::new();
        let list = vnet.path("address_space");
        for (index, item) in array(vnet.required("address_space")?, list)?
            .iter()
            .enumerate()
        {
            address_space.push(cidr(item, Path::Item(&list, index))?);
        }
        let vnet = Vnet {
            name: match vnet.get("name") {
                Some(value) => text(value, vnet.path("name"), MAX_NAME_CHARS)?,
                None => "vnet-hub".to_string(),
            },
            address_space,
            gateway_subnet: optional(
                vnet.get("gateway_subnet"),
                vnet.path("gateway_subnet"),
                cidr,
            )?,
        };
        let gateway = self.object(
            object.required("gateway")?,
            object.path("gateway"),
            fields::GATEWAY,
            Place::Gateway,
        )?;
        let public_ips = match gateway.get("public_ips") {
            Some(value) => {
                let path = gateway.path("public_ips");
                let mut ips = Vec::new();
                for (index, item) in array(value, path)?.iter().enumerate() {
                    let item = (!item.is_null()).then_some(item);
                    ips.push(optional(item, Path::Item(&path, index), ip)?);
                }
                Some(ips)
            }
            None => None,
        };
        let mut apipa = Vec::new();
        if let Some(value) = gateway.get("apipa") {
            let path = gateway.path("apipa");
            for (instance, list) in array(value, path)?.iter().enumerate() {
                let list_path = Path::Item(&path, instance);
                let mut addresses = Vec::new();
                if !list.is_null() {
                    for (index, item) in array(list, list_path)?.iter().enumerate() {
                        addresses.push(ip(item, Path::Item(&list_path, index))?);
                    }
                }
                apipa.push(addresses);
            }
        }
        let gateway = Gateway {
            name: match gateway.get("name") {
                Some(value) => text(value, gateway.path("name"), MAX_NAME_CHARS)?,
                None => "vgw-door".to_string(),
            },
            sku: named(gateway.required("sku")?, gateway.path("sku"))?,
            generation: optional(gateway.get("generation"), gateway.path("generation"), named)?,
            vpn_type: optional(gateway.get("vpn_type"), gateway.path("vpn_type"), named)?
                .unwrap_or_default(),
            active_active: optional(
                gateway.get("active_active"),
                gateway.path("active_active"),
                boolean,
            )?
            .unwrap_or(false),
            bgp: optional(gateway.get("bgp"), gateway.path("bgp"), boolean)?.unwrap_or(false),
            asn: optional(gateway.get("asn"), gateway.path("asn"), asn)?
                .unwrap_or(AZURE_DEFAULT_ASN),
            public_ips,
            apipa,
        };
        Ok(Azure { vnet, gateway })
    }

    fn door_vpn(&mut self, value: &Value, path: Path<'_>) -> Result<DoorVpn> {
        // The id first: extensions are kept under it.
        let id = match value.get("id").filter(|id| !id.is_null()) {
            Some(id) => text(id, Path::Field(&path, "id"), MAX_ID_CHARS)?,
            None if value.is_object() => {
                return Err(LoadError::new(Path::Field(&path, "id"), msg!(Missing)))
            }
            None => return Err(expected(path, T::KindObject, value)),
        };
        let object = self.object(value, path, fields::DOOR_VPN, Place::Vpn(id.clone()))?;
        let mut static_routes = Vec::new();
        if let Some(value) = object.get("static_routes") {
            let routes_path = object.path("static_routes");
            for (index, item) in array(value, routes_path)?.iter().enumerate() {
                static_routes.push(cidr(item, Path::Item(&routes_path, index))?);
            }
        }
        let tunnels_path = object.path("tunnels");
        let tunnels_value = array(object.required("tunnels")?, tunnels_path)?;
        if tunnels_value.len() != 2 {
            return Err(LoadError::new(
                tunnels_path,
                msg!(TunnelCount, found = tunnels_value.len()),
            ));
        }
        let mut tunnels = Vec::with_capacity(2);
        for (index, item) in tunnels_value.iter().enumerate() {
            let tunnel_path = Path::Item(&tunnels_path, index);
            let place = Place::Tunnel(id.clone(), index as u8);
            let tunnel = self.object(item, tunnel_path, fields::TUNNEL, place)?;
            tunnels.push(Tunnel {
                inside_cidr: optional(tunnel.get("inside_cidr"), tunnel.path("inside_cidr"), cidr)?,
                outside_ip: optional(tunnel.get("outside_ip"), tunnel.path("outside_ip"), ip)?,
                psk: optional(tunnel.get("psk"), tunnel.path("psk"), secret)?,
            });
        }
        Ok(DoorVpn {
            name: match object.get("name") {
                Some(value) => text(value, object.path("name"), MAX_NAME_CHARS)?,
                None => String::new(),
            },
            routing: optional(object.get("routing"), object.path("routing"), named)?
                .unwrap_or_default(),
            amazon_asn: optional(object.get("amazon_asn"), object.path("amazon_asn"), asn)?
                .unwrap_or(AMAZON_DEFAULT_ASN),
            static_routes,
            tunnels,
            id,
        })
    }

    fn link(&mut self, value: &Value, path: Path<'_>) -> Result<Link> {
        // Extensions of a link are kept under its tunnel; read those two first.
        let probe = |name: &str| value.get(name).filter(|v| !v.is_null());
        let vpn = match probe("vpn") {
            Some(vpn) => text(vpn, Path::Field(&path, "vpn"), MAX_ID_CHARS)?,
            None if value.is_object() => {
                return Err(LoadError::new(Path::Field(&path, "vpn"), msg!(Missing)))
            }
            None => return Err(expected(path, T::KindObject, value)),
        };
        let tunnel = match probe("tunnel") {
            Some(tunnel) => index(tunnel, Path::Field(&path, "tunnel"), T::TunnelIndex)?,
            None => return Err(LoadError::new(Path::Field(&path, "tunnel"), msg!(Missing))),
        };
        let object = self.object(value, path, fields::LINK, Place::Link(vpn.clone(), tunnel))?;
        Ok(Link {
            instance: index(
                object.required("instance")?,
                object.path("instance"),
                T::InstanceIndex,
            )?,
            connection_mode: optional(
                object.get("connection_mode"),
                object.path("connection_mode"),
                named,
            )?
            .unwrap_or_default(),
            bgp: optional(object.get("bgp"), object.path("bgp"), boolean)?,
            vpn,
            tunnel,
        })
    }
}

fn optional<V>(
    value: Option<&Value>,
    path: Path<'_>,
    read: fn(&Value, Path<'_>) -> Result<V>,
) -> Result<Option<V>> {
    value.map(|value| read(value, path)).transpose()
}

fn array<'a>(value: &'a Value, path: Path<'_>) -> Result<&'a [Value]> {
    value
        .as_array()
        .map(Vec::as_slice)
        .ok_or_else(|| expected(path, T::KindArray, value))
}

fn string<'a>(value: &'a Value, path: Path<'_>) -> Result<&'a str> {
    value
        .as_str()
        .ok_or_else(|| expected(path, T::KindString, value))
}

/// A one-line text: no control characters, at most `max` characters.
fn text(value: &Value, path: Path<'_>, max: usize) -> Result<String> {
    let text = string(value, path)?;
    check_text(text, path, max)?;
    Ok(text.to_string())
}

fn check_text(text: &str, path: Path<'_>, max: usize) -> Result<()> {
    text_problem(text, max).map_err(|message| LoadError::new(path, message))
}

/// What is wrong with a one-line text (a name, an id, a title): too long, or a control
/// character (U+0000–U+001F, U+007F–U+009F) that would break an export, a picture or a terminal.
pub fn text_problem(text: &str, max: usize) -> Result<(), Message> {
    let length = text.chars().count();
    if length > max {
        return Err(msg!(TooLong, length = length, max = max));
    }
    match text.chars().find(|c| c.is_control()) {
        Some(c) => Err(msg!(
            ControlCharacter,
            code = format!("U+{:04X}", u32::from(c))
        )),
        None => Ok(()),
    }
}

/// What is wrong with a note: notes may hold line breaks and tabs, but no other control
/// character, and are at most `max` characters.
pub fn note_problem(note: &str, max: usize) -> Result<(), Message> {
    let length = note.chars().count();
    if length > max {
        return Err(msg!(TooLong, length = length, max = max));
    }
    match note
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\t'))
    {
        Some(c) => Err(msg!(
            ControlCharacter,
            code = format!("U+{:04X}", u32::from(c))
        )),
        None => Ok(()),
    }
}

/// A pre-shared key: a string, and whatever is wrong, the value is never repeated.
fn secret(value: &Value, path: Path<'_>) -> Result<String> {
    match value {
        Value::String(key) => {
            if key.chars().count() > MAX_NAME_CHARS || key.chars().any(char::is_control) {
                return Err(LoadError::new(path, msg!(SecretNotText)));
            }
            Ok(key.clone())
        }
        other => Err(LoadError::new(path, msg!(SecretType, found = kind(other)))),
    }
}

fn boolean(value: &Value, path: Path<'_>) -> Result<bool> {
    value
        .as_bool()
        .ok_or_else(|| expected(path, T::KindBool, value))
}

/// A number as an error message shows it: a whole number exactly as written; any other as what
/// it is. (Writing a float back out would link serde_json's float formatter into every Wasm for
/// this one message.)
fn shown_number(number: &serde_json::Number, quote: bool) -> Arg {
    let whole = match (number.as_u64(), number.as_i64()) {
        (Some(value), _) => value.to_string(),
        (None, Some(value)) => value.to_string(),
        (None, None) => return T::KindFraction.into(),
    };
    if quote {
        quoted(&whole).into()
    } else {
        whole.into()
    }
}

fn asn(value: &Value, path: Path<'_>) -> Result<u32> {
    match value {
        Value::Number(number) => number
            .as_u64()
            .and_then(|asn| u32::try_from(asn).ok())
            .ok_or_else(|| LoadError::new(path, msg!(NotAsn, value = shown_number(number, true)))),
        other => Err(expected(path, T::KindNumber, other)),
    }
}

fn index(value: &Value, path: Path<'_>, what: T) -> Result<u8> {
    match value {
        Value::Number(number) => match number.as_u64() {
            Some(0) => Ok(0),
            Some(1) => Ok(1),
            _ => Err(LoadError::new(
                path,
                msg!(NotIndex, value = shown_number(number, false), what = what),
            )),
        },
        _ => Err(expected(path, T::KindNumber, value)),
    }
}

/// A layout coordinate: finite, within a billion pixels, kept to a tenth of a pixel (so every
/// position a file holds is written back and read again exactly, without the larger exact
/// float parser in the browser's Wasm).
fn finite(value: &Value, path: Path<'_>) -> Result<f64> {
    match value.as_f64() {
        Some(number) if number.is_finite() && number.abs() < 1e9 => {
            Ok(crate::model::Point::tenth(number))
        }
        Some(_) => Err(LoadError::new(path, msg!(NotFinite))),
        None => Err(expected(path, T::KindNumber, value)),
    }
}

fn cidr(value: &Value, path: Path<'_>) -> Result<Cidr> {
    string(value, path)?
        .parse()
        .map_err(|error: AddressError| LoadError::new(path, error.0))
}

fn ip(value: &Value, path: Path<'_>) -> Result<Ip> {
    string(value, path)?
        .parse()
        .map_err(|error: AddressError| LoadError::new(path, error.0))
}

fn named<N: Named>(value: &Value, path: Path<'_>) -> Result<N> {
    let name = string(value, path)?;
    N::parse(name).ok_or_else(|| {
        let choices: Vec<&str> = N::ALL.iter().map(|value| value.name()).collect();
        LoadError::new(
            path,
            msg!(
                NotOneOf,
                value = quoted(name),
                choices = crate::text::join(choices)
            ),
        )
    })
}

impl Design {
    /// Reads a `*.doorplan.json` text: a complete, consistent design or an error naming the
    /// field. Texts over [`MAX_DESIGN_BYTES`] are refused.
    pub fn from_json(text: &str) -> Result<Design> {
        Design::from_json_with_limit(text, MAX_DESIGN_BYTES)
    }

    /// [`Design::from_json`] with another size limit (in bytes).
    pub fn from_json_with_limit(text: &str, limit: usize) -> Result<Design> {
        let text = json_text(text, limit)?;
        let value = json_value(text).map_err(|error| match duplicate_key(&error) {
            Some((path, key)) => LoadError {
                path,
                message: key_twice(
                    &key,
                    error.line(),
                    char_column(text, error.line(), error.column()),
                ),
            },
            None => not_json(text, &error),
        })?;
        Design::from_value(&value)
    }

    /// [`Design::from_json`] for the read-only viewer, with a smaller Wasm: `serde_json::Value`'s
    /// own reader, then [`repeated_key`] over the text it accepted, so a key written twice is
    /// refused with the same path, line and column as [`Design::from_json`] gives (one document,
    /// one answer, in every shell). A syntax error is named by its line and column only ("the
    /// text here is not JSON", or "ends before the JSON does"): telling the kinds apart means
    /// reading serde_json's English message, whose formatter the viewer then carries; a link
    /// the editor made is never malformed, and the editor names the kind.
    pub fn from_json_lenient(text: &str) -> Result<Design> {
        let text = json_text(text, MAX_DESIGN_BYTES)?;
        let value: Value = serde_json::from_str(text).map_err(|error| {
            let problem = if error.classify() == serde_json::error::Category::Eof {
                T::JsonEnds
            } else {
                T::JsonMalformed
            };
            json_error_at(text, &error, Message::new(problem))
        })?;
        if let Some(error) = repeated_key(text) {
            return Err(error);
        }
        Design::from_value(&value)
    }

    /// Reads a design from a parsed JSON value (the schema is judged first, so a `doorplan/2`
    /// file gets "unsupported schema", not a confusing missing-field error).
    pub fn from_value(value: &Value) -> Result<Design> {
        match value.get("schema") {
            Some(Value::String(schema)) if schema == SCHEMA => {}
            Some(Value::Null) | None if value.is_object() => {
                return Err(LoadError::new("schema", msg!(SchemaMissing)))
            }
            Some(other) => {
                let found: Arg = match other {
                    Value::String(text) => quoted(text).into(),
                    other => kind(other).into(),
                };
                return Err(LoadError::new(
                    "schema",
                    msg!(SchemaUnsupported, found = found),
                ));
            }
            None => return Err(expected(Path::Top, T::KindObject, value)),
        }
        let mut reader = Reader {
            extensions: Extensions::default(),
        };
        let design = reader.design(value)?;
        design.validate()?;
        Ok(design)
    }

    /// The checks a shape cannot express: ids, links, tunnel count, text. A design that
    /// fails them is unreadable (rules judge readable designs). Also used on designs built
    /// in code, so every design the engine sees meets them.
    pub fn validate(&self) -> Result<()> {
        if self.schema != SCHEMA {
            return Err(LoadError::new(
                "schema",
                msg!(SchemaUnsupported, found = quoted(&self.schema)),
            ));
        }
        check_text(&self.title, top("title"), MAX_NAME_CHARS)?;
        let soracom = top("soracom");
        check_text(
            &self.soracom.region,
            Path::Field(&soracom, "region"),
            MAX_ID_CHARS,
        )?;
        if let Some(kind) = &self.soracom.vpg_type {
            check_text(kind, Path::Field(&soracom, "vpg_type"), MAX_ID_CHARS)?;
        }
        let azure = top("azure");
        let (vnet, gateway) = (Path::Field(&azure, "vnet"), Path::Field(&azure, "gateway"));
        check_text(
            &self.azure.vnet.name,
            Path::Field(&vnet, "name"),
            MAX_NAME_CHARS,
        )?;
        check_text(
            &self.azure.gateway.name,
            Path::Field(&gateway, "name"),
            MAX_NAME_CHARS,
        )?;
        let mut vpn_index: HashMap<&str, usize> = HashMap::with_capacity(self.door_vpns.len());
        for (index, vpn) in self.door_vpns.iter().enumerate() {
            let path = Path::Item(&DOOR_VPNS, index);
            let id_path = Path::Field(&path, "id");
            check_text(&vpn.id, id_path, MAX_ID_CHARS)?;
            if vpn.id.trim().is_empty() {
                return Err(LoadError::new(id_path, msg!(IdEmpty)));
            }
            if vpn.id.contains(':') || vpn.id.chars().any(char::is_whitespace) {
                return Err(LoadError::new(
                    id_path,
                    msg!(IdCharacters, id = quoted(&vpn.id)),
                ));
            }
            if RESERVED_IDS.contains(&vpn.id.as_str()) {
                return Err(LoadError::new(
                    id_path,
                    msg!(IdReserved, id = quoted(&vpn.id)),
                ));
            }
            if let Some(first) = vpn_index.insert(vpn.id.as_str(), index) {
                return Err(LoadError::new(
                    id_path,
                    msg!(IdDuplicate, id = quoted(&vpn.id), first = first),
                ));
            }
            check_text(&vpn.name, Path::Field(&path, "name"), MAX_NAME_CHARS)?;
            if vpn.tunnels.len() != 2 {
                return Err(LoadError::new(
                    Path::Field(&path, "tunnels"),
                    msg!(TunnelCount, found = vpn.tunnels.len()),
                ));
            }
        }
        let mut linked: HashMap<(&str, u8), usize> = HashMap::with_capacity(self.links.len());
        for (index, link) in self.links.iter().enumerate() {
            let path = Path::Item(&LINKS, index);
            if !vpn_index.contains_key(link.vpn.as_str()) {
                return Err(LoadError::new(
                    Path::Field(&path, "vpn"),
                    msg!(UnknownVpn, id = quoted(&link.vpn)),
                ));
            }
            if link.tunnel > 1 {
                return Err(LoadError::new(
                    Path::Field(&path, "tunnel"),
                    msg!(NotIndex, value = link.tunnel, what = T::TunnelIndex),
                ));
            }
            if link.instance > 1 {
                return Err(LoadError::new(
                    Path::Field(&path, "instance"),
                    msg!(NotIndex, value = link.instance, what = T::InstanceIndex),
                ));
            }
            if let Some(first) = linked.insert((link.vpn.as_str(), link.tunnel), index) {
                return Err(LoadError::new(
                    path,
                    msg!(
                        TunnelLinkedTwice,
                        n = link.tunnel,
                        id = quoted(&link.vpn),
                        first = first
                    ),
                ));
            }
        }
        for (key, point) in &self.layout {
            check_text(key, LAYOUT, MAX_NAME_CHARS)?;
            if !point.x.is_finite() || !point.y.is_finite() {
                return Err(LoadError::new(Path::Key(&LAYOUT, key), msg!(NotFinite)));
            }
        }
        for (key, note) in &self.notes {
            check_text(key, NOTES, MAX_NAME_CHARS)?;
            note_problem(note, MAX_NOTE_CHARS)
                .map_err(|message| LoadError::new(Path::Key(&NOTES, key), message))?;
        }
        Ok(())
    }
}

/// The column of a syntax error in characters, as editors count it: serde_json counts bytes, so
/// a Japanese title earlier on the line would push the column far to the right.
pub(crate) fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let Some(line_text) = text.lines().nth(line.saturating_sub(1)) else {
        return byte_column;
    };
    let mut end = byte_column.min(line_text.len());
    while !line_text.is_char_boundary(end) {
        end += 1;
    }
    line_text
        .get(..end)
        .map_or(byte_column, |before| before.chars().count())
}

/// The text of a design to parse: within `limit`, without a byte-order mark, an object.
fn json_text(text: &str, limit: usize) -> Result<&str> {
    if text.len() > limit {
        return Err(LoadError::new(
            "",
            msg!(TooLarge, size = text.len(), limit = limit),
        ));
    }
    // Editors on Windows may save a byte-order mark; it is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !text.trim_start().starts_with('{') {
        return Err(LoadError::new("", msg!(NotADesign)));
    }
    Ok(text)
}

/// What is wrong with a key written twice in one object, seen at `line` and `column` (in
/// characters, just after the key's second occurrence).
fn key_twice(key: &str, line: usize, column: usize) -> Message {
    msg!(
        JsonDuplicateKey,
        problem = msg!(JsonKeyTwice, key = quoted(key)),
        line = line,
        column = column
    )
}

/// The first key (in the order of the text) that repeats in one of its objects, for a text
/// `serde_json` has read as JSON, refused as [`Design::from_json`] refuses it (path, key, line
/// and column): a walk over its bytes that never builds a value, so the viewer finds what
/// [`json_value`] refuses without a second JSON reader. Keys are compared unescaped (`"a"` and
/// `"\u0061"` are one key), each looked up in a hash table, so a hostile text of many keys stays
/// linear. On a text that is not JSON it stops at the end without panicking; what it answers
/// then means nothing.
fn repeated_key(text: &str) -> Option<LoadError> {
    let mut scan = KeyScan {
        text,
        at: 0,
        first: None,
    };
    scan.skip_space();
    scan.value(Path::Top);
    let (end, mut found, key) = scan.first?;
    // serde_json's own line and column of that place: where the text cut there ends.
    let error = serde_json::from_str::<Value>(text.get(0..end)?).err()?;
    let line = error.line();
    found.message = key_twice(&key, line, char_column(text, line, error.column()));
    Some(found)
}

/// The walk of [`repeated_key`]: `at` is the next byte to read; `first` the earliest
/// repetition found so far (the byte just after it, the error at its path, the key). An object
/// is judged when it ends, so a nested object's repetition can be found before an earlier one
/// of the object around it.
struct KeyScan<'t> {
    text: &'t str,
    at: usize,
    first: Option<(usize, LoadError, String)>,
}

impl<'t> KeyScan<'t> {
    fn byte(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.byte(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// A string at `at` (its opening quote): its text as written between the quotes, and
    /// unescaped if it holds an escape; `at` moves past its closing quote.
    fn string(&mut self) -> (&'t str, Option<String>) {
        let start = self.at;
        self.at += 1;
        let mut escaped = false;
        while let Some(byte) = self.byte() {
            self.at += 1;
            if byte == b'\\' {
                escaped = true;
                self.at += 1;
            } else if byte == b'"' {
                break;
            }
        }
        let unescaped = match escaped.then(|| serde_json::from_str(self.slice(start, self.at))) {
            Some(Ok(Value::String(text))) => Some(text),
            _ => None,
        };
        (self.slice(start + 1, self.at - 1), unescaped)
    }

    fn slice(&self, start: usize, end: usize) -> &'t str {
        self.text.get(start..end).unwrap_or_default()
    }

    /// A value at `at` (not a space, `,`, `]` or `}`); `at` moves past it.
    fn value(&mut self, path: Path<'_>) {
        match self.byte() {
            Some(b'{') => self.members(path, true),
            Some(b'[') => self.members(path, false),
            Some(b'"') => {
                self.string();
            }
            _ => {
                self.at += 1;
                while !matches!(
                    self.byte(),
                    None | Some(b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r')
                ) {
                    self.at += 1;
                }
            }
        }
    }

    /// An object's members or an array's items, at `at` (the opening bracket).
    fn members(&mut self, path: Path<'_>, object: bool) {
        self.at += 1;
        // Each key as written, unescaped if it held an escape, with the byte just after it, in
        // the order of the text.
        let mut keys: Vec<(&'t str, Option<String>, usize)> = Vec::new();
        let mut index = 0;
        loop {
            self.skip_space();
            match self.byte() {
                None => return,
                Some(b'}' | b']') => break,
                Some(b',') => self.at += 1,
                Some(_) if object => {
                    let (raw, decoded) = self.string();
                    let end = self.at;
                    self.skip_space();
                    self.at += 1; // the colon
                    self.skip_space();
                    self.value(Path::Key(&path, decoded.as_deref().unwrap_or(raw)));
                    keys.push((raw, decoded, end));
                }
                Some(_) => {
                    self.value(Path::Item(&path, index));
                    index += 1;
                }
            }
        }
        self.at += 1;
        // Looked up in the order of the text, so the first hit is this object's earliest
        // repetition (O(1) each: a hostile object of many keys stays linear).
        let mut seen: HashMap<&str, usize> = HashMap::with_capacity(keys.len());
        for (raw, decoded, end) in &keys {
            let key = decoded.as_deref().unwrap_or(raw);
            if seen.insert(key, *end).is_some() {
                if self.first.as_ref().is_none_or(|found| *end < found.0) {
                    // Its message is written once the place is known (`repeated_key`).
                    let at = LoadError::new(Path::Key(&path, key), Message::new(T::JsonKeyTwice));
                    self.first = Some((*end, at, key.to_owned()));
                }
                break;
            }
        }
    }
}

/// A JSON syntax error, with its line and column (in characters).
fn not_json(text: &str, error: &serde_json::Error) -> LoadError {
    json_error_at(text, error, json_problem(error))
}

/// A JSON syntax error at the error's line and column, saying `problem`.
fn json_error_at(text: &str, error: &serde_json::Error, problem: Message) -> LoadError {
    LoadError::new(
        "",
        msg!(
            NotJson,
            line = error.line(),
            column = char_column(text, error.line(), error.column()),
            problem = problem
        ),
    )
}

/// A JSON value read with every object's keys unique. RFC 8259 leaves a repeated key to the
/// reader (serde_json, jq and Python take the last, some take the first), so a design saying
/// `"active_active": false, … "active_active": true` would show one setting to a reviewer and
/// another to the checker. It carries where it is reading, so the error names the repeated
/// key's path; the path is written out only then.
#[derive(Clone, Copy)]
struct Strict<'a>(Path<'a>);

/// The start of the error a repeated key raises: `duplicate key PATH\0KEY` (serde_json appends
/// the position). A path never holds a raw control character ([`quoted`] escapes them).
const DUPLICATE_KEY: &str = "duplicate key ";

impl<'de> serde::de::DeserializeSeed<'de> for Strict<'_> {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Strict<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(value.into())
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(value.into())
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(value).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(Strict(Path::Item(&self.0, items.len())))? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = Path::Key(&self.0, &key);
            if object.contains_key(&key) {
                return Err(serde::de::Error::custom(format_args!(
                    "{DUPLICATE_KEY}{path}\0{key}"
                )));
            }
            let value = map.next_value_seed(Strict(path))?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

/// A JSON text as a value, refusing a key repeated in one object ([`duplicate_key`] names it).
/// The editor and the command line read every JSON through it (designs, the saved list, an
/// Azure deployment), so their Wasm carries one JSON reader.
pub fn json_value(text: &str) -> serde_json::Result<Value> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = serde::de::DeserializeSeed::deserialize(Strict(Path::Top), &mut deserializer)?;
    deserializer.end()?;
    Ok(value)
}

/// The path and the key a [`json_value`] read found twice, if that is what `error` is.
fn duplicate_key(error: &serde_json::Error) -> Option<(String, String)> {
    let text = error.to_string();
    let rest = text.strip_prefix(DUPLICATE_KEY)?;
    let rest = rest.rsplit_once(" at line ").map_or(rest, |(rest, _)| rest);
    let (path, key) = rest.split_once('\0')?;
    Some((path.to_owned(), key.to_owned()))
}

/// [`json_problem`] for the errors of [`json_value`]: a repeated key is named.
pub(crate) fn strict_json_problem(error: &serde_json::Error) -> Message {
    match duplicate_key(error) {
        Some((path, key)) => {
            LoadError::new(path, msg!(JsonKeyTwice, key = quoted(&key))).to_message()
        }
        None => json_problem(error),
    }
}

/// What serde_json found wrong, in the text table's words: its own message is English only, so
/// it is matched here and never shown (the line and column come from the error itself).
pub(crate) fn json_problem(error: &serde_json::Error) -> Message {
    if error.classify() == serde_json::error::Category::Eof {
        return Message::new(T::JsonEnds);
    }
    let text = error.to_string();
    let code = text.split(" at line ").next().unwrap_or_default();
    let expected = |what: Message| msg!(JsonExpected, what = what);
    let comma_or = |end: &str| expected(msg!(JsonOrEnd, end = end));
    match code {
        "expected `:`" => expected(Message::new(T::JsonColon)),
        "expected `,` or `]`" => comma_or("]"),
        "expected `,` or `}`" => comma_or("}"),
        "expected ident" | "expected value" => expected(Message::new(T::JsonAValue)),
        "expected `\"`" => expected(Message::new(T::JsonQuote)),
        "invalid escape"
        | "invalid unicode code point"
        | "lone leading surrogate in hex escape"
        | "unexpected end of hex escape" => Message::new(T::JsonBadEscape),
        "invalid number" => Message::new(T::JsonBadNumber),
        "number out of range" => Message::new(T::JsonNumberRange),
        "key must be a string" => Message::new(T::JsonKeyNotString),
        "trailing comma" => Message::new(T::JsonTrailingComma),
        "trailing characters" => Message::new(T::JsonTrailing),
        "recursion limit exceeded" => Message::new(T::JsonTooDeep),
        code if code.starts_with("control character") => Message::new(T::JsonControl),
        _ => Message::new(T::JsonMalformed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const P2: &str = include_str!("../templates/p2-dual-vpn-bgp-active-active.doorplan.json");

    fn with(pointer: &str, value: Value) -> String {
        let mut document: Value = serde_json::from_str(P2).unwrap();
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        match document.pointer_mut(parent).unwrap() {
            Value::Object(map) => {
                map.insert(key.to_string(), value);
            }
            Value::Array(items) => items[key.parse::<usize>().unwrap()] = value,
            _ => unreachable!(),
        }
        document.to_string()
    }

    fn error(text: &str) -> LoadError {
        Design::from_json(text).unwrap_err()
    }

    #[test]
    fn a_typo_names_the_field_and_the_nearest_known_name() {
        let error = error(&with("/azure/gateway/activeActive", Value::Bool(true)));
        assert_eq!(error.path, "azure.gateway.activeActive");
        assert!(error.to_string().contains("\"active_active\""), "{error}");
        assert!(error.message(Lang::Ja).contains("active_active"));
        let error = self::error(&with("/door_vpns/0/tunels", Value::Null));
        assert!(error.to_string().contains("\"tunnels\""), "{error}");
    }

    #[test]
    fn extensions_are_kept_where_they_were() {
        let mut document: Value = serde_json::from_str(P2).unwrap();
        document["x-owner"] = Value::from("plant team");
        document["door_vpns"][1]["x-ticket"] = Value::from(42);
        document["links"][3]["x-note"] = serde_json::json!({"a": [1, 2]});
        let design = Design::from_json(&document.to_string()).unwrap();
        let back = design.to_value();
        assert_eq!(back["x-owner"], "plant team");
        assert_eq!(back["door_vpns"][1]["x-ticket"], 42);
        assert_eq!(back["links"][3]["x-note"]["a"][1], 2);
        assert_eq!(Design::from_value(&back).unwrap(), design);
    }

    #[test]
    fn extensions_follow_their_door_vpn_when_another_is_removed() {
        let mut document: Value = serde_json::from_str(P2).unwrap();
        document["door_vpns"][0]["x-owner"] = Value::from("plant");
        document["door_vpns"][1]["x-owner"] = Value::from("office");
        document["door_vpns"][1]["tunnels"][1]["x-circuit"] = Value::from("B-2");
        document["links"][2]["x-ticket"] = Value::from(7);
        let mut design = Design::from_json(&document.to_string()).unwrap();
        design.remove_vpn("door-1");
        let back = design.to_value();
        assert_eq!(back["door_vpns"].as_array().map(Vec::len), Some(1));
        assert_eq!(back["door_vpns"][0]["id"], "door-2");
        assert_eq!(back["door_vpns"][0]["x-owner"], "office");
        assert_eq!(back["door_vpns"][0]["tunnels"][1]["x-circuit"], "B-2");
        assert_eq!(back["door_vpns"][0]["tunnels"][0].get("x-circuit"), None);
        assert_eq!(back["links"][0]["vpn"], "door-2");
        assert_eq!(back["links"][0]["tunnel"], 0);
        assert_eq!(back["links"][0]["x-ticket"], 7);
        assert!(!design.to_json().contains("plant"));
    }

    #[test]
    fn a_key_is_never_echoed() {
        for value in [
            Value::from(123456789),
            serde_json::json!(["Secret_1234"]),
            serde_json::json!({"k": "Secret_1234"}),
        ] {
            let error = error(&with("/door_vpns/0/tunnels/0/psk", value));
            assert_eq!(error.path, "door_vpns[0].tunnels[0].psk");
            for lang in Lang::ALL {
                let text = error.message(lang);
                assert!(
                    !text.contains("123456789") && !text.contains("Secret_1234"),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn control_characters_and_long_ids_are_refused_with_the_path() {
        let error = error(&with("/door_vpns/0/name", Value::from("VPN\r1")));
        assert_eq!(error.path, "door_vpns[0].name");
        assert!(error.to_string().contains("U+000D"), "{error}");
        let error = self::error(&with("/title", Value::from("a\u{85}b")));
        assert_eq!(error.path, "title");
        let long = "a".repeat(65_521);
        let error = self::error(&with("/door_vpns/0/id", Value::from(long)));
        assert_eq!(error.path, "door_vpns[0].id");
        assert!(error.to_string().len() < 200, "{error}");
    }

    #[test]
    fn too_large_is_refused_before_parsing() {
        let error = Design::from_json_with_limit(P2, 100).unwrap_err();
        assert!(error.to_string().contains("100"), "{error}");
    }

    #[test]
    fn nearest_names() {
        assert_eq!(
            nearest("activeActive", &["active_active", "bgp"]),
            Some("active_active")
        );
        assert_eq!(
            nearest("insde_cidr", &["inside_cidr", "psk"]),
            Some("inside_cidr")
        );
        assert_eq!(nearest("zzz", &["inside_cidr", "psk"]), None);
        assert_eq!(
            nearest("ACTIVE-ACTIVE", &["active_active", "bgp"]),
            Some("active_active")
        );
    }

    #[test]
    fn a_wrong_number_is_shown_as_written_or_as_what_it_is() {
        let error = error(&with(
            "/door_vpns/0/amazon_asn",
            Value::from(4_294_967_296_u64),
        ));
        assert_eq!(error.path, "door_vpns[0].amazon_asn");
        assert!(
            error
                .to_string()
                .starts_with("door_vpns[0].amazon_asn: \"4294967296\" is not an ASN"),
            "{error}"
        );
        let error = self::error(&with("/door_vpns/0/amazon_asn", Value::from(-7)));
        assert!(
            error.to_string().contains("\"-7\" is not an ASN"),
            "{error}"
        );
        let error = self::error(&with("/door_vpns/0/amazon_asn", Value::from(64512.5)));
        assert!(
            error
                .to_string()
                .contains("a number with a decimal point or an exponent is not an ASN"),
            "{error}"
        );
        assert!(
            error
                .message(Lang::Ja)
                .contains("小数点または指数を含む数値"),
            "{error}"
        );
        let error = self::error(&with("/links/0/tunnel", Value::from(2)));
        assert_eq!(error.path, "links[0].tunnel");
        assert!(error.to_string().contains(": 2 is not"), "{error}");
        let error = self::error(&with("/links/0/instance", Value::from(-1)));
        assert!(error.to_string().contains(": -1 is not"), "{error}");
        let error = self::error(&with("/links/0/instance", Value::from(0.5)));
        assert!(
            error
                .to_string()
                .contains(": a number with a decimal point"),
            "{error}"
        );
        let error = self::error(&with("/links/0/instance", Value::from("0")));
        assert!(
            error
                .to_string()
                .contains("expected a number, found a string"),
            "{error}"
        );
    }

    /// A key written twice in one object is refused wherever it is (a reviewer reads the first,
    /// a JSON library takes the last), named with its line; the same key in two objects is fine,
    /// and a repeated `psk` never shows either key.
    #[test]
    fn a_key_written_twice_in_one_object_is_refused_by_name() {
        let cases = [
            (
                "\"active_active\": true,",
                "\"active_active\": false, \"active_active\": true,",
                "\"active_active\"",
                12,
                "azure.gateway.active_active",
            ),
            (
                "\"schema\": \"doorplan/1\",",
                "\"schema\": \"doorplan/1\", \"schema\": \"doorplan/1\",",
                "\"schema\"",
                2,
                "schema",
            ),
            (
                "\"psk\": null }",
                "\"psk\": \"secretAAAA\", \"psk\": \"secretBBBB\" }",
                "\"psk\"",
                21,
                "door_vpns[0].tunnels[0].psk",
            ),
            (
                "\"vpg_ip_range\": null",
                "\"vpg_ip_range\": null, \"x-note\": {\"a\": 1, \"a\": 2}",
                "\"a\"",
                4,
                "soracom.x-note.a",
            ),
            (
                "{ \"vpn\": \"door-2\", \"tunnel\": 0,",
                "{ \"vpn\": \"door-2\", \"tunnel\": 0, \"vpn\": \"door-1\",",
                "\"vpn\"",
                30,
                "links[2].vpn",
            ),
            (
                "\"layout\": {",
                "\"layout\": { \"door 1\": { \"x\": 0, \"y\": 0 }, \"door 1\": { \"x\": 1, \"y\": 1 },",
                "\"door 1\"",
                33,
                "layout[\"door 1\"]",
            ),
        ];
        for (from, to, key, line, path) in cases {
            assert!(P2.contains(from), "{from}");
            let text = P2.replacen(from, to, 1);
            let error = Design::from_json(&text).unwrap_err();
            let en = error.message(Lang::En);
            assert!(
                en.starts_with(&format!(
                    "{path}: the key {key} appears twice in one object (line {line}, column "
                )),
                "{en}"
            );
            assert!(!en.contains("secret"), "{en}");
            let ja = error.message(Lang::Ja);
            assert!(
                ja.contains(&format!("キー {key} が 2 回あります ({line} 行 ")),
                "{ja}"
            );
            // The viewer's reader refuses it in the same words, at the same place.
            let lenient = Design::from_json_lenient(&text).unwrap_err();
            for lang in [Lang::En, Lang::Ja] {
                assert_eq!(lenient.message(lang), error.message(lang), "{path}");
            }
        }
        // The same key in different objects, and every template, still read.
        assert!(Design::from_json(P2).is_ok());
        assert!(Design::from_json_lenient(P2).is_ok());
        for template in crate::templates::TEMPLATES {
            assert!(Design::from_json(template.json).is_ok(), "{}", template.id);
            assert!(
                Design::from_json_lenient(template.json).is_ok(),
                "{}",
                template.id
            );
        }
    }

    /// The viewer's key scan finds what the strict reader refuses, in any JSON: keys equal only
    /// once unescaped, the earliest repetition when an enclosing object repeats a key before a
    /// nested one does (and after), keys in arrays of objects, odd characters and non-ASCII text
    /// around them; and nothing in texts whose keys are unique.
    #[test]
    fn the_key_scan_finds_what_the_strict_reader_refuses() {
        let texts = [
            r#"{"a": 1, "\u0061": 2}"#,
            r#"{"a\"b": 1, "a\u0022b": 2}"#,
            r#"{"o": {"x": 1, "o": 2, "x": 3}, "o": 4}"#,
            r#"{"o": 1, "p": {"x": 1, "x": 3}, "o": 4}"#,
            r#"{"o": 1, "o": {"x": 1, "x": 2}}"#,
            r#"{"l": [1, {"k": "}"}, {"k": 1, "k": 2}], "m": "é"}"#,
            "{\"日本\": [\"[{\"], \n \"日本\": 2}",
            r#"{"a": {"b": {"c": [[], [{"d": true, "e": null, "d": -1.5e3}]]}}}"#,
            r#"{"a": 1, "b": 2, "a": 3, "b": 4, "a": 5}"#,
            r#"{"x": "\\", "y": "\\\"", "x": 0}"#,
            r#"{"a": 1, "b": {"a": 1}, "c": [{"a": 1}, {"a": 1}], "\u0062\u0062": 1}"#,
            r#"{}"#,
            r#" {"unique": {"a": [{"a": 1}], "b": "a"}, "\u0061": 1, "a\\": 2}"#,
            r#"{"": 1, " ": 2, "": 3}"#,
        ];
        for text in texts {
            let strict = Design::from_json(text).unwrap_err();
            let viewer = Design::from_json_lenient(text).unwrap_err();
            for lang in [Lang::En, Lang::Ja] {
                assert_eq!(viewer.message(lang), strict.message(lang), "{text}");
            }
            let repeated = strict.message(Lang::En).contains("appears twice");
            let unique =
                text.starts_with("{}") || text.contains("unique") || text.contains("u0062");
            assert_eq!(repeated, !unique, "{text}");
        }
        // Many escaped keys in one object, the last one repeating the first unescaped.
        let keys: Vec<String> = (0..5000).map(|i| format!("\"\\u0061{i}\": {i}")).collect();
        let text = format!("{{\"x-keys\": {{{}, \"a0\": 0}}}}", keys.join(", "));
        let viewer = Design::from_json_lenient(&text)
            .unwrap_err()
            .message(Lang::En);
        assert_eq!(
            viewer,
            Design::from_json(&text).unwrap_err().message(Lang::En)
        );
        assert!(
            viewer.starts_with("x-keys.a0: the key \"a0\" appears twice"),
            "{viewer}"
        );
        // P2 with every one of its keys written twice in turn.
        let mut repeated = 0;
        for (at, _) in P2.match_indices("\": ") {
            let start = P2[..at].rfind('"').unwrap();
            let key = &P2[start..=at];
            let text = format!("{}{key}: 0, {}", &P2[..start], &P2[start..]);
            let error = Design::from_json(&text).unwrap_err();
            let lenient = Design::from_json_lenient(&text).unwrap_err();
            assert_eq!(lenient.message(Lang::En), error.message(Lang::En), "{key}");
            repeated += 1;
        }
        assert!(repeated > 40, "{repeated}");
    }

    /// The viewer's reader names a syntax error by its position, and says whether the text
    /// stopped early or is wrong there, in both languages.
    #[test]
    fn the_lenient_reader_names_a_syntax_error_by_its_position() {
        let cases = [
            (
                &P2[..P2.len() / 2],
                "ends before the JSON does",
                "途中でテキストが終わって",
            ),
            (
                "{\"schema\": \"doorplan/1\",\n  \"title\" 1}",
                "line 2, column ",
                "この位置のテキストは JSON ではありません",
            ),
        ];
        for (text, en, ja) in cases {
            let error = Design::from_json_lenient(text).unwrap_err();
            let message = error.message(Lang::En);
            assert!(message.starts_with("not valid JSON at line "), "{message}");
            assert!(message.contains(en), "{message}");
            assert!(
                error.message(Lang::Ja).contains(ja),
                "{}",
                error.message(Lang::Ja)
            );
        }
    }

    /// Every kind of JSON syntax error is named in the language shown, with its line and
    /// column: serde_json's own English message never reaches the Japanese text.
    #[test]
    fn json_syntax_errors_are_named_in_both_languages() {
        let deep = format!("{{\"a\": {}", "[".repeat(200));
        let cases: &[(&str, &str, usize)] = &[
            (
                "{\"schema\": \"doorplan/1\",",
                "the text ends before the JSON does",
                1,
            ),
            (
                "{\"schema\"\n \"doorplan/1\"}",
                "expected \":\" after the key here",
                2,
            ),
            ("{\"a\": [1 2]}", "expected \",\" or \"]\" here", 1),
            ("{\"a\": 1 \"b\": 2}", "expected \",\" or \"}\" here", 1),
            ("{\"a\": tru}", "expected a value here", 1),
            ("{\"a\": 'x'}", "expected a value here", 1),
            ("{\"a\": \"\\q\"}", "a backslash escape", 1),
            ("{\"a\": \"\\ud800\\u0041\"}", "a backslash escape", 1),
            ("{\"a\": -}", "not a valid JSON number", 1),
            ("{\"a\": 1e999}", "a number too large", 1),
            (
                "{\"a\": \"x\ty\"}",
                "a control character inside a string",
                1,
            ),
            ("{1: 2}", "a key must be a string", 1),
            ("{\"a\": 1,\n}", "a comma before a closing bracket", 2),
            ("{\"a\": 1}\n\nx", "more text after the end of the JSON", 3),
            (&deep, "nested more than 128 levels deep", 1),
        ];
        // Columns count characters, not bytes: the error is at the same place after a Japanese
        // title as after an ASCII one of the same length.
        let at = |title: &str| {
            let text = format!("{{\"title\": \"{title}\" \"schema\": \"doorplan/1\"}}");
            Design::from_json(&text).unwrap_err().message(Lang::En)
        };
        assert_eq!(at("東京大阪"), at("abcd"));
        assert!(at("abcd").contains("line 1, column 18"), "{}", at("abcd"));
        for (text, english, line) in cases {
            let error = Design::from_json(text).unwrap_err();
            let en = error.message(Lang::En);
            assert!(
                en.starts_with(&format!("not valid JSON at line {line}, column ")),
                "{text:?}: {en}"
            );
            assert!(en.contains(english), "{text:?}: {en}");
            let ja = error.message(Lang::Ja);
            assert!(ja.contains(&format!("({line} 行 ")), "{text:?}: {ja}");
            // No English word of serde_json's messages (nor of ours) in the Japanese text.
            let words = ja
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| w.len() > 1);
            for word in words {
                assert!(["JSON", "XX"].contains(&word), "{text:?}: {word} in {ja}");
            }
        }
    }

    /// Every kind of position an error can name, read field by field or checked afterwards.
    #[test]
    fn errors_name_the_exact_path_of_every_kind_of_position() {
        use serde_json::json;
        let cases: &[(&str, Value, &str)] = &[
            ("/title", json!(["x"]), "title"),
            (
                "/soracom/device_subnet",
                json!("x"),
                "soracom.device_subnet",
            ),
            ("/soracom/vpg_type", json!("a\u{2}"), "soracom.vpg_type"),
            ("/azure/vnet/name", json!(7), "azure.vnet.name"),
            (
                "/azure/vnet/address_space",
                json!(["10.0.0.0/16", "x"]),
                "azure.vnet.address_space[1]",
            ),
            (
                "/azure/gateway/public_ips",
                json!([null, "1.2.3"]),
                "azure.gateway.public_ips[1]",
            ),
            (
                "/azure/gateway/apipa",
                json!([["169.254.21.2", "x"]]),
                "azure.gateway.apipa[0][1]",
            ),
            ("/azure/gateway/apipa", json!(5), "azure.gateway.apipa"),
            ("/door_vpns", json!({}), "door_vpns"),
            (
                "/door_vpns/1/tunnels/0/inside_cidr",
                json!("x"),
                "door_vpns[1].tunnels[0].inside_cidr",
            ),
            (
                "/door_vpns/0/tunnels/1/bogus",
                json!(1),
                "door_vpns[0].tunnels[1].bogus",
            ),
            (
                "/door_vpns/0/static_routes",
                json!(["10.0.0.0/8", "x"]),
                "door_vpns[0].static_routes[1]",
            ),
            ("/door_vpns/1/tunnels", json!([]), "door_vpns[1].tunnels"),
            ("/door_vpns/1/id", json!("door-1"), "door_vpns[1].id"),
            ("/door_vpns/1/name", json!("a\u{1}"), "door_vpns[1].name"),
            ("/links/1", json!(5), "links[1]"),
            ("/links/2/vpn", json!("nope"), "links[2].vpn"),
            ("/links/2/instance", json!(3), "links[2].instance"),
            (
                "/layout",
                json!({"odd key!": {"x": 1, "y": "2"}}),
                "layout[\"odd key!\"].y",
            ),
            (
                "/layout",
                json!({"door-1": {"x": 1, "z": 2}}),
                "layout.door-1.z",
            ),
            ("/notes", json!({"a b": 5}), "notes[\"a b\"]"),
            ("/notes", json!({"k": "x\u{3}"}), "notes.k"),
        ];
        for (pointer, value, path) in cases {
            let error = error(&with(pointer, value.clone()));
            assert_eq!(error.path, *path, "{pointer}: {error}");
            assert!(
                error.to_string().starts_with(&format!("{path}: ")),
                "{error}"
            );
        }
    }
}
