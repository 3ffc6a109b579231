//! The inspector: every field of the selected element, a note on it, and the paste box for
//! SORACOM's VPN details. On a phone it is a sheet over the diagram.

use doorplan::edit::Edit;
use doorplan::model::{
    Cidr, ConnectionMode, Generation, Ip, Named, Routing, Sku, VpnType, DOOR_REGIONS,
    VPG_TYPES_OFFERED,
};
use doorplan::text::quoted;
use doorplan::{Lang, Message, Subject, T};
use yew::prelude::*;

use super::fields::{Check, Choice, NoteField, TextField};
use crate::state::{Action, EditorHandle};

// ---- parsers: text → typed value, or a message naming what is wrong -------------------------

pub fn parse_cidr(text: &str) -> Result<Cidr, Message> {
    text.trim().parse::<Cidr>().map_err(|error| error.0)
}

fn parse_optional_cidr(text: &str) -> Result<Option<Cidr>, Message> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse_cidr(text).map(Some)
    }
}

fn parse_optional_ip(text: &str) -> Result<Option<Ip>, Message> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        text.trim().parse::<Ip>().map(Some).map_err(|error| error.0)
    }
}

/// Items separated by commas, spaces or new lines.
fn items(text: &str) -> impl Iterator<Item = &str> {
    text.split([',', ' ', '\n', '\t'])
        .filter(|item| !item.is_empty())
}

fn parse_cidr_list(text: &str) -> Result<Vec<Cidr>, Message> {
    items(text).map(parse_cidr).collect()
}

fn parse_ip_list(text: &str) -> Result<Vec<Ip>, Message> {
    items(text)
        .map(|item| item.parse::<Ip>().map_err(|error| error.0))
        .collect()
}

fn parse_asn(text: &str) -> Result<u32, Message> {
    text.trim()
        .parse::<u32>()
        .map_err(|_| doorplan::msg!(NotAsn, value = quoted(text.trim())))
}

fn join<V: ToString>(values: &[V]) -> String {
    values
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

// ---- wiring ----------------------------------------------------------------------------------

#[derive(Properties, PartialEq)]
pub struct Props {
    pub editor: EditorHandle,
}

/// A commit callback: parse the text, check the edit it makes, dispatch it.
fn committer<V: 'static>(
    editor: &EditorHandle,
    parse: impl Fn(&str) -> Result<V, Message> + 'static,
    edit: impl Fn(V) -> Edit + 'static,
) -> Callback<String, Result<(), Message>> {
    let editor = editor.clone();
    Callback::from(move |text: String| {
        let edit = edit(parse(&text)?);
        edit.check()?;
        editor.dispatch(Action::Edit(edit));
        Ok(())
    })
}

fn text(text: &str) -> Result<String, Message> {
    Ok(text.to_string())
}

fn trimmed(text: &str) -> Result<String, Message> {
    Ok(text.trim().to_string())
}

fn dispatcher<V: 'static>(
    editor: &EditorHandle,
    edit: impl Fn(V) -> Option<Edit> + 'static,
) -> Callback<V> {
    let editor = editor.clone();
    Callback::from(move |value: V| {
        if let Some(edit) = edit(value) {
            editor.dispatch(Action::Edit(edit));
        }
    })
}

fn options<N: doorplan::model::Named>() -> Vec<(AttrValue, AttrValue)> {
    N::ALL
        .iter()
        .map(|value| (AttrValue::from(value.name()), AttrValue::from(value.name())))
        .collect()
}

/// The note field of an element.
fn note(editor: &EditorHandle, subject: Subject) -> Html {
    let lang = editor.lang;
    let value = editor
        .design
        .notes
        .get(&subject.to_string())
        .cloned()
        .unwrap_or_default();
    let commit = {
        let editor = editor.clone();
        let subject = subject.clone();
        Callback::from(move |text: String| {
            let edit = Edit::Note(subject.clone(), text);
            edit.check()?;
            editor.dispatch(Action::Edit(edit));
            Ok(())
        })
    };
    html! { <NoteField key={format!("note-{subject}")} id="note" label={T::UiNote.get(lang)} {value} {commit} {lang} /> }
}

