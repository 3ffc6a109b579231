//! `bicep`: the same Azure resources as the Terraform export, with explicit API versions
//! (checked against Azure's own schema for Microsoft.Network 2023-11-01), and the
//! `.bicepparam` that holds its keys.

use std::fmt::Write as _;

use super::quote::{bicep as quote, comment};
use super::{ConnectionPlan, Plan, Value};
use crate::text::T;

/// The Microsoft.Network API version every resource uses.
pub const NETWORK_API: &str = "2023-11-01";

/// `'169.254.21.2'` or the parameter.
fn value(value: &Value<std::net::Ipv4Addr>) -> String {
    match value {
        Value::Known(ip) => format!("'{ip}'"),
        Value::Param(stem) => stem.clone(),
    }
}

fn param(
    out: &mut String,
    name: &str,
    description: &str,
    kind: &str,
    default: Option<&str>,
    secure: bool,
) {
    out.push('\n');
    if secure {
        out.push_str("@secure()\n");
    }
    let _ = writeln!(out, "@description({})", quote(description));
    match default {
        Some(default) => {
            let _ = writeln!(out, "param {name} {kind} = {default}");
        }
        None => {
            let _ = writeln!(out, "param {name} {kind}");
        }
    }
}

pub(super) fn write(plan: &Plan) -> String {
    let design = plan.design;
    let gateway = &design.azure.gateway;
    let vnet = &design.azure.vnet;
    let mut out = String::new();

    let _ = writeln!(out, "// {}", comment(&design.title));
    let _ = writeln!(
        out,
        "// {}",
        plan.text(msg!(ExHeader, version = env!("CARGO_PKG_VERSION")))
    );
    let _ = writeln!(
        out,
        "// {}",
        plan.text(msg!(
            ExDeploy,
            template = super::Format::Bicep.file_name(),
            params = super::Format::BicepParams.file_name()
        ))
    );
    let _ = writeln!(out, "// {}\n", plan.t(T::ExBicepKeysNote));
    out.push_str("param location string = resourceGroup().location\n");
    param(
        &mut out,
        "createVnet",
        &plan.text(msg!(ExCreateVnetBicep, note = T::ExVnetNote)),
        "bool",
        Some("true"),
        false,
    );
    if plan.zonal() {
        param(
            &mut out,
            "publicIpZones",
            plan.t(T::ExZonesNote),
            "array",
            Some("[\n  '1'\n  '2'\n  '3'\n]"),
            false,
        );
    }
    for connection in &plan.connections {
        let stem = &connection.ident;
        let name = connection.title(plan.lang);
        let default = connection.outside_ip.map(|ip| format!("'{ip}'"));
        param(
            &mut out,
            &format!("{stem}_outside_ip"),
            &plan.text(msg!(ExOutsideIp, tunnel = name.as_str())),
            "string",
            default.as_deref(),
            false,
        );
        param(
            &mut out,
            &format!("{stem}_psk"),
            &plan.text(msg!(ExPskBicep, tunnel = name.as_str())),
            "string",
            None,
            true,
        );
    }
    for (stem, what) in plan.placeholders() {
        let kind = if stem.ends_with("_apipa") {
            "array"
        } else {
            "string"
        };
        param(
            &mut out,
            &stem,
            &plan.text(msg!(ExNotChosenParam, what = what)),
            kind,
            None,
            false,
        );
    }
    if plan.needs_vpg_ip_range() {
        param(
            &mut out,
            "vpg_ip_range",
            plan.t(T::ExVpgRange),
            "string",
            None,
            false,
        );
    }
    let subnet = match vnet.gateway_subnet {
        Some(subnet) => format!("'{subnet}'"),
        None => {
            param(
                &mut out,
                "gateway_subnet_prefix",
                plan.t(T::ExGatewaySubnet),
                "string",
                None,
                false,
            );
            "gateway_subnet_prefix".to_string()
        }
    };
    let _ = writeln!(out, "\nvar vnetName = {}", quote(&vnet.name));
    let _ = writeln!(out, "var gatewayName = {}", quote(&gateway.name));
    out.push_str("var gatewaySubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', vnetName, 'GatewaySubnet')\n");

    let _ = writeln!(out, "\n// {}", plan.t(T::ExVnetOnlyIfCreate));
    let _ = writeln!(
        out,
        "resource vnet 'Microsoft.Network/virtualNetworks@{NETWORK_API}' = if (createVnet) {{"
    );
    out.push_str("  name: vnetName\n  location: location\n  properties: {\n    addressSpace: {\n      addressPrefixes: [\n");
    for prefix in &vnet.address_space {
        let _ = writeln!(out, "        '{prefix}'");
    }
    out.push_str("      ]\n    }\n    subnets: [\n      {\n        name: 'GatewaySubnet'\n        properties: {\n");
    let _ = writeln!(out, "          addressPrefix: {subnet}");
    out.push_str("        }\n      }\n    ]\n  }\n}\n");

    for instance in 0..plan.instances() {
        let _ = writeln!(
            out,
            "\n// {}",
            plan.text(msg!(
                ExPublicIpOf,
                instance = instance,
                users = plan.instance_users(instance)
            ))
        );
        let _ = writeln!(
            out,
            "resource publicIp{instance} 'Microsoft.Network/publicIPAddresses@{NETWORK_API}' = {{"
        );
        let _ = writeln!(out, "  name: {}", quote(&plan.public_ip_name(instance)));
        out.push_str("  location: location\n  sku: {\n    name: 'Standard'\n  }\n");
        if plan.zonal() {
            out.push_str("  zones: publicIpZones\n");
        }
        out.push_str("  properties: {\n    publicIPAllocationMethod: 'Static'\n  }\n}\n");
    }

    let _ = writeln!(
        out,
        "\nresource gateway 'Microsoft.Network/virtualNetworkGateways@{NETWORK_API}' = {{"
    );
    out.push_str("  name: gatewayName\n  location: location\n  dependsOn: [\n    vnet\n  ]\n  properties: {\n    gatewayType: 'Vpn'\n");
    let _ = writeln!(out, "    vpnType: '{}'", plan.vpn_type());
    let _ = writeln!(
        out,
        "    vpnGatewayGeneration: '{}'",
        plan.generation.name()
    );
    let _ = writeln!(
        out,
        "    sku: {{\n      name: '{0}'\n      tier: '{0}'\n    }}",
        gateway.sku.name()
    );
    let _ = writeln!(out, "    activeActive: {}", gateway.active_active);
    let _ = writeln!(out, "    enableBgp: {}", gateway.bgp);
    out.push_str("    ipConfigurations: [\n");
    for instance in 0..plan.instances() {
        let _ = writeln!(
            out,
            "      {{\n        name: '{}'",
            Plan::ip_configuration_name(instance)
        );
        out.push_str("        properties: {\n          privateIPAllocationMethod: 'Dynamic'\n          subnet: {\n            id: gatewaySubnetId\n          }\n          publicIPAddress: {\n");
        let _ = writeln!(
            out,
            "            id: publicIp{instance}.id\n          }}\n        }}\n      }}"
        );
    }
    out.push_str("    ]\n");
    if gateway.bgp {
        let _ = writeln!(out, "    bgpSettings: {{\n      asn: {}", gateway.asn);
        out.push_str("      bgpPeeringAddresses: [\n");
        for (instance, apipa) in plan.apipa.iter().enumerate() {
            let Some(apipa) = apipa else { continue };
            let _ = writeln!(
                out,
                "        {{\n          ipconfigurationId: '${{resourceId('Microsoft.Network/virtualNetworkGateways', gatewayName)}}/ipConfigurations/{}'",
                Plan::ip_configuration_name(instance as u8)
            );
            match apipa {
                Value::Known(addresses) => {
                    out.push_str("          customBgpIpAddresses: [\n");
                    for address in addresses {
                        let _ = writeln!(out, "            '{address}'");
                    }
                    out.push_str("          ]\n");
                }
                Value::Param(stem) => {
                    let _ = writeln!(out, "          customBgpIpAddresses: {stem}");
                }
            }
            out.push_str("        }\n");
        }
        out.push_str("      ]\n    }\n");
    }
    out.push_str("  }\n}\n");

    for connection in &plan.connections {
        write_connection(&mut out, plan, connection);
    }

    for instance in 0..plan.instances() {
        let _ = writeln!(
            out,
            "\n@description({})",
            quote(&plan.text(msg!(
                ExCustomerIp,
                instance = instance,
                users = plan.instance_users(instance)
            )))
        );
        let _ = writeln!(
            out,
            "output gatewayPublicIp{instance} string = publicIp{instance}.properties.ipAddress"
        );
    }
    out
}

