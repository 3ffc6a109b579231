//! `az-cli`: a bash script of Azure CLI commands that builds the Azure side of the design.
//!
//! Traps it avoids (shared/domain.md): `vnet-gateway create` defaults to `--sku Basic`, so the
//! SKU is always explicit; two `--public-ip-addresses` make the gateway active-active; custom
//! APIPA addresses, a connection's custom BGP addresses and its IKE version have no dedicated
//! flag, so they go through the generic `update --set`.

use std::fmt::Write as _;

use super::quote::{comment, shell};
use super::{ConnectionPlan, Plan, Value};
use crate::names::shell_name;
use crate::text::T;

/// `Door VPN 1 tunnel 1 -> instance 0, inside 169.254.21.0/30`.
pub(super) fn connection_comment(plan: &Plan, connection: &ConnectionPlan) -> String {
    let inside = connection
        .inside_cidr
        .as_ref()
        .map(|cidr| plan.text(msg!(ExInside, cidr = cidr.as_str())))
        .unwrap_or_default();
    plan.text(msg!(
        ExConnection,
        tunnel = connection.title(plan.lang),
        instance = connection.instance,
        inside = inside
    ))
}

/// Marks a value the design does not know yet; the script refuses to run while one is left.
const PLACEHOLDER: &str = "__SET_ME__";

/// `"$NAME"` for a placeholder stem.
fn var(stem: &str) -> String {
    format!("\"${}\"", shell_name(stem))
}

/// A value in a command: the literal, or its variable.
fn value(value: &Value<std::net::Ipv4Addr>) -> String {
    match value {
        Value::Known(ip) => ip.to_string(),
        Value::Param(stem) => var(stem),
    }
}

/// A value inside a single-quoted JSON text: the literal, or the variable spliced in.
fn json_value(value: &Value<std::net::Ipv4Addr>) -> String {
    match value {
        Value::Known(ip) => ip.to_string(),
        Value::Param(stem) => format!("'\"${}\"'", shell_name(stem)),
    }
}

