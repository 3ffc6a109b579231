//! `terraform`: azurerm (4.x) resources for the Azure side of the design, and the
//! `terraform.tfvars` that holds its keys.
//!
//! Resources and arguments follow the azurerm provider documentation for
//! `azurerm_virtual_network_gateway`, `azurerm_local_network_gateway` and
//! `azurerm_virtual_network_gateway_connection` (shared/domain.md); the tests check them
//! against the provider's schema.

use std::fmt::Write as _;

use super::quote::{comment, hcl};
use super::{ConnectionPlan, Plan, Value};
use crate::text::T;

/// `"169.254.21.2"` or `var.x`.
fn value(value: &Value<std::net::Ipv4Addr>) -> String {
    match value {
        Value::Known(ip) => format!("\"{ip}\""),
        Value::Param(stem) => format!("var.{stem}"),
    }
}

fn variable(
    out: &mut String,
    name: &str,
    description: &str,
    kind: &str,
    default: Option<&str>,
    sensitive: bool,
) {
    let _ = writeln!(out, "\nvariable \"{name}\" {{");
    let _ = writeln!(out, "  description = {}", hcl(description));
    let _ = writeln!(out, "  type        = {kind}");
    if sensitive {
        let _ = writeln!(out, "  sensitive   = true");
    }
    if let Some(default) = default {
        let _ = writeln!(out, "  default     = {default}");
    }
    let _ = writeln!(out, "}}");
}

/// The custom BGP addresses of a connection as azurerm's `primary` (instance 0) and
/// `secondary` (instance 1). azurerm requires `primary`: a connection that only names
/// instance 1 asks for an address of instance 0 too.
fn primary_secondary(
    connection: &ConnectionPlan,
) -> Option<(Value<std::net::Ipv4Addr>, Option<Value<std::net::Ipv4Addr>>)> {
    let of = |instance: u8| {
        connection
            .custom_bgp
            .iter()
            .find(|(i, _)| *i == instance)
            .map(|(_, v)| v.clone())
    };
    match (of(0), of(1)) {
        (None, None) => None,
        (Some(primary), secondary) => Some((primary, secondary)),
        (None, Some(secondary)) => {
            Some((Value::Param("instance_0_bgp_ip".into()), Some(secondary)))
        }
    }
}

pub(super) fn write(plan: &Plan) -> String {
    let design = plan.design;
    let gateway = &design.azure.gateway;
    let vnet = &design.azure.vnet;
    let mut out = String::new();

    let _ = writeln!(out, "# {}", comment(&design.title));
    let _ = writeln!(
        out,
        "# {}",
        plan.text(msg!(ExHeader, version = env!("CARGO_PKG_VERSION")))
    );
    let _ = writeln!(out, "# {}", plan.t(T::ExTfKeysNote));
    out.push_str(
        r#"
terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = ">= 4.0"
    }
  }
}

