//! The editor state and the only way it changes: an [`Action`] through [`Editor::reduce`].
//!
//! One `Design` (the document) plus editor state (selection, simulated fault, notices). Every
//! change of the document goes through here, pushes the previous document on the undo stack,
//! and is judged again by the engine. No DOM in this module, so it is tested as it is.

use std::rc::Rc;

use doorplan::fixes::Fix;
use doorplan::model::{
    Cidr, ConnectionMode, Design, DoorVpn, Generation, Ip, Link, Point, Routing, Sku, Tunnel,
    VpnType,
};
use doorplan::{check, Lang, Report, Severity, Text};
use yew::Reducible;

/// How many documents undo remembers.
const UNDO_LIMIT: usize = 200;

/// What the inspector shows and the canvas highlights.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    Design,
    Soracom,
    Vnet,
    Gateway,
    Vpn(String),
    Link(String, u8),
}

impl Selection {
    /// The selection for a finding's subject (`gateway`, `door-1`, `door-1:0`, `link:door-1:0`).
    pub fn from_subject(subject: &str) -> Selection {
        match subject {
            "gateway" => Selection::Gateway,
            "vnet" => Selection::Vnet,
            "soracom" | "vpg" => Selection::Soracom,
            _ => {
                if let Some(rest) = subject.strip_prefix("link:") {
                    if let Some((vpn, tunnel)) = rest.rsplit_once(':') {
                        if let Ok(tunnel) = tunnel.parse() {
                            return Selection::Link(vpn.to_string(), tunnel);
                        }
                    }
                }
                match subject.rsplit_once(':') {
                    Some((vpn, _)) => Selection::Vpn(vpn.to_string()),
                    None => Selection::Vpn(subject.to_string()),
                }
            }
        }
    }
}

/// A message shown near where something happened (a drop) or in the notice bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub severity: Severity,
    pub text: Text,
    /// World coordinates of the drop that caused it, if any.
    pub at: Option<(f64, f64)>,
    /// Extra text offered for download (a corrupt autosave), if any.
    pub raw: Option<String>,
}

/// One field of the document, edited from the inspector.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Title(String),
    Region(String),
    VpgType(Option<String>),
    DeviceSubnet(Cidr),
    VpgIpRange(Option<Cidr>),
    VnetName(String),
    AddressSpace(Vec<Cidr>),
    GatewaySubnet(Option<Cidr>),
    GatewayName(String),
    Sku(Sku),
    Generation(Option<Generation>),
    VpnType(VpnType),
    ActiveActive(bool),
    GatewayBgp(bool),
    AzureAsn(u32),
    PublicIp(u8, Option<Ip>),
    Apipa(u8, Vec<Ip>),
    VpnName(String, String),
    Routing(String, Routing),
    AmazonAsn(String, u32),
    StaticRoutes(String, Vec<Cidr>),
    InsideCidr(String, u8, Option<Cidr>),
    OutsideIp(String, u8, Option<Ip>),
    Psk(String, u8, Option<String>),
    ConnectionMode(String, u8, ConnectionMode),
    LinkBgp(String, u8, Option<bool>),
}

impl Edit {
    /// Which field it edits (the kind of edit and the element it names): consecutive edits of
    /// one field are one undo step.
    fn field(&self) -> Field {
        let element = match self {
            Edit::VpnName(id, _) | Edit::Routing(id, _) | Edit::AmazonAsn(id, _) | Edit::StaticRoutes(id, _) => id.clone(),
            Edit::InsideCidr(id, t, _)
            | Edit::OutsideIp(id, t, _)
            | Edit::Psk(id, t, _)
            | Edit::ConnectionMode(id, t, _)
            | Edit::LinkBgp(id, t, _) => format!("{id}:{t}"),
            Edit::PublicIp(instance, _) | Edit::Apipa(instance, _) => instance.to_string(),
            _ => String::new(),
        };
        (std::mem::discriminant(self), element)
    }