pub(super) fn write(plan: &Plan) -> String {
    let design = plan.design;
    let gateway = &design.azure.gateway;
    let vnet = &design.azure.vnet;
    let mut out = String::new();
    let mut required: Vec<String> = Vec::new();

    let _ = writeln!(out, "#!/usr/bin/env bash");
    let _ = writeln!(out, "# {}", comment(&design.title));
    let _ = writeln!(
        out,
        "# {}",
        plan.text(msg!(ExHeader, version = env!("CARGO_PKG_VERSION")))
    );
    let _ = writeln!(out, "# {}", plan.t(T::ExGatewayTime));
    let _ = writeln!(out, "set -euo pipefail\n");

    let _ = writeln!(out, "# {}", plan.t(T::ExWhere));
    let _ = writeln!(out, "RESOURCE_GROUP=\"${{RESOURCE_GROUP:-rg-door}}\"");
    let _ = writeln!(out, "LOCATION=\"${{LOCATION:-japaneast}}\"");
    let _ = writeln!(
        out,
        "CREATE_VNET=\"${{CREATE_VNET:-true}}\"  # {}",
        plan.t(T::ExVnetNote)
    );
    let _ = writeln!(out, "VNET_NAME={}", shell(&vnet.name));
    let _ = writeln!(out, "GATEWAY_NAME={}", shell(&gateway.name));
    if plan.zonal() {
        let _ = writeln!(out, "# {}", plan.t(T::ExZonesNote));
        let _ = writeln!(out, "PUBLIC_IP_ZONES=\"${{PUBLIC_IP_ZONES-1 2 3}}\"");
    }
    let _ = writeln!(out);

    let _ = writeln!(out, "# {}", plan.t(T::ExFromSoracom));
    let _ = writeln!(out, "# {}", plan.t(T::ExKeysEnv));
    for connection in &plan.connections {
        let ip_var = format!("{}_OUTSIDE_IP", connection.env);
        let psk_var = format!("{}_PSK", connection.env);
        let ip = connection
            .outside_ip
            .map(|ip| ip.to_string())
            .unwrap_or_else(|| format!("{PLACEHOLDER}{ip_var}"));
        let psk = connection
            .psk
            .clone()
            .unwrap_or_else(|| format!("{PLACEHOLDER}{psk_var}"));
        // `NAME=${NAME:-'value'}`: an assignment is not split, and the single quotes keep
        // any character of the design's value literal.
        let _ = writeln!(out, "{ip_var}=${{{ip_var}:-{}}}", shell(&ip));
        let _ = writeln!(out, "{psk_var}=${{{psk_var}:-{}}}", shell(&psk));
        required.push(ip_var);
        required.push(psk_var);
    }
    let placeholders = plan.placeholders();
    if !placeholders.is_empty() {
        let _ = writeln!(out, "\n# {}", plan.t(T::ExNotChosen));
        for (stem, what) in &placeholders {
            let name = shell_name(stem);
            let _ = writeln!(
                out,
                "{name}=\"${{{name}:-{PLACEHOLDER}{name}}}\"  # {}",
                comment(what)
            );
            required.push(name);
        }
    }
    if plan.needs_vpg_ip_range() {
        let _ = writeln!(
            out,
            "VPG_IP_RANGE=\"${{VPG_IP_RANGE:-{PLACEHOLDER}VPG_IP_RANGE}}\"  # {}",
            plan.t(T::ExVpgRange)
        );
        required.push("VPG_IP_RANGE".to_string());
    }
    let gateway_subnet = match vnet.gateway_subnet {
        Some(subnet) => subnet.to_string(),
        None => {
            let _ = writeln!(out, "GATEWAY_SUBNET_PREFIX=\"${{GATEWAY_SUBNET_PREFIX:-{PLACEHOLDER}GATEWAY_SUBNET_PREFIX}}\"  # {}", plan.t(T::ExGatewaySubnet));
            required.push("GATEWAY_SUBNET_PREFIX".to_string());
            "\"$GATEWAY_SUBNET_PREFIX\"".to_string()
        }
    };
    let _ = writeln!(out);
    let _ = writeln!(out, "missing=()");
    let _ = writeln!(out, "for name in {}; do", required.join(" "));
    let _ = writeln!(
        out,
        "  case \"${{!name}}\" in {PLACEHOLDER}*) missing+=(\"$name\") ;; esac"
    );
    let _ = writeln!(out, "done");
    let _ = writeln!(out, "if [ \"${{#missing[@]}}\" -gt 0 ]; then");
    let _ = writeln!(
        out,
        "  echo {}\"${{missing[*]}}\" >&2",
        shell(&format!("doorplan: {} ", plan.t(T::ExSetFirst)))
    );
    let _ = writeln!(out, "  exit 1");
    let _ = writeln!(out, "fi\n");

    let _ = writeln!(
        out,
        "az group create --name \"$RESOURCE_GROUP\" --location \"$LOCATION\" --output none\n"
    );
    let _ = writeln!(out, "if [ \"$CREATE_VNET\" = true ]; then");
    let _ = writeln!(
        out,
        "  az network vnet create --resource-group \"$RESOURCE_GROUP\" --location \"$LOCATION\" --name \"$VNET_NAME\" --address-prefixes {} --output none",
        vnet.address_space.iter().map(|cidr| cidr.to_string()).collect::<Vec<_>>().join(" ")
    );
    let _ = writeln!(
        out,
        "  az network vnet subnet create --resource-group \"$RESOURCE_GROUP\" --vnet-name \"$VNET_NAME\" --name GatewaySubnet --address-prefixes {gateway_subnet} --output none"
    );
    let _ = writeln!(out, "fi\n");

    // Unquoted on purpose: an empty list adds no flag, "1 2 3" becomes three zone arguments.
    let zones = if plan.zonal() {
        " ${PUBLIC_IP_ZONES:+--zone $PUBLIC_IP_ZONES}"
    } else {
        ""
    };
    let mut public_ip_names = Vec::new();
    for instance in 0..plan.instances() {
        let name = plan.public_ip_name(instance);
        let _ = writeln!(
            out,
            "# {}",
            plan.text(msg!(
                ExPublicIpOf,
                instance = instance,
                users = plan.instance_users(instance)
            ))
        );
        let _ = writeln!(
            out,
            "az network public-ip create --resource-group \"$RESOURCE_GROUP\" --location \"$LOCATION\" --name {} --sku Standard --allocation-method Static --version IPv4{zones} --output none",
            shell(&name)
        );
        public_ip_names.push(shell(&name));
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "# {}",
        plan.t(if gateway.active_active {
            T::ExGatewayCommentAa
        } else {
            T::ExGatewayComment
        })
    );
    let bgp_flags = if gateway.bgp {
        format!(" --asn {}", gateway.asn)
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "az network vnet-gateway create --resource-group \"$RESOURCE_GROUP\" --location \"$LOCATION\" --name \"$GATEWAY_NAME\" --vnet \"$VNET_NAME\" --public-ip-addresses {} --gateway-type Vpn --vpn-type {} --sku {} --vpn-gateway-generation {}{bgp_flags} --output none",
        public_ip_names.join(" "),
        plan.vpn_type(),
        gateway.sku.name(),
        plan.generation.name()
    );
    for (instance, apipa) in plan.apipa.iter().enumerate() {
        let list = match apipa {
            None => continue,
            Some(Value::Known(addresses)) => {
                let list = addresses
                    .iter()
                    .map(|ip| format!("\"{ip}\""))
                    .collect::<Vec<_>>()
                    .join(",");
                format!(
                    "'bgpSettings.bgpPeeringAddresses[{instance}].customBgpIpAddresses=[{list}]'"
                )
            }
            Some(Value::Param(stem)) => {
                format!(
                    "\"bgpSettings.bgpPeeringAddresses[{instance}].customBgpIpAddresses=${}\"",
                    shell_name(stem)
                )
            }
        };
        let _ = writeln!(
            out,
            "# {}",
            plan.text(msg!(ExApipaSet, instance = instance))
        );
        let _ = writeln!(out, "az network vnet-gateway update --resource-group \"$RESOURCE_GROUP\" --name \"$GATEWAY_NAME\" --set {list} --output none");
    }
    let mut configurations: Vec<u8> = plan
        .connections
        .iter()
        .flat_map(|connection| connection.custom_bgp.iter().map(|(instance, _)| *instance))
        .collect();
    crate::order::sort(&mut configurations);
    configurations.dedup();
    for instance in configurations {
        let _ = writeln!(
            out,
            "IP_CONFIGURATION_{instance}=$(az network vnet-gateway show --resource-group \"$RESOURCE_GROUP\" --name \"$GATEWAY_NAME\" --query 'ipConfigurations[{instance}].id' --output tsv)"
        );
    }
    let _ = writeln!(out);

    for connection in &plan.connections {
        write_connection(&mut out, plan, connection);
    }

    let _ = writeln!(out, "# {}", plan.t(T::ExGiveToSoracom));
    for (instance, name) in (0..plan.instances()).zip(&public_ip_names) {
        let label = plan.text(msg!(
            ExInstanceLabel,
            instance = instance,
            users = plan.instance_users(instance)
        ));
        let _ = writeln!(
            out,
            "echo {}\"$(az network public-ip show --resource-group \"$RESOURCE_GROUP\" --name {name} --query ipAddress --output tsv)\"",
            shell(&label)
        );
    }
    out
}

