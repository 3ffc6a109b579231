//! The editor state and the only way it changes: an [`Action`] through [`Editor::reduce`].
//!
//! One `Design` (the document) plus editor state (selection, simulated fault, notices). Every
//! change of the document is an engine [`Edit`] (or a whole new design); the reducer only
//! sequences them: it keeps the undo stack, asks the engine for the new report, and drops
//! editor state that no longer points at anything. No DOM in this module.

use std::rc::Rc;

use doorplan::edit::{Edit, Field};
use doorplan::fixes::Fix;
use doorplan::model::{Design, Routing};
use doorplan::{check, FaultId, Lang, Message, Report, Severity, Subject};
use yew::{Reducible, UseReducerHandle};

/// How many documents undo remembers.
const UNDO_LIMIT: usize = 200;

/// A message shown near where something happened (a drop) or in the notice bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub severity: Severity,
    /// Sentences shown one after the other.
    pub lines: Vec<Message>,
    /// World coordinates of the drop that caused it, if any.
    pub at: Option<(f64, f64)>,
    /// Extra text offered for download (a corrupt autosave), if any.
    pub raw: Option<String>,
}

impl Notice {
    pub fn new(severity: Severity, message: Message) -> Notice {
        Notice {
            severity,
            lines: vec![message],
            at: None,
            raw: None,
        }
    }

    /// The notice in a language.
    pub fn text(&self, lang: Lang) -> String {
        self.lines
            .iter()
            .map(|line| line.render(lang))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// A change to the editor.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    LoadTemplate(&'static str),
    /// Replace the document (an opened file, a link, a saved design); undoable.
    LoadDesign(Box<Design>),
    SetLang(Lang),
    Select(Option<Subject>),
    /// A change of the document.
    Edit(Edit),
    /// A tunnel dropped on a port: the link, and what it changes said at the drop point.
    Drop {
        vpn: String,
        tunnel: u8,
        instance: u8,
        at: (f64, f64),
    },
    /// Tap-to-link: a tunnel waiting for a port (`None`: stop waiting).
    Arm(Option<(String, u8)>),
    /// Fill a Door VPN from SORACOM's VPN details (AWS Generic configuration text).
    ImportAws {
        vpn: String,
        text: String,
    },
    /// Remove the selected Door VPN or link.
    DeleteSelection,
    AddDoorVpn,
    /// Lay every node out anew (one undo step).
    Tidy,
    QuickFix(Fix),
    Undo,
    Redo,
    /// Simulate one fault on the diagram (`None` to stop).
    SimulateFault(Option<FaultId>),
    /// Audit the design against a deployment (what the Azure CLI printed); `None` to stop.
    SetDeployment(Option<Rc<doorplan::audit::Deployment>>),
    Notify(Notice),
    DismissNotice,
}

/// Everything the editor shows.
#[derive(Debug, Clone)]
pub struct Editor {
    /// Shared, so that cloning the editor for each action (Yew's reducer) copies pointers only.
    pub design: Rc<Design>,
    /// The engine's report of `design`, recomputed after every change of the design.
    pub report: Rc<Report>,
    /// Earlier documents, newest last (shared with the editor states that made them).
    pub undo: Vec<Rc<Design>>,
    pub redo: Vec<Rc<Design>>,
    pub selection: Option<Subject>,
    pub lang: Lang,
    pub fault: Option<FaultId>,
    pub notice: Option<Notice>,
    /// A tunnel waiting for a tap on a port (tap-to-link).
    pub armed: Option<(String, u8)>,
    /// The template the design came from, if unchanged since.
    pub template: Option<&'static str>,
    /// Bumped when the design is replaced as a whole (template, file, link): the view fits it.
    pub opened: u32,
    /// The deployment being audited, and its audit of the current design (recomputed with the
    /// report; the diagram shows its live status).
    pub deployment: Option<Rc<doorplan::audit::Deployment>>,
    pub audit: Option<Rc<doorplan::audit::Audit>>,
    /// The field of the last edit, so consecutive keystrokes are one undo step.
    last_edit: Option<Field>,
}

/// Whether two states show the same thing. Yew compares every component's props (the editor
/// handle) on each render; the shared parts — design, report, history, deployment, audit — are
/// compared by pointer, since every change makes a new one. Comparing their contents walked the
/// design and every design in the undo history, per component, per render.
impl PartialEq for Editor {
    fn eq(&self, other: &Editor) -> bool {
        fn list<T>(a: &[Rc<T>], b: &[Rc<T>]) -> bool {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| Rc::ptr_eq(a, b))
        }
        fn optional<T>(a: &Option<Rc<T>>, b: &Option<Rc<T>>) -> bool {
            match (a, b) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
        }
        // Every field named, so a new one cannot be forgotten here.
        let Editor {
            design,
            report,
            undo,
            redo,
            selection,
            lang,
            fault,
            notice,
            armed,
            template,
            opened,
            deployment,
            audit,
            last_edit,
        } = self;
        Rc::ptr_eq(design, &other.design)
            && Rc::ptr_eq(report, &other.report)
            && list(undo, &other.undo)
            && list(redo, &other.redo)
            && *selection == other.selection
            && *lang == other.lang
            && *fault == other.fault
            && *notice == other.notice
            && *armed == other.armed
            && *template == other.template
            && *opened == other.opened
            && optional(deployment, &other.deployment)
            && optional(audit, &other.audit)
            && *last_edit == other.last_edit
    }
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
            armed: None,
            template: None,
            opened: 0,
            deployment: None,
            audit: None,
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