    /// Applies the edit to a design. Edits naming an element that no longer exists do nothing.
    fn apply(self, design: &mut Design) {
        let gateway = &mut design.azure.gateway;
        match self {
            Edit::Title(title) => design.title = title,
            Edit::Region(region) => design.soracom.region = region,
            Edit::VpgType(kind) => design.soracom.vpg_type = kind,
            Edit::DeviceSubnet(cidr) => design.soracom.device_subnet = cidr,
            Edit::VpgIpRange(range) => design.soracom.vpg_ip_range = range,
            Edit::VnetName(name) => design.azure.vnet.name = name,
            Edit::AddressSpace(space) => design.azure.vnet.address_space = space,
            Edit::GatewaySubnet(subnet) => design.azure.vnet.gateway_subnet = subnet,
            Edit::GatewayName(name) => gateway.name = name,
            Edit::Sku(sku) => gateway.sku = sku,
            Edit::Generation(generation) => gateway.generation = generation,
            Edit::VpnType(vpn_type) => gateway.vpn_type = vpn_type,
            Edit::ActiveActive(on) => {
                gateway.active_active = on;
                // Keep one public IP entry per instance, and APIPA lists in step.
                let instances = usize::from(gateway.instance_count());
                if let Some(ips) = &mut gateway.public_ips {
                    ips.resize(instances, None);
                }
                if !gateway.apipa.is_empty() {
                    gateway.apipa.resize(instances, Vec::new());
                }
            }
            Edit::GatewayBgp(on) => gateway.bgp = on,
            Edit::AzureAsn(asn) => gateway.asn = asn,
            Edit::PublicIp(instance, ip) => {
                let ips = gateway.public_ips.get_or_insert_with(Vec::new);
                let index = usize::from(instance);
                if ips.len() <= index {
                    ips.resize(index + 1, None);
                }
                ips[index] = ip;
            }
            Edit::Apipa(instance, addresses) => {
                let index = usize::from(instance);
                if gateway.apipa.len() <= index {
                    gateway.apipa.resize(index + 1, Vec::new());
                }
                gateway.apipa[index] = addresses;
            }
            Edit::VpnName(id, name) => with_vpn(design, &id, |vpn| vpn.name = name),
            Edit::Routing(id, routing) => with_vpn(design, &id, |vpn| vpn.routing = routing),
            Edit::AmazonAsn(id, asn) => with_vpn(design, &id, |vpn| vpn.amazon_asn = asn),
            Edit::StaticRoutes(id, routes) => with_vpn(design, &id, |vpn| vpn.static_routes = routes),
            Edit::InsideCidr(id, t, cidr) => with_tunnel(design, &id, t, |tunnel| tunnel.inside_cidr = cidr),
            Edit::OutsideIp(id, t, ip) => with_tunnel(design, &id, t, |tunnel| tunnel.outside_ip = ip),
            Edit::Psk(id, t, psk) => with_tunnel(design, &id, t, |tunnel| tunnel.psk = psk),
            Edit::ConnectionMode(id, t, mode) => with_link(design, &id, t, |link| link.connection_mode = mode),
            Edit::LinkBgp(id, t, bgp) => with_link(design, &id, t, |link| link.bgp = bgp),
        }
    }
}

fn with_vpn(design: &mut Design, id: &str, change: impl FnOnce(&mut DoorVpn)) {
    if let Some(vpn) = design.door_vpns.iter_mut().find(|vpn| vpn.id == id) {
        change(vpn);
    }
}

fn with_tunnel(design: &mut Design, id: &str, tunnel: u8, change: impl FnOnce(&mut Tunnel)) {
    with_vpn(design, id, |vpn| {
        if let Some(tunnel) = vpn.tunnels.get_mut(usize::from(tunnel)) {
            change(tunnel);
        }
    });
}

fn with_link(design: &mut Design, id: &str, tunnel: u8, change: impl FnOnce(&mut Link)) {
    if let Some(link) = design.links.iter_mut().find(|link| link.vpn == id && link.tunnel == tunnel) {
        change(link);
    }
}

/// One field of the document: the kind of edit and the element it names.
type Field = (std::mem::Discriminant<Edit>, String);