fn write_connection(out: &mut String, plan: &Plan, connection: &ConnectionPlan) {
    let lng = format!("lng-{}", connection.slug);
    let name = format!("cn-{}", connection.slug);
    let _ = writeln!(out, "# {}", connection_comment(plan, connection));
    let mut local = format!(
        "az network local-gateway create --resource-group \"$RESOURCE_GROUP\" --location \"$LOCATION\" --name {} --gateway-ip-address \"${}_OUTSIDE_IP\"",
        shell(&lng),
        connection.env
    );
    if connection.bgp {
        let _ = write!(
            local,
            " --asn {} --bgp-peering-address {}",
            connection.amazon_asn,
            value(&connection.aws_bgp_ip)
        );
    }
    if let Some((vpg_range, device_subnet)) = &connection.static_prefixes {
        let range = vpg_range
            .clone()
            .unwrap_or_else(|| "\"$VPG_IP_RANGE\"".to_string());
        let _ = write!(local, " --local-address-prefixes {range} {device_subnet}");
    }
    let _ = writeln!(out, "{local} --output none");
    let mut create = format!(
        "az network vpn-connection create --resource-group \"$RESOURCE_GROUP\" --location \"$LOCATION\" --name {} --vnet-gateway1 \"$GATEWAY_NAME\" --local-gateway2 {} --shared-key \"${}_PSK\"",
        shell(&name),
        shell(&lng),
        connection.env
    );
    if connection.bgp {
        create.push_str(" --enable-bgp");
    }
    let _ = writeln!(out, "{create} --output none");
    // IKEv2 explicitly (AWS accepts both; IKEv1 main-mode rekeys can drop tunnels), the
    // connection mode, and the custom BGP address per instance (without it every connection
    // peers from the first APIPA address).
    let mut sets = vec![
        "connectionProtocol=IKEv2".to_string(),
        format!("connectionMode={}", connection.connection_mode.name()),
    ];
    if !connection.custom_bgp.is_empty() {
        let entries: Vec<String> = connection
            .custom_bgp
            .iter()
            .map(|(instance, address)| {
                format!(
                    "{{\"ipConfigurationId\":\"'\"$IP_CONFIGURATION_{instance}\"'\",\"customBgpIpAddress\":\"{}\"}}",
                    json_value(address)
                )
            })
            .collect();
        sets.push(format!(
            "gatewayCustomBgpIpAddresses='[{}]'",
            entries.join(",")
        ));
    }
    let _ = writeln!(
        out,
        "az network vpn-connection update --resource-group \"$RESOURCE_GROUP\" --name {} --set {} --output none\n",
        shell(&name),
        sets.join(" ")
    );
}