#[function_component(Inspector)]
pub fn inspector(props: &Props) -> Html {
    let editor = &props.editor;
    let lang = editor.lang;
    let design = &editor.design;
    let inspected = editor.inspected();
    let body = match &inspected {
        Subject::Design | Subject::Tunnel(..) => html! {
            <>
                <h2>{T::UiDesign.get(lang)}</h2>
                <TextField key="design-title" id="design-title" label={T::UiTitle.get(lang)} value={design.title.clone()} {lang}
                    commit={committer(editor, text, Edit::Title)} />
                <p class="field-hint">{T::UiSelectHint.get(lang)}</p>
            </>
        },
        Subject::Soracom => soracom_panel(editor, lang),
        Subject::Vnet => {
            let vnet = &design.azure.vnet;
            html! {
                <>
                    <h2>{T::SubjectVnet.get(lang)}</h2>
                    <TextField key="vnet-name" id="vnet-name" label={T::UiName.get(lang)} value={vnet.name.clone()} {lang}
                        commit={committer(editor, trimmed, Edit::VnetName)} />
                    <TextField key="vnet-address-space" id="vnet-address-space" label={T::UiAddressSpace.get(lang)} value={join(&vnet.address_space)} {lang}
                        hint={T::UiCidrsHint.get(lang)} commit={committer(editor, parse_cidr_list, Edit::AddressSpace)} />
                    <TextField key="vnet-gateway-subnet" id="vnet-gateway-subnet" label="GatewaySubnet" value={vnet.gateway_subnet.map(|c| c.to_string()).unwrap_or_default()} {lang}
                        hint={T::UiGatewaySubnetHint.get(lang)} commit={committer(editor, parse_optional_cidr, Edit::GatewaySubnet)} />
                    { note(editor, Subject::Vnet) }
                </>
            }
        }
        Subject::Gateway => gateway_panel(editor, lang),
        Subject::Vpn(id) => vpn_panel(editor, lang, id),
        Subject::Link(id, tunnel) => link_panel(editor, lang, id, *tunnel),
    };
    // On a phone the inspector is a sheet over the canvas: it stays down while a tunnel waits
    // for a tap on a port (tap-to-link), so the port can be reached.
    let close = {
        let editor = editor.clone();
        Callback::from(move |_| editor.dispatch(Action::Select(None)))
    };
    html! {
        <aside id="inspector" class={classes!("inspector", (inspected != Subject::Design && editor.armed.is_none()).then_some("open"))} aria-label={T::UiInspector.get(lang)}>
            <button class="close sheet-close" onclick={close} aria-label={T::UiClose.get(lang)}>{"×"}</button>
            { body }
        </aside>
    }
}

fn soracom_panel(editor: &EditorHandle, lang: Lang) -> Html {
    let soracom = &editor.design.soracom;
    let mut regions: Vec<(AttrValue, AttrValue)> = DOOR_REGIONS
        .iter()
        .map(|r| (AttrValue::from(*r), AttrValue::from(*r)))
        .collect();
    if !DOOR_REGIONS.contains(&soracom.region.as_str()) {
        regions.push((soracom.region.clone().into(), soracom.region.clone().into()));
    }
    // The types a new VPG can have, and the design's own if it is another (an older Type-C, a
    // typo): a choice list must show what the design says, not fall back to its first entry.
    // "Not known yet" is `null`, as in the design file.
    let mut types: Vec<(AttrValue, AttrValue)> =
        vec![("".into(), T::UiNotKnownYet.get(lang).into())];
    types.extend(
        VPG_TYPES_OFFERED
            .iter()
            .map(|t| (AttrValue::from(*t), AttrValue::from(*t))),
    );
    if let Some(kind) = soracom.vpg_type.as_deref() {
        if !VPG_TYPES_OFFERED.contains(&kind) {
            types.push((kind.to_string().into(), kind.to_string().into()));
        }
    }
    html! {
        <>
            <h2>{"SORACOM VPG"}</h2>
            <Choice key="soracom-region" id="soracom-region" label={T::UiRegion.get(lang)} options={regions}
                value={soracom.region.clone()} change={dispatcher(editor, |v: String| Some(Edit::Region(v)))} />
            <Choice key="soracom-vpg-type" id="soracom-vpg-type" label={T::UiVpgType.get(lang)}
                options={types}
                value={soracom.vpg_type.clone().unwrap_or_default()}
                change={dispatcher(editor, |v: String| Some(Edit::VpgType((!v.is_empty()).then_some(v))))} />
            <TextField key="soracom-device-subnet" id="soracom-device-subnet" label={T::UiDeviceSubnet.get(lang)} value={soracom.device_subnet.to_string()} {lang}
                hint={T::UiDeviceSubnetHint.get(lang)} commit={committer(editor, parse_cidr, Edit::DeviceSubnet)} />
            <TextField key="soracom-vpg-ip-range" id="soracom-vpg-ip-range" label={T::UiVpgRange.get(lang)} {lang}
                value={soracom.vpg_ip_range.map(|c| c.to_string()).unwrap_or_default()}
                placeholder={T::UiVpgRangePlaceholder.get(lang)}
                commit={committer(editor, parse_optional_cidr, Edit::VpgIpRange)} />
            { note(editor, Subject::Soracom) }
            <p class="assumption">{T::UiAssumptions.get(lang)}</p>
        </>
    }
}

