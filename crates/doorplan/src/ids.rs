//! Typed identities that cross a boundary (report JSON, the diagram, the command line): what a
//! finding is about ([`Subject`]) and which single failure is simulated ([`FaultId`]). Each has
//! one `Display` (the contract's string form) and one `FromStr`, so no shell rebuilds or
//! parses these strings by hand.

use std::fmt;
use std::str::FromStr;

use crate::model::Design;
use crate::text::Message;

/// What a finding (or a note, or a selection) is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Subject {
    /// The design as a whole (its title).
    Design,
    /// The SORACOM VPG.
    Soracom,
    /// The Azure VNet.
    Vnet,
    /// The Azure VPN gateway.
    Gateway,
    /// A Door VPN, by id.
    Vpn(String),
    /// A tunnel of a Door VPN (0 or 1): `door-1:0`.
    Tunnel(String, u8),
    /// The Azure connection of a tunnel: `link:door-1:0`.
    Link(String, u8),
}

impl Subject {
    /// The Door VPN this subject belongs to, if any.
    pub fn vpn(&self) -> Option<&str> {
        match self {
            Subject::Vpn(id) | Subject::Tunnel(id, _) | Subject::Link(id, _) => Some(id),
            _ => None,
        }
    }

    /// The name people read: `Door VPN 1, tunnel 2` (ids stay in JSON).
    pub fn label(&self, design: &Design) -> Message {
        self.label_by(|id| design.vpn(id))
    }

    /// [`Subject::label`] with the Door VPN found by `find` (an index, when labelling many).
    pub fn label_by<'d>(
        &self,
        find: impl Fn(&str) -> Option<&'d crate::model::DoorVpn>,
    ) -> Message {
        let vpn = |id: &str| vpn_name(&find, id);
        match self {
            Subject::Design => msg!(SubjectDesign),
            Subject::Soracom => msg!(SubjectSoracom),
            Subject::Vnet => msg!(SubjectVnet),
            Subject::Gateway => msg!(SubjectGateway),
            Subject::Vpn(id) => Message::new(crate::text::T::Raw).arg("text", vpn(id)),
            Subject::Tunnel(id, tunnel) => msg!(TunnelName, vpn = vpn(id), n = tunnel + 1),
            Subject::Link(id, tunnel) => msg!(LinkName, vpn = vpn(id), n = tunnel + 1),
        }
    }
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Subject::Design => f.write_str("design"),
            Subject::Soracom => f.write_str("soracom"),
            Subject::Vnet => f.write_str("vnet"),
            Subject::Gateway => f.write_str("gateway"),
            Subject::Vpn(id) => f.write_str(id),
            Subject::Tunnel(id, tunnel) => write!(f, "{id}:{tunnel}"),
            Subject::Link(id, tunnel) => write!(f, "link:{id}:{tunnel}"),
        }
    }
}

/// Why an id string is not a subject or fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIdError(pub String);

impl fmt::Display for ParseIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} is not a doorplan id", self.0)
    }
}

impl std::error::Error for ParseIdError {}

/// `door-1:0` → (`door-1`, 0); Door VPN ids never contain `:` (checked when a design is read).
fn vpn_and_tunnel(text: &str) -> Option<(String, u8)> {
    let (vpn, tunnel) = text.rsplit_once(':')?;
    let tunnel = match tunnel {
        "0" => 0,
        "1" => 1,
        _ => return None,
    };
    (!vpn.is_empty() && !vpn.contains(':')).then(|| (vpn.to_string(), tunnel))
}

impl FromStr for Subject {
    type Err = ParseIdError;