    /// Makes `design` current: the old one goes on the undo stack (unless this continues the
    /// same field's edit).
    fn commit(&mut self, design: Design, coalesce: Option<Field>) {
        if design == *self.design {
            return;
        }
        let design = Rc::new(design);
        let same_field = coalesce.is_some() && coalesce == self.last_edit;
        if same_field {
            self.design = design;
        } else {
            self.undo.push(std::mem::replace(&mut self.design, design));
            if self.undo.len() > UNDO_LIMIT {
                self.undo.remove(0);
            }
        }
        self.last_edit = coalesce;
        self.redo.clear();
        self.template = None;
        self.refresh();
    }

    /// Replaces the design as a whole (undoable), and fits the view to it.
    fn open(&mut self, design: Design) {
        self.last_edit = None;
        self.commit(design, None);
        self.selection = None;
        self.fault = None;
        self.armed = None;
        self.opened = self.opened.wrapping_add(1);
    }

    /// Re-judges the design and drops editor state that no longer points at anything: a fault
    /// no longer simulated, a selection that is gone, and a message about a drop the design
    /// no longer shows.
    fn refresh(&mut self) {
        self.report = Rc::new(check(&self.design));
        self.audit = self
            .deployment
            .as_ref()
            .map(|deployment| Rc::new(doorplan::audit::compare(&self.design, deployment)));
        if let Some(fault) = &self.fault {
            if !self.report.faults.iter().any(|f| &f.fault == fault) {
                self.fault = None;
            }
        }
        let exists = |subject: &Subject| match subject {
            Subject::Vpn(id) | Subject::Tunnel(id, _) => self.design.vpn(id).is_some(),
            Subject::Link(id, tunnel) => self.design.link(id, *tunnel).is_some(),
            _ => true,
        };
        if self
            .selection
            .as_ref()
            .is_some_and(|subject| !exists(subject))
        {
            self.selection = None;
        }
        if let Some((vpn, tunnel)) = &self.armed {
            if !exists(&Subject::Tunnel(vpn.clone(), *tunnel)) {
                self.armed = None;
            }
        }
        if self
            .notice
            .as_ref()
            .is_some_and(|notice| notice.at.is_some())
        {
            self.notice = None;
        }
    }

    /// The subject of a finding or a selection, as the inspector shows it: a tunnel is shown
    /// in its Door VPN's panel.
    pub fn inspected(&self) -> Subject {
        match &self.selection {
            Some(Subject::Tunnel(vpn, _)) => Subject::Vpn(vpn.clone()),
            Some(subject) => subject.clone(),
            None => Subject::Design,
        }
    }
}