/// A change to the editor.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    LoadTemplate(&'static str),
    /// Replace the document (an opened file); undoable.
    LoadDesign(Design),
    SetLang(Lang),
    Select(Option<Selection>),
    /// Select the element a finding is about.
    SelectSubject(String),
    /// Move a node to a position (already snapped); one undo step per drag.
    MoveNode { id: String, x: f64, y: f64 },
    /// Create or move the Azure connection of a tunnel. `at`: the drop point, for feedback.
    Link { vpn: String, tunnel: u8, instance: u8, at: Option<(f64, f64)> },
    /// Fill a Door VPN from SORACOM's VPN details (AWS Generic configuration text).
    ImportAws { vpn: String, text: String },
    /// Remove the Azure connection of a tunnel.
    Unlink { vpn: String, tunnel: u8 },
    /// Remove the selected Door VPN or link.
    DeleteSelection,
    AddDoorVpn,
    Edit(Edit),
    QuickFix(Fix),
    Undo,
    Redo,
    /// Simulate one fault on the diagram (`None` to stop).
    SimulateFault(Option<String>),
    Notify(Notice),
    DismissNotice,
}

/// Everything the editor shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Editor {
    /// Shared, so that cloning the editor for each action (Yew's reducer) copies pointers only.
    pub design: Rc<Design>,
    /// The engine's report of `design`, recomputed after every change of the design.
    pub report: Rc<Report>,
    /// Earlier documents, newest last (shared with the editor states that made them).
    pub undo: Vec<Rc<Design>>,
    pub redo: Vec<Rc<Design>>,
    pub selection: Option<Selection>,
    pub lang: Lang,
    pub fault: Option<String>,
    pub notice: Option<Notice>,
    /// The template the design came from, if unchanged since.
    pub template: Option<&'static str>,
    /// The field of the last edit, so consecutive keystrokes are one undo step.
    last_edit: Option<Field>,
}

impl Editor {
    pub fn new(design: Design, lang: Lang) -> Editor {
        let report = Rc::new(check(&design));
        Editor {
            design: Rc::new(design),
            report,
            undo: Vec::new(),
            redo: Vec::new(),
            selection: None,
            lang,
            fault: None,
            notice: None,
            template: None,
            last_edit: None,
        }
    }

    /// The article's recommended design, the editor's starting point when nothing was saved.
    pub fn initial(lang: Lang) -> Editor {
        let template = doorplan::templates::template("p2");
        let mut editor = Editor::new(
            template
                .and_then(|template| template.design().ok())
                .unwrap_or_else(|| doorplan::templates::sample_design(2)),
            lang,
        );
        editor.template = template.map(|template| template.id);
        editor
    }

    /// Makes `design` current: the old one goes on the undo stack.
    fn commit(&mut self, design: Design, coalesce: Option<Field>) {
        if design == *self.design {
            return;
        }
        let design = Rc::new(design);
        let same_field = coalesce.is_some() && coalesce == self.last_edit;
        if !same_field {
            self.undo.push(std::mem::replace(&mut self.design, design));
            if self.undo.len() > UNDO_LIMIT {
                self.undo.remove(0);
            }
        } else {
            self.design = design;
        }
        self.last_edit = coalesce;
        self.redo.clear();
        self.template = None;
        self.refresh();
    }

    /// Re-judges the design and drops editor state that no longer points at anything.
    fn refresh(&mut self) {
        self.report = Rc::new(check(&self.design));
        if let Some(fault) = &self.fault {
            if !self.report.faults.iter().any(|f| &f.fault == fault) {
                self.fault = None;
            }
        }
        let exists = match &self.selection {
            Some(Selection::Vpn(id)) => self.design.vpn(id).is_some(),
            Some(Selection::Link(id, tunnel)) => {
                self.design.links.iter().any(|l| &l.vpn == id && l.tunnel == *tunnel)
            }
            _ => true,
        };
        if !exists {
            self.selection = None;
        }
    }
}