fn gateway_panel(editor: &EditorHandle, lang: Lang) -> Html {
    let gateway = &editor.design.azure.gateway;
    let generation = gateway.generation.map(Generation::name).unwrap_or("");
    let mut generations = vec![("".into(), T::UiBySku.get(lang).into())];
    generations.extend(options::<Generation>());
    html! {
        <>
            <h2>{T::SubjectGateway.get(lang)}</h2>
            <TextField key="gateway-name" id="gateway-name" label={T::UiName.get(lang)} value={gateway.name.clone()} {lang}
                commit={committer(editor, trimmed, Edit::GatewayName)} />
            <Choice key="gateway-sku" id="gateway-sku" label="SKU" options={options::<Sku>()} value={gateway.sku.name()}
                change={dispatcher(editor, |v: String| Sku::parse(&v).map(Edit::Sku))} />
            <Choice key="gateway-generation" id="gateway-generation" label={T::UiGeneration.get(lang)} options={generations} value={generation}
                change={dispatcher(editor, |v: String| Some(Edit::Generation(Generation::parse(&v))))} />
            <Choice key="gateway-vpn-type" id="gateway-vpn-type" label={T::UiVpnType.get(lang)} options={options::<VpnType>()}
                value={gateway.vpn_type.name()}
                change={dispatcher(editor, |v: String| VpnType::parse(&v).map(Edit::VpnType))} />
            <Check key="gateway-active-active" id="gateway-active-active" label={T::UiActiveActiveLabel.get(lang)}
                checked={gateway.active_active} change={dispatcher(editor, |on: bool| Some(Edit::ActiveActive(on)))} />
            <Check key="gateway-bgp" id="gateway-bgp" label="BGP" checked={gateway.bgp}
                change={dispatcher(editor, |on: bool| Some(Edit::GatewayBgp(on)))} />
            <TextField key="gateway-asn" id="gateway-asn" label={T::UiAzureAsn.get(lang)} value={gateway.asn.to_string()} {lang}
                hint={T::UiAzureAsnHint.get(lang)} commit={committer(editor, parse_asn, Edit::AzureAsn)} />
            // In a container: a list that grows with active-active must not shift its siblings
            // (Yew would re-create them, and the focused checkbox with them).
            <div class="instances">
            { for (0..gateway.instance_count()).map(|instance| html! {
                <fieldset key={format!("instance-{instance}")} class="instance">
                    <legend>{doorplan::msg!(FaultInstance, n = instance).render(lang)}</legend>
                    <TextField id={format!("gateway-public-ip-{instance}")} label={T::UiPublicIp.get(lang)} {lang}
                        value={gateway.public_ip_of(instance).map(|ip| ip.to_string()).unwrap_or_default()}
                        placeholder={T::UiNotAllocated.get(lang)}
                        commit={committer(editor, parse_optional_ip, move |ip| Edit::PublicIp(instance, ip))} />
                    <TextField id={format!("gateway-apipa-{instance}")} label={T::UiApipa.get(lang)} {lang}
                        value={join(gateway.apipa_of(instance))}
                        hint={T::UiApipaHint.get(lang)}
                        commit={committer(editor, parse_ip_list, move |list| Edit::Apipa(instance, list))} />
                </fieldset>
            }) }
            </div>
            { note(editor, Subject::Gateway) }
        </>
    }
}