    fn from_str(text: &str) -> Result<Subject, ParseIdError> {
        let error = || ParseIdError(text.to_string());
        Ok(match text {
            "" => return Err(error()),
            "design" => Subject::Design,
            "soracom" | "vpg" => Subject::Soracom,
            "vnet" => Subject::Vnet,
            "gateway" => Subject::Gateway,
            _ => {
                if let Some(rest) = text.strip_prefix("link:") {
                    let (vpn, tunnel) = vpn_and_tunnel(rest).ok_or_else(error)?;
                    Subject::Link(vpn, tunnel)
                } else if text.contains(':') {
                    let (vpn, tunnel) = vpn_and_tunnel(text).ok_or_else(error)?;
                    Subject::Tunnel(vpn, tunnel)
                } else {
                    Subject::Vpn(text.to_string())
                }
            }
        })
    }
}

/// One single failure the report simulates (contract §2).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FaultId {
    /// Planned maintenance or loss of one Azure gateway instance: `azure-instance-0`.
    AzureInstance(u8),
    /// A whole Door VPN connection: `door-vpn:door-1`.
    DoorVpn(String),
    /// One AWS tunnel endpoint: `aws-endpoint:door-1:0`.
    AwsEndpoint(String, u8),
}

impl FaultId {
    /// What failed, in words: `Azure instance 0`, `Door VPN 1`, `Door VPN 1, tunnel 1`; an
    /// active-standby gateway's instances are `Azure instance 0 (active)` and `… 1 (standby)`.
    pub fn label(&self, design: &Design) -> Message {
        self.label_by(&design.azure.gateway, |id| design.vpn(id))
    }

    /// [`FaultId::label`] with the Door VPN found by `find` (an index, when labelling many).
    pub fn label_by<'d>(
        &self,
        gateway: &crate::model::Gateway,
        find: impl Fn(&str) -> Option<&'d crate::model::DoorVpn>,
    ) -> Message {
        let vpn = |id: &str| vpn_name(&find, id);
        match self {
            FaultId::AzureInstance(0) if !gateway.active_active => msg!(FaultInstanceActive),
            FaultId::AzureInstance(1) if !gateway.active_active => msg!(FaultInstanceStandby),
            FaultId::AzureInstance(instance) => msg!(FaultInstance, n = *instance),
            FaultId::DoorVpn(id) => msg!(FaultDoorVpn, vpn = vpn(id)),
            FaultId::AwsEndpoint(id, tunnel) => msg!(FaultEndpoint, vpn = vpn(id), n = tunnel + 1),
        }
    }
}

/// A Door VPN's name as people read it (its label), or its id when the design has none.
fn vpn_name<'d>(find: &impl Fn(&str) -> Option<&'d crate::model::DoorVpn>, id: &str) -> String {
    find(id).map_or(id.to_string(), |vpn| vpn.label().to_string())
}

impl fmt::Display for FaultId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FaultId::AzureInstance(instance) => write!(f, "azure-instance-{instance}"),
            FaultId::DoorVpn(id) => write!(f, "door-vpn:{id}"),
            FaultId::AwsEndpoint(id, tunnel) => write!(f, "aws-endpoint:{id}:{tunnel}"),
        }
    }
}

impl FromStr for FaultId {
    type Err = ParseIdError;

    fn from_str(text: &str) -> Result<FaultId, ParseIdError> {
        let error = || ParseIdError(text.to_string());
        if let Some(instance) = text.strip_prefix("azure-instance-") {
            return match instance {
                "0" => Ok(FaultId::AzureInstance(0)),
                "1" => Ok(FaultId::AzureInstance(1)),
                _ => Err(error()),
            };
        }
        if let Some(id) = text.strip_prefix("door-vpn:") {
            return (!id.is_empty() && !id.contains(':'))
                .then(|| FaultId::DoorVpn(id.to_string()))
                .ok_or_else(error);
        }
        if let Some(rest) = text.strip_prefix("aws-endpoint:") {
            let (vpn, tunnel) = vpn_and_tunnel(rest).ok_or_else(error)?;
            return Ok(FaultId::AwsEndpoint(vpn, tunnel));
        }
        Err(error())
    }
}

macro_rules! string_serde {
    ($ty:ty) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}