impl Reducible for Editor {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let coalesce = matches!(action, Action::Edit(_));
        match action {
            Action::LoadTemplate(id) => {
                if let Some((template, design)) = doorplan::templates::template(id)
                    .and_then(|template| template.design().ok().map(|design| (template, design)))
                {
                    next.commit(design, None);
                    next.template = Some(template.id);
                    next.selection = None;
                    next.fault = None;
                }
            }
            Action::LoadDesign(design) => {
                next.commit(design, None);
                next.selection = None;
                next.fault = None;
            }
            Action::SetLang(lang) => next.lang = lang,
            Action::Select(selection) => next.selection = selection,
            Action::SelectSubject(subject) => next.selection = Some(Selection::from_subject(&subject)),
            Action::MoveNode { id, x, y } => {
                let mut design = (*next.design).clone();
                design.layout.insert(id, Point { x, y });
                next.commit(design, None);
            }
            Action::Link { vpn, tunnel, instance, at } => {
                let before = Rc::clone(&next.report);
                let mut design = (*next.design).clone();
                if design.vpn(&vpn).is_none() || tunnel > 1 || instance > 1 {
                    return self;
                }
                match design.links.iter_mut().find(|l| l.vpn == vpn && l.tunnel == tunnel) {
                    Some(link) => link.instance = instance,
                    None => design.links.push(Link {
                        vpn: vpn.clone(),
                        tunnel,
                        instance,
                        connection_mode: ConnectionMode::Default,
                        bgp: None,
                    }),
                }
                next.commit(design, None);
                // A drop selects the new link; a choice in the inspector keeps the inspector.
                if at.is_some() {
                    next.selection = Some(Selection::Link(vpn.clone(), tunnel));
                }
                next.notice = drop_feedback(&before, &next.report, &vpn, tunnel, at);
            }
            Action::ImportAws { vpn, text } => {
                next.notice = Some(match doorplan::import::parse_aws_generic(&text) {
                    Err(error) => Notice {
                        severity: Severity::Ng,
                        text: Text::new(
                            format!("SORACOM's VPN details were not read: {error}. The design is unchanged."),
                            format!("SORACOM の VPN 情報を読み込めませんでした: {error}。設計は変更していません。"),
                        ),
                        at: None,
                        raw: None,
                    },
                    Ok(config) => match doorplan::import::import_aws(&next.design, &vpn, &config) {
                        Err(message) => Notice { severity: Severity::Ng, text: Text::new(message.clone(), message), at: None, raw: None },
                        Ok(import) => {
                            let filled = import.filled.len();
                            let conflicts: Vec<&str> = import.conflicts.iter().map(|c| c.message.en.as_str()).collect();
                            let conflicts_ja: Vec<&str> = import.conflicts.iter().map(|c| c.message.ja.as_str()).collect();
                            let severity = if conflicts.is_empty() { Severity::Info } else { Severity::Warn };
                            let text = Text::new(
                                format!("Filled {filled} value(s) of {vpn} from SORACOM's details. {}", conflicts.join(" ")),
                                format!("SORACOM の情報から {vpn} の値を {filled} 件入力しました。{}", conflicts_ja.join(" ")),
                            );
                            next.commit(import.design, None);
                            Notice { severity, text, at: None, raw: None }
                        }
                    },
                });
            }
            Action::Unlink { vpn, tunnel } => {
                let mut design = (*next.design).clone();
                design.links.retain(|link| !(link.vpn == vpn && link.tunnel == tunnel));
                next.commit(design, None);
            }
            Action::DeleteSelection => {
                let mut design = (*next.design).clone();
                match next.selection.clone() {
                    Some(Selection::Vpn(id)) => {
                        design.door_vpns.retain(|vpn| vpn.id != id);
                        design.links.retain(|link| link.vpn != id);
                        design.layout.remove(&id);
                    }
                    Some(Selection::Link(id, tunnel)) => {
                        design.links.retain(|link| !(link.vpn == id && link.tunnel == tunnel));
                    }
                    _ => return self,
                }
                next.commit(design, None);
                next.selection = None;
            }
            Action::AddDoorVpn => {
                let mut design = (*next.design).clone();
                let routing = if design.azure.gateway.bgp { Routing::Bgp } else { Routing::Static };
                let id = design.add_door_vpn(routing);
                next.commit(design, None);
                next.selection = Some(Selection::Vpn(id));
            }
            Action::Edit(edit) => {
                let field = edit.field();
                let mut design = (*next.design).clone();
                edit.apply(&mut design);
                next.commit(design, Some(field));
            }
            Action::QuickFix(fix) => {
                let design = fix.apply(&next.design);
                next.commit(design, None);
            }
            Action::Undo => {
                let Some(previous) = next.undo.pop() else {
                    return self;
                };
                next.redo.push(std::mem::replace(&mut next.design, previous));
                next.template = None;
                next.refresh();
            }
            Action::Redo => {
                let Some(following) = next.redo.pop() else {
                    return self;
                };
                next.undo.push(std::mem::replace(&mut next.design, following));
                next.template = None;
                next.refresh();
            }
            Action::SimulateFault(fault) => next.fault = fault,
            Action::Notify(notice) => next.notice = Some(notice),
            Action::DismissNotice => next.notice = None,
        }
        if !coalesce {
            next.last_edit = None;
        }
        Rc::new(next)
    }
}