fn vpn_panel(editor: &EditorHandle, lang: Lang, id: &str) -> Html {
    let Some(vpn) = editor.design.vpn(id) else {
        return html! {};
    };
    let owned = id.to_string();
    // Linking from the keyboard: the same action as a drag onto a port.
    let mut instance_options: Vec<(AttrValue, AttrValue)> =
        vec![("".into(), T::UiNotLinked.get(lang).into())];
    for instance in 0..editor.design.azure.gateway.instance_count() {
        instance_options.push((
            instance.to_string().into(),
            doorplan::msg!(FaultInstance, n = instance)
                .render(lang)
                .into(),
        ));
    }
    html! {
        <>
            <h2>{format!("Door VPN · {}", vpn.id)}</h2>
            <TextField key="vpn-name" id="vpn-name" label={T::UiName.get(lang)} value={vpn.name.clone()} {lang}
                commit={{ let id = owned.clone(); committer(editor, text, move |name| Edit::VpnName(id.clone(), name)) }} />
            <Choice key="vpn-routing" id="vpn-routing" label={T::DoorReqRouting.get(lang)} options={vec![("bgp".into(), "BGP".into()), ("static".into(), "static".into())]}
                value={vpn.routing.name()}
                change={{ let id = owned.clone(); dispatcher(editor, move |v: String| Routing::parse(&v).map(|routing| Edit::Routing(id.clone(), routing))) }} />
            <TextField key="vpn-amazon-asn" id="vpn-amazon-asn" label={T::DoorReqAmazonAsn.get(lang)} value={vpn.amazon_asn.to_string()} {lang}
                hint={T::UiAmazonAsnHint.get(lang)}
                commit={{ let id = owned.clone(); committer(editor, parse_asn, move |asn| Edit::AmazonAsn(id.clone(), asn)) }} />
            if vpn.routing == Routing::Static {
                <TextField key="vpn-static-routes" id="vpn-static-routes" label={T::DoorReqStaticRoutes.get(lang)} value={join(&vpn.static_routes)} {lang}
                    hint={T::UiCidrsHint.get(lang)}
                    commit={{ let id = owned.clone(); committer(editor, parse_cidr_list, move |routes| Edit::StaticRoutes(id.clone(), routes)) }} />
            }
            { for vpn.tunnels.iter().take(2).enumerate().map(|(index, tunnel)| {
                let t = index as u8;
                html! {
                    <fieldset key={format!("tunnel-{index}")} class="tunnel">
                        <legend>{format!("{} {}", T::UiTunnel.get(lang), index + 1)}</legend>
                        <Choice id={format!("tunnel-{index}-instance")} label={T::UiTunnelConnection.get(lang)}
                            options={instance_options.clone()}
                            value={editor.design.link(&vpn.id, t).map(|l| l.instance.to_string()).unwrap_or_default()}
                            change={{
                                let id = owned.clone();
                                dispatcher(editor, move |value: String| Some(match value.parse::<u8>() {
                                    Ok(instance) => Edit::Link { vpn: id.clone(), tunnel: t, instance },
                                    Err(_) => Edit::Unlink { vpn: id.clone(), tunnel: t },
                                }))
                            }} />
                        <TextField id={format!("tunnel-{index}-inside-cidr")} label={T::UiInsideCidr.get(lang)} {lang}
                            value={tunnel.inside_cidr.map(|c| c.to_string()).unwrap_or_default()}
                            placeholder={T::UiInsidePlaceholder.get(lang)}
                            commit={{ let id = owned.clone(); committer(editor, parse_optional_cidr, move |cidr| Edit::InsideCidr(id.clone(), t, cidr)) }} />
                        <TextField id={format!("tunnel-{index}-outside-ip")} label={T::UiOutsideIp.get(lang)} {lang}
                            value={tunnel.outside_ip.map(|ip| ip.to_string()).unwrap_or_default()}
                            placeholder={T::UiFromSoracom.get(lang)}
                            commit={{ let id = owned.clone(); committer(editor, parse_optional_ip, move |ip| Edit::OutsideIp(id.clone(), t, ip)) }} />
                        <TextField id={format!("tunnel-{index}-psk")} label={T::DoorReqKeys.get(lang)} secret={true} {lang}
                            value={tunnel.psk.clone().unwrap_or_default()}
                            placeholder={T::UiFromSoracom.get(lang)}
                            commit={{ let id = owned.clone(); committer(editor, |t: &str| Ok((!t.is_empty()).then(|| t.to_string())), move |psk| Edit::Psk(id.clone(), t, psk)) }} />
                    </fieldset>
                }
            }) }
            { note(editor, Subject::Vpn(owned.clone())) }
            <AwsPaste key="aws-paste" editor={editor.clone()} vpn={owned.clone()} />
            <p class="field-hint">{T::UiDeleteVpnHint.get(lang)}</p>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct PasteProps {
    pub editor: EditorHandle,
    pub vpn: AttrValue,
}

/// A box for SORACOM's VPN details (AWS's Generic configuration text): fills this Door VPN's
/// outside IPs, keys and inside CIDRs; contradictions are reported, not written.
#[function_component(AwsPaste)]
pub fn aws_paste(props: &PasteProps) -> Html {
    let lang = props.editor.lang;
    let text = use_state(String::new);
    // Stays open after Fill (to paste again after a contradiction).
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let oninput = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            text.set(area.value());
        })
    };
    let onclick = {
        let text = text.clone();
        let editor = props.editor.clone();
        let vpn = props.vpn.to_string();
        Callback::from(move |_: MouseEvent| {
            editor.dispatch(Action::ImportAws {
                vpn: vpn.clone(),
                text: (*text).clone(),
            });
            text.set(String::new());
        })
    };
    html! {
        <div class={classes!("aws-paste", open.then_some("open"))}>
            <button class="disclosure" id="aws-paste-toggle" aria-expanded={open.to_string()} aria-controls="aws-paste-body" onclick={toggle}>
                {T::UiPasteSummary.get(lang)}</button>
            if *open {
                <div id="aws-paste-body">
                    <label for="aws-config">{T::UiPasteLabel.get(lang)}</label>
                    <textarea id="aws-config" rows="5" value={(*text).clone()} {oninput} spellcheck="false" />
                    <button id="aws-fill" {onclick} disabled={text.trim().is_empty()}>{T::UiFill.get(lang)}</button>
                </div>
            }
        </div>
    }
}

