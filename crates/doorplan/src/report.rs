//! The verdict report (`shared/contract.md` §2).

use serde::{Deserialize, Serialize};

use crate::ids::{FaultId, Subject};
use crate::rules::Rule;
use crate::text::{Lang, Message, T};

/// A finding's severity. Ordered: `Info < Warn < Ng`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Severity {
    #[serde(rename = "INFO")]
    Info,
    #[serde(rename = "WARN")]
    Warn,
    #[serde(rename = "NG")]
    Ng,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "INFO",
            Severity::Warn => "WARN",
            Severity::Ng => "NG",
        }
    }
}

/// The design's overall verdict: NG if any finding is NG, else WARN if any is WARN, else OK.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Verdict {
    #[serde(rename = "OK")]
    Ok,
    #[serde(rename = "WARN")]
    Warn,
    #[serde(rename = "NG")]
    Ng,
}

impl Verdict {
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Ok => "OK",
            Verdict::Warn => "WARN",
            Verdict::Ng => "NG",
        }
    }

    /// The verdict of a set of findings: their worst severity (INFO counts as OK).
    pub fn of<'a>(severities: impl IntoIterator<Item = &'a Severity>) -> Verdict {
        match severities.into_iter().max() {
            Some(Severity::Ng) => Verdict::Ng,
            Some(Severity::Warn) => Verdict::Warn,
            _ => Verdict::Ok,
        }
    }

    /// The one-line headline: "NG — this design cannot be built as drawn".
    pub fn headline(self) -> T {
        match self {
            Verdict::Ng => T::HeadlineNg,
            Verdict::Warn => T::HeadlineWarn,
            Verdict::Ok => T::HeadlineOk,
        }
    }
}

/// Findings of one rule beyond the first few, folded into one (hostile or generated designs
/// can repeat a problem thousands of times; the report stays readable and bounded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repeats {
    /// How many findings this one stands for, itself included.
    pub count: usize,
    /// The subjects of the first few of them.
    pub examples: Vec<Subject>,
}

/// One finding of one rule about one element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule, with its stable id (`TOPO-SPLIT-VPN`), source and summary.
    pub rule: &'static Rule,
    pub severity: Severity,
    /// The element the finding is about.
    pub subject: Subject,
    /// What is wrong, why, and what to do, with its parameters (rendered when shown).
    pub message: Message,
    /// Set when this finding stands for several of the same rule.
    pub repeats: Option<Repeats>,
}

impl Finding {
    /// The message in a language (with "and N more like this" when it stands for several).
    pub fn text(&self, lang: Lang) -> String {
        match &self.repeats {
            None => self.message.render(lang),
            Some(repeats) => msg!(
                RepeatedFinding,
                count = repeats.count,
                message = self.message.clone(),
                examples = crate::text::join(&repeats.examples)
            )
            .render(lang),
        }
    }
}

/// How bad one single failure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Impact {
    /// Tunnels already up carry the traffic; at most routing reconvergence.
    Survives,
    /// Traffic stops until Azure fails over inside the gateway (10 s to 3 min).
    Failover,
    /// No path until the failed element returns.
    Outage,
}

impl Impact {
    pub fn name(self) -> &'static str {
        match self {
            Impact::Survives => "survives",
            Impact::Failover => "failover",
            Impact::Outage => "outage",
        }
    }

    /// What the impact means, without its name: "the tunnels already up carry the traffic".
    pub fn detail(self) -> T {
        match self {
            Impact::Survives => T::ImpactSurvivesDetail,
            Impact::Failover => T::ImpactFailoverDetail,
            Impact::Outage => T::ImpactOutageDetail,
        }
    }

    /// The impact in words for people who are not network specialists.
    pub fn words(self) -> T {
        match self {
            Impact::Survives => T::ImpactSurvives,
            Impact::Failover => T::ImpactFailover,
            Impact::Outage => T::ImpactOutage,
        }
    }
}