provider "azurerm" {
  features {}
}
"#,
    );
    variable(
        &mut out,
        "resource_group_name",
        plan.t(T::ExResourceGroup),
        "string",
        Some("\"rg-door\""),
        false,
    );
    variable(
        &mut out,
        "location",
        plan.t(T::ExRegion),
        "string",
        Some("\"japaneast\""),
        false,
    );
    variable(
        &mut out,
        "create_vnet",
        &plan.text(msg!(ExCreateVnetTf, note = T::ExVnetNote)),
        "bool",
        Some("true"),
        false,
    );
    if plan.zonal() {
        variable(
            &mut out,
            "public_ip_zones",
            plan.t(T::ExZonesNote),
            "list(string)",
            Some("[\"1\", \"2\", \"3\"]"),
            false,
        );
    }
    for connection in &plan.connections {
        let ident = &connection.ident;
        let name = connection.title(plan.lang);
        let default = connection.outside_ip.map(|ip| format!("\"{ip}\""));
        variable(
            &mut out,
            &format!("{ident}_outside_ip"),
            &plan.text(msg!(ExOutsideIp, tunnel = name.as_str())),
            "string",
            default.as_deref(),
            false,
        );
        variable(
            &mut out,
            &format!("{ident}_psk"),
            &plan.text(msg!(ExPskTf, tunnel = name.as_str())),
            "string",
            None,
            true,
        );
    }
    for (stem, what) in placeholders(plan) {
        let kind = if stem.ends_with("_apipa") {
            "list(string)"
        } else {
            "string"
        };
        variable(
            &mut out,
            &stem,
            &plan.text(msg!(ExNotChosenParam, what = what)),
            kind,
            None,
            false,
        );
    }
    if plan.needs_vpg_ip_range() {
        variable(
            &mut out,
            "vpg_ip_range",
            plan.t(T::ExVpgRange),
            "string",
            None,
            false,
        );
    }
    let subnet = match vnet.gateway_subnet {
        Some(subnet) => format!("\"{subnet}\""),
        None => {
            variable(
                &mut out,
                "gateway_subnet_prefix",
                plan.t(T::ExGatewaySubnet),
                "string",
                None,
                false,
            );
            "var.gateway_subnet_prefix".to_string()
        }
    };

    let _ = writeln!(
        out,
        r#"
resource "azurerm_resource_group" "door" {{
  count    = var.create_vnet ? 1 : 0
  name     = var.resource_group_name
  location = var.location
}}

data "azurerm_resource_group" "door" {{
  count = var.create_vnet ? 0 : 1
  name  = var.resource_group_name
}}

resource "azurerm_virtual_network" "hub" {{
  count               = var.create_vnet ? 1 : 0
  name                = {vnet_name}
  location            = var.location
  resource_group_name = local.resource_group_name
  address_space       = [{space}]
}}

resource "azurerm_subnet" "gateway" {{
  count                = var.create_vnet ? 1 : 0
  name                 = "GatewaySubnet"
  resource_group_name  = local.resource_group_name
  virtual_network_name = azurerm_virtual_network.hub[0].name
  address_prefixes     = [{subnet}]
}}

data "azurerm_subnet" "gateway" {{
  count                = var.create_vnet ? 0 : 1
  name                 = "GatewaySubnet"
  resource_group_name  = var.resource_group_name
  virtual_network_name = {vnet_name}
}}

locals {{
  resource_group_name = var.create_vnet ? azurerm_resource_group.door[0].name : data.azurerm_resource_group.door[0].name
  gateway_subnet_id   = var.create_vnet ? azurerm_subnet.gateway[0].id : data.azurerm_subnet.gateway[0].id
}}"#,
        vnet_name = hcl(&vnet.name),
        space = vnet
            .address_space
            .iter()
            .map(|cidr| format!("\"{cidr}\""))
            .collect::<Vec<_>>()
            .join(", "),
    );

    for instance in 0..plan.instances() {
        let _ = writeln!(
            out,
            "\n# {}",
            plan.text(msg!(
                ExPublicIpOf,
                instance = instance,
                users = plan.instance_users(instance)
            ))
        );
        let _ = writeln!(
            out,
            "resource \"azurerm_public_ip\" \"gateway_{instance}\" {{"
        );
        let _ = writeln!(
            out,
            "  name                = {}",
            hcl(&plan.public_ip_name(instance))
        );
        out.push_str("  location            = var.location\n  resource_group_name = local.resource_group_name\n  allocation_method   = \"Static\"\n  sku                 = \"Standard\"\n");
        if plan.zonal() {
            out.push_str("  zones               = var.public_ip_zones\n");
        }
        let _ = writeln!(out, "}}");
    }

    let _ = writeln!(
        out,
        "\nresource \"azurerm_virtual_network_gateway\" \"door\" {{"
    );
    let _ = writeln!(out, "  name                = {}", hcl(&gateway.name));
    out.push_str("  location            = var.location\n  resource_group_name = local.resource_group_name\n  type                = \"Vpn\"\n");
    let _ = writeln!(out, "  vpn_type            = \"{}\"", plan.vpn_type());
    let _ = writeln!(out, "  sku                 = \"{}\"", gateway.sku.name());
    let _ = writeln!(
        out,
        "  generation          = \"{}\"",
        plan.generation.name()
    );
    let _ = writeln!(out, "  active_active       = {}", gateway.active_active);
    let _ = writeln!(out, "  bgp_enabled         = {}", gateway.bgp);
    for instance in 0..plan.instances() {
        let _ = writeln!(out, "\n  ip_configuration {{");
        let _ = writeln!(
            out,
            "    name                          = \"{}\"",
            Plan::ip_configuration_name(instance)
        );
        let _ = writeln!(
            out,
            "    public_ip_address_id          = azurerm_public_ip.gateway_{instance}.id"
        );
        out.push_str("    private_ip_address_allocation = \"Dynamic\"\n    subnet_id                     = local.gateway_subnet_id\n  }\n");
    }
    if gateway.bgp {
        let _ = writeln!(out, "\n  bgp_settings {{");
        let _ = writeln!(out, "    asn = {}", gateway.asn);
        for (instance, apipa) in plan.apipa.iter().enumerate() {
            let list = match apipa {
                None => continue,
                Some(Value::Known(addresses)) => format!(
                    "[{}]",
                    addresses
                        .iter()
                        .map(|ip| format!("\"{ip}\""))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                Some(Value::Param(stem)) => format!("var.{stem}"),
            };
            let _ = writeln!(out, "\n    peering_addresses {{");
            let _ = writeln!(
                out,
                "      ip_configuration_name = \"{}\"",
                Plan::ip_configuration_name(instance as u8)
            );
            let _ = writeln!(out, "      apipa_addresses       = {list}");
            let _ = writeln!(out, "    }}");
        }
        let _ = writeln!(out, "  }}");
    }
    let _ = writeln!(out, "}}");

    for connection in &plan.connections {
        write_connection(&mut out, plan, connection);
    }

    for instance in 0..plan.instances() {
        let _ = writeln!(out, "\noutput \"gateway_public_ip_{instance}\" {{");
        let _ = writeln!(
            out,
            "  description = {}",
            hcl(&plan.text(msg!(
                ExCustomerIp,
                instance = instance,
                users = plan.instance_users(instance)
            )))
        );
        let _ = writeln!(
            out,
            "  value       = azurerm_public_ip.gateway_{instance}.ip_address"
        );
        let _ = writeln!(out, "}}");
    }
    out
}