string_serde!(Subject);
string_serde!(FaultId);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_active_standby_gateways_instances_are_named_by_their_role() {
        let p1 = crate::templates::template("p1")
            .and_then(|template| template.design().ok())
            .expect("the P1 template reads");
        let labels = |design: &Design, lang| -> Vec<String> {
            crate::check(design)
                .faults
                .iter()
                .filter(|fault| matches!(fault.fault, FaultId::AzureInstance(_)))
                .map(|fault| fault.fault.label(design).render(lang))
                .collect()
        };
        assert_eq!(
            labels(&p1, crate::Lang::En),
            ["Azure instance 0 (active)", "Azure instance 1 (standby)"]
        );
        assert_eq!(
            labels(&p1, crate::Lang::Ja),
            [
                "Azure インスタンス 0 (アクティブ)",
                "Azure インスタンス 1 (スタンバイ)"
            ]
        );
        let mut active_active = p1;
        active_active.azure.gateway.active_active = true;
        assert_eq!(
            labels(&active_active, crate::Lang::En),
            ["Azure instance 0", "Azure instance 1"]
        );
    }

    #[test]
    fn labels_through_the_index_are_the_labels_through_the_design() {
        let mut design = crate::templates::sample_design(4);
        design.door_vpns[1].name = "Tokyo".into();
        design.door_vpns[3].id = design.door_vpns[1].id.clone();
        design.door_vpns[3].name = "Osaka (a repeated id)".into();
        let index = crate::model::VpnIndex::new(&design);
        let report = crate::check(&design);
        assert!(!report.faults.is_empty());
        for fault in &report.faults {
            for lang in crate::Lang::ALL {
                assert_eq!(
                    fault
                        .fault
                        .label_by(&design.azure.gateway, |id| index.get(id))
                        .render(lang),
                    fault.fault.label(&design).render(lang)
                );
            }
        }
        let mut subjects = vec![Subject::Vpn("unknown".into())];
        for vpn in &design.door_vpns {
            subjects.push(Subject::Vpn(vpn.id.clone()));
            subjects.push(Subject::Tunnel(vpn.id.clone(), 1));
            subjects.push(Subject::Link(vpn.id.clone(), 0));
        }
        for subject in subjects {
            assert_eq!(
                subject.label_by(|id| index.get(id)).render(crate::Lang::Ja),
                subject.label(&design).render(crate::Lang::Ja)
            );
        }
        assert!(index
            .get(&design.door_vpns[1].id)
            .is_some_and(|vpn| vpn.name == "Tokyo"));
    }

    #[test]
    fn subjects_round_trip_through_their_string_form() {
        for text in [
            "design",
            "soracom",
            "vnet",
            "gateway",
            "door-1",
            "door-1:0",
            "link:door-1:1",
            "東京",
        ] {
            let subject: Subject = text.parse().unwrap();
            assert_eq!(subject.to_string(), text);
        }
        assert_eq!(
            "link:door-1:0".parse::<Subject>(),
            Ok(Subject::Link("door-1".into(), 0))
        );
        assert_eq!(
            "door-1:1".parse::<Subject>(),
            Ok(Subject::Tunnel("door-1".into(), 1))
        );
        for bad in ["", "door-1:2", "link:door-1", "a:b:0", "link::0"] {
            assert!(bad.parse::<Subject>().is_err(), "{bad}");
        }
    }

    #[test]
    fn faults_round_trip_through_their_string_form() {
        for text in [
            "azure-instance-0",
            "azure-instance-1",
            "door-vpn:door-1",
            "aws-endpoint:door-2:1",
        ] {
            let fault: FaultId = text.parse().unwrap();
            assert_eq!(fault.to_string(), text);
        }
        for bad in [
            "azure-instance-2",
            "door-vpn:",
            "aws-endpoint:door-1",
            "other",
        ] {
            assert!(bad.parse::<FaultId>().is_err(), "{bad}");
        }
    }
}