/// After a drop, the first new NG or WARN about the dropped tunnel, its VPN or its link: shown
/// at the drop point so the reason is where the hand is.
fn drop_feedback(before: &Report, after: &Report, vpn: &str, tunnel: u8, at: Option<(f64, f64)>) -> Option<Notice> {
    let subjects = [vpn.to_string(), format!("{vpn}:{tunnel}"), format!("link:{vpn}:{tunnel}"), "gateway".to_string()];
    let new = after
        .findings
        .iter()
        .filter(|finding| finding.severity >= Severity::Warn && subjects.contains(&finding.subject))
        .find(|finding| !before.findings.iter().any(|old| old.rule == finding.rule && old.subject == finding.subject))?;
    Some(Notice {
        severity: new.severity,
        text: Text::new(
            format!("{}: {}", new.rule, new.message.en),
            format!("{}: {}", new.rule, new.message.ja),
        ),
        at,
        raw: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test as test;
    use doorplan::Verdict;

    fn p2() -> Rc<Editor> {
        Rc::new(Editor::initial(Lang::En))
    }

    #[test]
    fn moving_a_tunnel_to_the_other_instance_is_drawn_and_judged_ng() {
        let editor = p2().reduce(Action::Link { vpn: "door-1".into(), tunnel: 1, instance: 1, at: Some((10.0, 20.0)) });
        assert_eq!(editor.report.verdict, Verdict::Ng);
        let notice = editor.notice.clone().unwrap();
        assert!(notice.text.en.starts_with("TOPO-SPLIT-VPN"), "{notice:?}");
        assert_eq!(notice.at, Some((10.0, 20.0)));
        let undone = editor.reduce(Action::Undo);
        assert_eq!(undone.report.verdict, Verdict::Ok);
        let redone = undone.reduce(Action::Redo);
        assert_eq!(redone.report.verdict, Verdict::Ng);
    }

    #[test]
    fn keystrokes_in_one_field_are_one_undo_step() {
        let mut editor = p2();
        for asn in [6, 64, 645, 6451, 64512] {
            editor = editor.reduce(Action::Edit(Edit::AzureAsn(asn)));
        }
        assert_eq!(editor.report.verdict, Verdict::Ng, "ASN equal to the Amazon side");
        assert_eq!(editor.undo.len(), 1);
        let editor = editor.reduce(Action::Undo);
        assert_eq!(editor.design.azure.gateway.asn, 65000);
    }

    #[test]
    fn deleting_a_vpn_removes_its_links_and_can_be_undone() {
        let editor = p2()
            .reduce(Action::SelectSubject("door-2".into()))
            .reduce(Action::DeleteSelection);
        assert!(editor.design.vpn("door-2").is_none());
        assert!(editor.design.links.iter().all(|l| l.vpn != "door-2"));
        assert_eq!(editor.selection, None);
        let back = editor.reduce(Action::Undo);
        assert_eq!(back.design, Editor::initial(Lang::En).design);
    }

    #[test]
    fn active_active_off_keeps_public_ips_in_step() {
        let editor = p2().reduce(Action::Edit(Edit::ActiveActive(false)));
        assert_eq!(editor.design.azure.gateway.public_ips.as_ref().unwrap().len(), 1);
        assert!(editor.report.findings.iter().any(|f| f.rule == "TOPO-INSTANCE-MISSING"));
    }

    #[test]
    fn subjects_map_to_selections() {
        assert_eq!(Selection::from_subject("link:door-1:0"), Selection::Link("door-1".into(), 0));
        assert_eq!(Selection::from_subject("door-1:1"), Selection::Vpn("door-1".into()));
        assert_eq!(Selection::from_subject("gateway"), Selection::Gateway);
    }

    #[test]
    fn quick_fix_makes_the_ng_design_ok_in_one_undo_step() {
        let editor = Rc::new(Editor::initial(Lang::En)).reduce(Action::LoadTemplate("ng"));
        assert_eq!(editor.report.verdict, Verdict::Ng);
        let fixed = editor.reduce(Action::QuickFix(Fix::MakeRedundant));
        assert_eq!(fixed.report.verdict, Verdict::Ok);
        assert_eq!(fixed.reduce(Action::Undo).report.verdict, Verdict::Ng);
    }
}