impl Reducible for Editor {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let edit_field = match &action {
            Action::Edit(edit) => edit.field(),
            _ => None,
        };
        let keystroke = edit_field.is_some();
        let changes_design = matches!(
            action,
            Action::LoadTemplate(_)
                | Action::LoadDesign(_)
                | Action::Edit(_)
                | Action::Drop { .. }
                | Action::ImportAws { .. }
                | Action::DeleteSelection
                | Action::AddDoorVpn
                | Action::Tidy
                | Action::QuickFix(_)
                | Action::Undo
                | Action::Redo
        );
        match action {
            Action::LoadTemplate(id) => {
                let Some((template, design)) = doorplan::templates::template(id)
                    .and_then(|template| template.design().ok().map(|design| (template, design)))
                else {
                    return self;
                };
                next.open(design);
                next.template = Some(template.id);
            }
            Action::LoadDesign(design) => next.open(*design),
            Action::SetLang(lang) => next.lang = lang,
            Action::Select(selection) => next.selection = selection,
            Action::Edit(edit) => {
                let mut design = (*next.design).clone();
                edit.apply(&mut design);
                next.commit(design, edit_field);
            }
            Action::Drop {
                vpn,
                tunnel,
                instance,
                at,
            } => {
                let before = Rc::clone(&next.report);
                let mut design = (*next.design).clone();
                Edit::Link {
                    vpn: vpn.clone(),
                    tunnel,
                    instance,
                }
                .apply(&mut design);
                next.last_edit = None;
                next.commit(design, None);
                next.selection = Some(Subject::Link(vpn.clone(), tunnel));
                next.notice = drop_feedback(&before, &next.report, &vpn, tunnel, at);
            }
            Action::Arm(armed) => next.armed = armed,
            Action::ImportAws { vpn, text } => {
                let label = next
                    .design
                    .vpn(&vpn)
                    .map_or(vpn.clone(), |found| found.label().to_string());
                next.notice = Some(match doorplan::import::parse_aws_generic(&text) {
                    Err(error) => Notice::new(
                        Severity::Ng,
                        doorplan::msg!(UiImportUnread, error = error.to_message()),
                    ),
                    Ok(config) => match doorplan::import::import_aws(&next.design, &vpn, &config) {
                        Err(message) => Notice::new(Severity::Ng, message),
                        Ok(import) => {
                            let notice = Notice {
                                severity: import.severity(),
                                lines: import.summary(&label),
                                at: None,
                                raw: None,
                            };
                            next.last_edit = None;
                            next.commit(import.design, None);
                            notice
                        }
                    },
                });
            }
            Action::DeleteSelection => {
                let edit = match next.selection.clone() {
                    Some(Subject::Vpn(id)) => Edit::RemoveVpn(id),
                    Some(Subject::Link(id, tunnel)) => Edit::Unlink { vpn: id, tunnel },
                    _ => return self,
                };
                let mut design = (*next.design).clone();
                edit.apply(&mut design);
                next.last_edit = None;
                next.commit(design, None);
                next.selection = None;
            }
            Action::AddDoorVpn => {
                let mut design = (*next.design).clone();
                let routing = if design.azure.gateway.bgp {
                    Routing::Bgp
                } else {
                    Routing::Static
                };
                let id = design.add_door_vpn(routing);
                next.last_edit = None;
                next.commit(design, None);
                next.selection = Some(Subject::Vpn(id));
            }
            Action::Tidy => {
                let mut design = (*next.design).clone();
                Edit::Layout(doorplan::diagram::tidy(&design)).apply(&mut design);
                next.last_edit = None;
                next.commit(design, None);
                next.opened = next.opened.wrapping_add(1);
            }
            Action::QuickFix(fix) => {
                let design = fix.apply(&next.design);
                next.last_edit = None;
                next.commit(design, None);
            }
            Action::Undo => {
                let Some(previous) = next.undo.pop() else {
                    return self;
                };
                next.redo
                    .push(std::mem::replace(&mut next.design, previous));
                next.template = None;
                next.refresh();
            }
            Action::Redo => {
                let Some(following) = next.redo.pop() else {
                    return self;
                };
                next.undo
                    .push(std::mem::replace(&mut next.design, following));
                next.template = None;
                next.refresh();
            }
            Action::SimulateFault(fault) => next.fault = fault,
            Action::SetDeployment(deployment) => {
                next.audit = deployment
                    .as_ref()
                    .map(|deployment| Rc::new(doorplan::audit::compare(&next.design, deployment)));
                next.deployment = deployment;
            }
            Action::Notify(notice) => next.notice = Some(notice),
            Action::DismissNotice => next.notice = None,
        }
        // Only a change of the document ends a run of keystrokes in one field: a notice or a
        // selection in between does not split one edit into several undo steps.
        if changes_design && !keystroke {
            next.last_edit = None;
        }
        Rc::new(next)
    }
}

/// What components get: the editor's state and a way to change it (`dispatch`).
pub type EditorHandle = UseReducerHandle<Editor>;

