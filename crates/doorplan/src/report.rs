//! The verdict report (`shared/contract.md` §2) and the bilingual text it carries.

use serde::{Deserialize, Serialize};

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
}

/// The languages every message exists in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Ja,
}

impl Lang {
    /// `en` or `ja` (also accepts `en-US`, `ja-JP` as browsers send them).
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
}

/// One text in English and Japanese.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Text {
    pub en: String,
    pub ja: String,
}

impl Text {
    pub fn new(en: impl Into<String>, ja: impl Into<String>) -> Text {
        Text {
            en: en.into(),
            ja: ja.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Ja => &self.ja,
        }
    }
}

/// One finding of one rule about one element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The stable rule id (`TOPO-SPLIT-VPN`).
    pub rule: &'static str,
    pub severity: Severity,
    /// The element the finding is about: `gateway`, `vnet`, `soracom`, a VPN id, `door-1:0`
    /// for a tunnel, `link:door-1:0` for a link.
    pub subject: String,
    /// What is wrong, why, and what to do, in both languages.
    pub message: Text,
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
}

/// One single failure and what it does to the traffic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fault {
    /// `azure-instance-0`, `door-vpn:<id>`, `aws-endpoint:<id>:<tunnel>`.
    pub fault: String,
    pub impact: Impact,
    /// The links that stop carrying traffic during the fault (`link:door-1:0`), for the
    /// diagram; every other link survives.
    pub lost_links: Vec<String>,
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
    pub fn describe(self) -> Text {
        match self {
            Pattern::SingleVpnStatic => Text::new(
                "One Door VPN with static routing, both tunnels to one active-standby gateway: the minimum design (the article's pattern 1).",
                "Door VPN 1 つ・static ルーティング・2 本のトンネルを Active-Standby ゲートウェイへ: 必要最小限の構成 (記事のパターン 1)。",
            ),
            Pattern::DualVpnBgpActiveActive => Text::new(
                "Two Door VPNs with BGP, one per instance of an active-active gateway, four tunnels: the recommended highly available design (the article's pattern 2).",
                "Door VPN 2 つ・BGP・Active-Active ゲートウェイの各インスタンスに 1 つずつ、計 4 トンネル: 推奨の高可用構成 (記事のパターン 2)。",
            ),
            Pattern::OneVpnSplitAcrossInstances => Text::new(
                "One Door VPN whose two tunnels go to the two instances of an active-active gateway: this cannot be built (the article's NG pattern).",
                "1 つの Door VPN の 2 本のトンネルを Active-Active の 2 インスタンスへ分けた構成: 構築できません (記事の NG パターン)。",
            ),
            Pattern::ActiveActiveStaticSingleVpn => Text::new(
                "Active-active gateway with one static Door VPN: it builds, but only one instance is used, so a gateway failover still interrupts traffic.",
                "Active-Active ゲートウェイに static の Door VPN 1 つ: 構築はできますが片方のインスタンスしか使わないため、フェイルオーバー時の瞬断は避けられません。",
            ),
            Pattern::Custom => Text::new(
                "A design that is none of the article's four patterns.",
                "記事の 4 パターンのいずれでもない構成。",
            ),
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
    pub subject: String,
    pub message: String,
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
                    rule: finding.rule.to_string(),
                    severity: finding.severity,
                    subject: finding.subject.clone(),
                    message: finding.message.get(lang).to_string(),
                })
                .collect(),
            faults: self.faults.clone(),
        }
    }

    /// The JSON report text (pretty-printed) in one language.
    pub fn to_json(&self, lang: Lang) -> String {
        serde_json::to_string_pretty(&self.to_json_view(lang)).unwrap_or_default()
    }

}