fn link_panel(editor: &EditorHandle, lang: Lang, id: &str, tunnel: u8) -> Html {
    let Some(link) = editor.design.link(id, tunnel) else {
        return html! {};
    };
    let owned = id.to_string();
    let bgp = match link.bgp {
        None => "",
        Some(true) => "on",
        Some(false) => "off",
    };
    let subject = Subject::Link(owned.clone(), tunnel);
    let modes: Vec<(AttrValue, AttrValue)> = ConnectionMode::ALL
        .iter()
        .map(|mode| {
            let label = match mode {
                ConnectionMode::Default => T::UiModeDefault,
                ConnectionMode::InitiatorOnly => T::UiModeInitiator,
                ConnectionMode::ResponderOnly => T::UiModeResponder,
            };
            (
                AttrValue::from(mode.name()),
                AttrValue::from(format!("{} — {}", mode.name(), label.get(lang))),
            )
        })
        .collect();
    html! {
        <>
            <h2>{format!("{} → {}", subject.label(&editor.design).render(lang), doorplan::msg!(FaultInstance, n = link.instance).render(lang))}</h2>
            <Choice key="link-connection-mode" id="link-connection-mode" label={T::UiConnectionMode.get(lang)} options={modes}
                value={link.connection_mode.name()}
                change={{ let id = owned.clone(); dispatcher(editor, move |v: String| ConnectionMode::parse(&v).map(|mode| Edit::ConnectionMode(id.clone(), tunnel, mode))) }} />
            <Choice key="link-bgp" id="link-bgp" label="BGP"
                options={vec![("".into(), T::UiAsTheVpn.get(lang).into()), ("on".into(), T::UiOn.get(lang).into()), ("off".into(), T::UiOff.get(lang).into())]}
                value={bgp}
                change={{ let id = owned.clone(); dispatcher(editor, move |v: String| Some(Edit::LinkBgp(id.clone(), tunnel, match v.as_str() {
                    "on" => Some(true),
                    "off" => Some(false),
                    _ => None,
                }))) }} />
            { note(editor, subject) }
            <p class="field-hint">{T::UiLinkHint.get(lang)}</p>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn parsers_name_what_is_wrong() {
        assert!(parse_cidr("10.0.0.0/33")
            .unwrap_err()
            .render(Lang::En)
            .contains("10.0.0.0/33"));
        assert_eq!(parse_optional_cidr("  ").unwrap(), None);
        assert_eq!(
            parse_cidr_list("10.1.0.0/16, 10.2.0.0/16").unwrap().len(),
            2
        );
        assert!(parse_asn("6551565515").is_err());
        assert_eq!(parse_ip_list("169.254.21.2 169.254.22.2").unwrap().len(), 2);
    }
}