fn write_connection(out: &mut String, plan: &Plan, connection: &ConnectionPlan) {
    let stem = &connection.ident;
    let _ = writeln!(
        out,
        "\n// {}",
        super::az_cli::connection_comment(plan, connection)
    );
    let _ = writeln!(
        out,
        "resource lng_{stem} 'Microsoft.Network/localNetworkGateways@{NETWORK_API}' = {{"
    );
    let _ = writeln!(out, "  name: 'lng-{}'", connection.slug);
    out.push_str("  location: location\n  properties: {\n");
    let _ = writeln!(out, "    gatewayIpAddress: {stem}_outside_ip");
    out.push_str("    localNetworkAddressSpace: {\n      addressPrefixes: [\n");
    if let Some((range, device_subnet)) = &connection.static_prefixes {
        let range = range
            .as_ref()
            .map(|range| format!("'{range}'"))
            .unwrap_or_else(|| "vpg_ip_range".to_string());
        let _ = writeln!(out, "        {range}\n        '{device_subnet}'");
    }
    out.push_str("      ]\n    }\n");
    if connection.bgp {
        let _ = writeln!(
            out,
            "    bgpSettings: {{\n      asn: {}\n      bgpPeeringAddress: {}\n    }}",
            connection.amazon_asn,
            value(&connection.aws_bgp_ip)
        );
    }
    out.push_str("  }\n}\n");

    let _ = writeln!(
        out,
        "\nresource cn_{stem} 'Microsoft.Network/connections@{NETWORK_API}' = {{"
    );
    let _ = writeln!(out, "  name: 'cn-{}'", connection.slug);
    out.push_str("  location: location\n  properties: {\n    connectionType: 'IPsec'\n    connectionProtocol: 'IKEv2'\n    virtualNetworkGateway1: {\n      id: gateway.id\n      properties: {}\n    }\n    localNetworkGateway2: {\n");
    let _ = writeln!(
        out,
        "      id: lng_{stem}.id\n      properties: {{}}\n    }}"
    );
    let _ = writeln!(out, "    sharedKey: {stem}_psk");
    let _ = writeln!(out, "    enableBgp: {}", connection.bgp);
    let _ = writeln!(
        out,
        "    connectionMode: '{}'",
        connection.connection_mode.name()
    );
    out.push_str("    usePolicyBasedTrafficSelectors: false\n    dpdTimeoutSeconds: 45\n");
    if !connection.custom_bgp.is_empty() {
        let _ = writeln!(out, "    // {}", plan.t(T::ExPeersFromFirst));
        out.push_str("    gatewayCustomBgpIpAddresses: [\n");
        for (instance, address) in &connection.custom_bgp {
            let _ = writeln!(
                out,
                "      {{\n        ipConfigurationId: '${{gateway.id}}/ipConfigurations/{}'\n        customBgpIpAddress: {}\n      }}",
                Plan::ip_configuration_name(*instance),
                value(address)
            );
        }
        out.push_str("    ]\n");
    }
    out.push_str("  }\n}\n");
}