/// One single failure and what it does to the traffic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fault {
    pub fault: FaultId,
    pub impact: Impact,
    /// The links that stop carrying traffic during the fault, for the diagram; every other
    /// link survives.
    pub lost_links: Vec<Subject>,
}

/// The recognised design pattern (contract §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pattern {
    /// The article's P1: one static Door VPN, both tunnels to one active-standby gateway.
    SingleVpnStatic,
    /// The article's P2: two BGP Door VPNs, one per instance of an active-active gateway.
    DualVpnBgpActiveActive,
    /// The article's NG: one Door VPN's tunnels split across the two instances.
    OneVpnSplitAcrossInstances,
    /// The article's W: active-active gateway, one static Door VPN on one instance.
    ActiveActiveStaticSingleVpn,
    Custom,
}

impl Pattern {
    pub fn name(self) -> &'static str {
        match self {
            Pattern::SingleVpnStatic => "single-vpn-static",
            Pattern::DualVpnBgpActiveActive => "dual-vpn-bgp-active-active",
            Pattern::OneVpnSplitAcrossInstances => "one-vpn-split-across-instances",
            Pattern::ActiveActiveStaticSingleVpn => "active-active-static-single-vpn",
            Pattern::Custom => "custom",
        }
    }

    /// A sentence a non-specialist understands.
    pub fn describe(self) -> T {
        match self {
            Pattern::SingleVpnStatic => T::PatternP1,
            Pattern::DualVpnBgpActiveActive => T::PatternP2,
            Pattern::OneVpnSplitAcrossInstances => T::PatternNg,
            Pattern::ActiveActiveStaticSingleVpn => T::PatternW,
            Pattern::Custom => T::PatternCustom,
        }
    }
}

/// The verdict report: what [`crate::check`] returns for a design.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub verdict: Verdict,
    pub pattern: Pattern,
    /// The worst impact over `faults`; `None` when no fault was simulated (an unbuildable design).
    pub worst_single_fault: Option<Impact>,
    /// Sorted: NG first, then WARN, then INFO; within a severity in catalogue order.
    pub findings: Vec<Finding>,
    pub faults: Vec<Fault>,
}

/// A finding as written in the JSON report, in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingJson {
    pub rule: String,
    pub severity: Severity,
    pub subject: Subject,
    pub message: String,
    /// How many findings this one stands for (only when more than one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<usize>,
    /// The first subjects it stands for (only when more than one).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<Subject>,
}

/// The JSON report of contract §2, in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportJson {
    pub verdict: Verdict,
    pub pattern: Pattern,
    pub worst_single_fault: Option<Impact>,
    pub findings: Vec<FindingJson>,
    pub faults: Vec<Fault>,
}

impl Report {
    /// The report with its messages in one language, ready to serialise.
    pub fn to_json_view(&self, lang: Lang) -> ReportJson {
        ReportJson {
            verdict: self.verdict,
            pattern: self.pattern,
            worst_single_fault: self.worst_single_fault,
            findings: self
                .findings
                .iter()
                .map(|finding| FindingJson {
                    rule: finding.rule.id.to_string(),
                    severity: finding.severity,
                    subject: finding.subject.clone(),
                    message: finding.text(lang),
                    count: finding.repeats.as_ref().map(|repeats| repeats.count),
                    examples: finding
                        .repeats
                        .as_ref()
                        .map(|r| r.examples.clone())
                        .unwrap_or_default(),
                })
                .collect(),
            faults: self.faults.clone(),
        }
    }

    /// The JSON report text (pretty-printed) in one language.
    pub fn to_json(&self, lang: Lang) -> String {
        serde_json::to_string_pretty(&self.to_json_view(lang)).unwrap_or_default()
    }

    /// The findings about one subject.
    pub fn about<'a>(&'a self, subject: &'a Subject) -> impl Iterator<Item = &'a Finding> + 'a {
        self.findings
            .iter()
            .filter(move |finding| &finding.subject == subject)
    }

    /// Whether a rule fired.
    pub fn has(&self, rule_id: &str) -> bool {
        self.findings
            .iter()
            .any(|finding| finding.rule.id == rule_id)
    }
}