/// After a drop, the first new NG or WARN about the dropped tunnel, its VPN, its link or the
/// gateway: shown at the drop point so the reason is where the hand is.
fn drop_feedback(
    before: &Report,
    after: &Report,
    vpn: &str,
    tunnel: u8,
    at: (f64, f64),
) -> Option<Notice> {
    let subjects = [
        Subject::Vpn(vpn.to_string()),
        Subject::Tunnel(vpn.to_string(), tunnel),
        Subject::Link(vpn.to_string(), tunnel),
        Subject::Gateway,
    ];
    let new = after
        .findings
        .iter()
        .filter(|finding| finding.severity >= Severity::Warn && subjects.contains(&finding.subject))
        .find(|finding| {
            !before
                .findings
                .iter()
                .any(|old| old.rule == finding.rule && old.subject == finding.subject)
        })?;
    Some(Notice {
        severity: new.severity,
        lines: vec![doorplan::msg!(
            UiRuleSaid,
            rule = new.rule.id,
            message = new.message.clone()
        )],
        at: Some(at),
        raw: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use doorplan::Verdict;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn p2() -> Rc<Editor> {
        Rc::new(Editor::initial(Lang::En))
    }

    /// Components re-render when the state they are given is a different one: a selection or
    /// an edit is a change, an action that changes nothing is not, and an equal design in a new
    /// allocation counts as new (every change makes one, so pointers say it all).
    #[test]
    fn states_compare_by_what_changed_and_shared_parts_by_pointer() {
        let start = p2();
        assert_eq!(*start, (*start).clone());
        let selected = start.clone().reduce(Action::Select(Some(Subject::Gateway)));
        assert_ne!(*start, *selected);
        let same = selected
            .clone()
            .reduce(Action::Select(Some(Subject::Gateway)));
        assert_eq!(*selected, *same);
        let edited = start
            .clone()
            .reduce(Action::Edit(Edit::Title("another".into())));
        assert_ne!(*start, *edited);
        let mut copy = (*start).clone();
        copy.design = Rc::new((*start.design).clone());
        assert_ne!(
            *start, copy,
            "an equal design in a new allocation is a new state"
        );
    }

    #[test]
    fn moving_a_tunnel_to_the_other_instance_is_drawn_and_judged_ng() {
        let editor = p2().reduce(Action::Drop {
            vpn: "door-1".into(),
            tunnel: 1,
            instance: 1,
            at: (10.0, 20.0),
        });
        assert_eq!(editor.report.verdict, Verdict::Ng);
        let notice = editor.notice.clone().unwrap();
        assert!(
            notice.text(Lang::En).starts_with("TOPO-SPLIT-VPN"),
            "{notice:?}"
        );
        assert_eq!(notice.at, Some((10.0, 20.0)));
        let undone = editor.reduce(Action::Undo);
        assert_eq!(undone.report.verdict, Verdict::Ok);
        assert_eq!(undone.notice, None, "the drop message goes with the drop");
        let redone = undone.reduce(Action::Redo);
        assert_eq!(redone.report.verdict, Verdict::Ng);
    }

    #[test]
    fn keystrokes_in_one_field_are_one_undo_step_even_with_notices_between() {
        let mut editor = p2();
        for asn in [6, 64, 645, 6451, 64512] {
            editor = editor.reduce(Action::Edit(Edit::AzureAsn(asn)));
            editor = editor.reduce(Action::Notify(Notice::new(
                Severity::Info,
                doorplan::msg!(UiAutosaveFailed, reason = "x"),
            )));
        }
        assert_eq!(
            editor.report.verdict,
            Verdict::Ng,
            "ASN equal to the Amazon side"
        );
        assert_eq!(editor.undo.len(), 1);
        let editor = editor.reduce(Action::Undo);
        assert_eq!(editor.design.azure.gateway.asn, 65000);
    }

    #[test]
    fn arrowing_through_a_drop_down_is_one_undo_step() {
        let mut editor = p2();
        for sku in [
            doorplan::model::Sku::VpnGw3AZ,
            doorplan::model::Sku::VpnGw4AZ,
            doorplan::model::Sku::VpnGw5AZ,
        ] {
            editor = editor.reduce(Action::Edit(Edit::Sku(sku)));
        }
        assert_eq!(editor.undo.len(), 1);
    }

    #[test]
    fn deleting_a_vpn_removes_its_links_and_can_be_undone() {
        let editor = p2()
            .reduce(Action::Select(Some(Subject::Vpn("door-2".into()))))
            .reduce(Action::DeleteSelection);
        assert!(editor.design.vpn("door-2").is_none());
        assert!(editor.design.links.iter().all(|l| l.vpn != "door-2"));
        assert_eq!(editor.selection, None);
        let back = editor.reduce(Action::Undo);
        assert_eq!(back.design, Editor::initial(Lang::En).design);
    }

    #[test]
    fn quick_fix_makes_the_ng_design_ok_in_one_undo_step() {
        let editor = p2().reduce(Action::LoadTemplate("ng"));
        assert_eq!(editor.report.verdict, Verdict::Ng);
        let fixed = editor.reduce(Action::QuickFix(Fix::MakeRedundant));
        assert_eq!(fixed.report.verdict, Verdict::Ok);
        assert_eq!(fixed.reduce(Action::Undo).report.verdict, Verdict::Ng);
    }

    #[test]
    fn tidy_is_one_undo_step() {
        let editor = p2().reduce(Action::Tidy);
        assert_ne!(
            editor.design.layout,
            Editor::initial(Lang::En).design.layout
        );
        assert_eq!(editor.undo.len(), 1);
    }
}