/// The plan's placeholders plus azurerm's own (`primary` is required).
fn placeholders(plan: &Plan) -> Vec<(String, String)> {
    let mut all = plan.placeholders();
    if plan.connections.iter().any(|c| matches!(primary_secondary(c), Some((Value::Param(stem), _)) if stem == "instance_0_bgp_ip"))
        && !all.iter().any(|(stem, _)| stem == "instance_0_bgp_ip")
    {
        all.push(("instance_0_bgp_ip".into(), plan.t(T::ExPlaceholderPrimary).to_string()));
    }
    all
}

fn write_connection(out: &mut String, plan: &Plan, connection: &ConnectionPlan) {
    let ident = &connection.ident;
    let _ = writeln!(
        out,
        "\n# {}",
        super::az_cli::connection_comment(plan, connection)
    );
    let _ = writeln!(
        out,
        "resource \"azurerm_local_network_gateway\" \"{ident}\" {{"
    );
    let _ = writeln!(out, "  name                = \"lng-{}\"", connection.slug);
    out.push_str(
        "  location            = var.location\n  resource_group_name = local.resource_group_name\n",
    );
    let _ = writeln!(out, "  gateway_address     = var.{ident}_outside_ip");
    if let Some((range, device_subnet)) = &connection.static_prefixes {
        let range = range
            .as_ref()
            .map(|range| format!("\"{range}\""))
            .unwrap_or_else(|| "var.vpg_ip_range".to_string());
        let _ = writeln!(
            out,
            "  address_space       = [{range}, \"{device_subnet}\"]"
        );
    }
    if connection.bgp {
        let _ = writeln!(out, "\n  bgp_settings {{");
        let _ = writeln!(out, "    asn                 = {}", connection.amazon_asn);
        let _ = writeln!(
            out,
            "    bgp_peering_address = {}",
            value(&connection.aws_bgp_ip)
        );
        let _ = writeln!(out, "  }}");
    }
    let _ = writeln!(out, "}}");

    let _ = writeln!(
        out,
        "\nresource \"azurerm_virtual_network_gateway_connection\" \"{ident}\" {{"
    );
    let attributes = [
        ("name", format!("\"cn-{}\"", connection.slug)),
        ("location", "var.location".to_string()),
        (
            "resource_group_name",
            "local.resource_group_name".to_string(),
        ),
        ("type", "\"IPsec\"".to_string()),
        (
            "virtual_network_gateway_id",
            "azurerm_virtual_network_gateway.door.id".to_string(),
        ),
        (
            "local_network_gateway_id",
            format!("azurerm_local_network_gateway.{ident}.id"),
        ),
        ("shared_key", format!("var.{ident}_psk")),
        ("connection_protocol", "\"IKEv2\"".to_string()),
        ("bgp_enabled", connection.bgp.to_string()),
        (
            "connection_mode",
            format!("\"{}\"", connection.connection_mode.name()),
        ),
        ("use_policy_based_traffic_selectors", "false".to_string()),
        ("dpd_timeout_seconds", "45".to_string()),
    ];
    for (key, value) in attributes {
        let _ = writeln!(out, "  {key:<34} = {value}");
    }
    if let Some((primary, secondary)) = primary_secondary(connection) {
        let _ = writeln!(out, "\n  # {}", plan.t(T::ExPeersFromFirst));
        let _ = writeln!(out, "  custom_bgp_addresses {{");
        // `terraform fmt` aligns the `=` of adjacent attributes: padded only beside `secondary`.
        let pad = if secondary.is_some() { "  " } else { "" };
        let _ = writeln!(out, "    primary{pad} = {}", value(&primary));
        if let Some(secondary) = secondary {
            let _ = writeln!(out, "    secondary = {}", value(&secondary));
        }
        let _ = writeln!(out, "  }}");
    }
    let _ = writeln!(out, "}}");
}

/// `terraform.tfvars`: the keys the design knows, and every value still to fill, commented.
pub(super) fn write_vars(plan: &Plan) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}",
        plan.text(msg!(
            ExValuesFor,
            file = super::Format::Terraform.file_name(),
            title = comment(&plan.design.title).as_ref(),
            version = env!("CARGO_PKG_VERSION")
        ))
    );
    let _ = writeln!(out, "# {}", plan.t(T::ExHoldsKeys));
    let mut missing = Vec::new();
    for connection in &plan.connections {
        let name = format!("{}_psk", connection.ident);
        match &connection.psk {
            Some(key) => {
                let _ = writeln!(out, "{name} = {}", hcl(key));
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
    missing.extend(placeholders(plan));
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
        let _ = writeln!(out, "\n# {}", plan.t(T::ExStillToFill));
        for (name, what) in missing {
            let empty = if name.ends_with("_apipa") {
                "[]"
            } else {
                "\"\""
            };
            let _ = writeln!(out, "# {name} = {empty}  # {}", comment(&what));
        }
    }
    out
}