/// The `.bicepparam` file: the keys the design knows, and every value still to fill, commented.
pub(super) fn write_params(plan: &Plan, bicep_file: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// {}",
        plan.text(msg!(
            ExValuesFor,
            file = comment(bicep_file).as_ref(),
            title = comment(&plan.design.title).as_ref(),
            version = env!("CARGO_PKG_VERSION")
        ))
    );
    let _ = writeln!(out, "// {}", plan.t(T::ExHoldsKeys));
    let _ = writeln!(out, "using {}\n", quote(&format!("./{bicep_file}")));
    let mut missing = Vec::new();
    for connection in &plan.connections {
        let name = format!("{}_psk", connection.ident);
        match &connection.psk {
            Some(key) => {
                let _ = writeln!(out, "param {name} = {}", quote(key));
            }
            None => missing.push((
                name,
                plan.text(msg!(ExPskMissing, tunnel = connection.title(plan.lang))),
            )),
        }
        if connection.outside_ip.is_none() {
            missing.push((
                format!("{}_outside_ip", connection.ident),
                plan.text(msg!(ExOutsideIp, tunnel = connection.title(plan.lang))),
            ));
        }
    }
    missing.extend(plan.placeholders());
    if plan.needs_vpg_ip_range() {
        missing.push(("vpg_ip_range".into(), plan.t(T::ExVpgRange).into()));
    }
    if plan.design.azure.vnet.gateway_subnet.is_none() {
        missing.push((
            "gateway_subnet_prefix".into(),
            plan.t(T::ExGatewaySubnet).into(),
        ));
    }
    if !missing.is_empty() {
        let _ = writeln!(out, "\n// {}", plan.t(T::ExStillToFill));
        for (name, what) in missing {
            let empty = if name.ends_with("_apipa") { "[]" } else { "''" };
            let _ = writeln!(out, "// param {name} = {empty}  // {}", comment(&what));
        }
    }
    out
}
