//! The inspector: every field of the selected element. A value that does not parse gets an
//! inline message under the field; the document keeps its last valid value and the text typed
//! stays in the field, so nothing is lost.

use doorplan::model::{Cidr, ConnectionMode, Generation, Ip, Routing, Sku, VpnType};
use doorplan::Lang;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::tr;
use crate::state::{Action, Edit, Editor, Selection};

// ---- parsers: text → typed value, or a message naming what is wrong -------------------------

pub fn parse_cidr(text: &str) -> Result<Cidr, String> {
    text.trim().parse::<Cidr>()
}

fn parse_optional_cidr(text: &str) -> Result<Option<Cidr>, String> {
    if text.trim().is_empty() { Ok(None) } else { parse_cidr(text).map(Some) }
}

fn parse_optional_ip(text: &str) -> Result<Option<Ip>, String> {
    if text.trim().is_empty() { Ok(None) } else { text.trim().parse::<Ip>().map(Some) }
}

/// Items separated by commas, spaces or new lines.
fn items(text: &str) -> impl Iterator<Item = &str> {
    text.split([',', ' ', '\n', '\t']).filter(|item| !item.is_empty())
}

fn parse_cidr_list(text: &str) -> Result<Vec<Cidr>, String> {
    items(text).map(parse_cidr).collect()
}

fn parse_ip_list(text: &str) -> Result<Vec<Ip>, String> {
    items(text).map(|item| item.parse::<Ip>()).collect()
}

fn parse_asn(text: &str) -> Result<u32, String> {
    text.trim()
        .parse::<u32>()
        .map_err(|_| format!("{:?} is not an ASN (a whole number 0–4294967295)", text.trim()))
}

fn join<T: ToString>(values: &[T]) -> String {
    values.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}

// ---- one text field ------------------------------------------------------------------------

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    /// DOM id (tests and the label use it).
    pub id: AttrValue,
    pub label: AttrValue,
    /// The document's current value, as text.
    pub value: AttrValue,
    /// Parses the text and dispatches the edit; returns the message for an invalid value.
    pub commit: Callback<String, Result<(), String>>,
    #[prop_or_default]
    pub placeholder: AttrValue,
    #[prop_or_default]
    pub hint: AttrValue,
    #[prop_or_default]
    pub secret: bool,
}

#[function_component(TextField)]
pub fn text_field(props: &FieldProps) -> Html {
    let text = use_state(|| props.value.to_string());
    let error = use_state(|| None::<String>);
    // A new value from outside (undo, another field, a template) replaces the text.
    {
        let text = text.clone();
        let error = error.clone();
        use_effect_with(props.value.clone(), move |value| {
            text.set(value.to_string());
            error.set(None);
        });
    }
    let shown = use_state(|| false);
    let oninput = {
        let text = text.clone();
        let error = error.clone();
        let commit = props.commit.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let value = input.value();
            text.set(value.clone());
            error.set(commit.emit(value).err());
        })
    };
    let error_id = format!("{}-error", props.id);
    let kind = if props.secret && !*shown { "password" } else { "text" };
    html! {
        <div class={classes!("field", error.is_some().then_some("invalid"))}>
            <label for={props.id.clone()}>{props.label.clone()}</label>
            <div class="field-row">
                <input id={props.id.clone()} type={kind} value={(*text).clone()} {oninput}
                    placeholder={props.placeholder.clone()} spellcheck="false" autocomplete="off"
                    aria-invalid={error.is_some().to_string()}
                    aria-describedby={error.is_some().then(|| error_id.clone())} />
                if props.secret {
                    <button type="button" class="reveal" onclick={{ let shown = shown.clone(); Callback::from(move |_| shown.set(!*shown)) }}
                        aria-label="show or hide" aria-pressed={shown.to_string()}>{if *shown { "🙈" } else { "👁" }}</button>
                }
            </div>
            if let Some(message) = &*error {
                <p class="field-error" id={error_id} role="alert">{message.clone()}</p>
            } else if !props.hint.is_empty() {
                <p class="field-hint">{props.hint.clone()}</p>
            }
        </div>
    }
}

// ---- selects and checkboxes ------------------------------------------------------------------

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub options: Vec<(AttrValue, AttrValue)>,
    pub value: AttrValue,
    pub change: Callback<String>,
}

#[function_component(Choice)]
pub fn choice(props: &ChoiceProps) -> Html {
    let onchange = {
        let change = props.change.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            change.emit(select.value());
        })
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{props.label.clone()}</label>
            <select id={props.id.clone()} {onchange}>
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == props.value}>{label.clone()}</option>
                }) }
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub change: Callback<bool>,
}

#[function_component(Check)]
pub fn check(props: &CheckProps) -> Html {
    let onchange = {
        let change = props.change.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            change.emit(input.checked());
        })
    };
    html! {
        <div class="field check">
            <input id={props.id.clone()} type="checkbox" checked={props.checked} {onchange} />
            <label for={props.id.clone()}>{props.label.clone()}</label>
        </div>
    }
}

// ---- the inspector ---------------------------------------------------------------------------

#[derive(Properties, PartialEq)]
pub struct Props {
    pub editor: UseReducerHandle<Editor>,
}

/// A commit callback: parse the text, then dispatch the edit it makes.
fn committer<T: 'static>(
    editor: &UseReducerHandle<Editor>,
    parse: impl Fn(&str) -> Result<T, String> + 'static,
    edit: impl Fn(T) -> Edit + 'static,
) -> Callback<String, Result<(), String>> {
    let editor = editor.clone();
    Callback::from(move |text: String| {
        let value = parse(&text)?;
        editor.dispatch(Action::Edit(edit(value)));
        Ok(())
    })
}

fn dispatcher<T: 'static>(editor: &UseReducerHandle<Editor>, edit: impl Fn(T) -> Option<Edit> + 'static) -> Callback<T> {
    let editor = editor.clone();
    Callback::from(move |value: T| {
        if let Some(edit) = edit(value) {
            editor.dispatch(Action::Edit(edit));
        }
    })
}

#[function_component(Inspector)]
pub fn inspector(props: &Props) -> Html {
    let editor = &props.editor;
    let lang = editor.lang;
    let design = &editor.design;
    let body = match editor.selection.clone().unwrap_or(Selection::Design) {
        Selection::Design => html! {
            <>
                <h2>{tr(lang, "Design", "設計")}</h2>
                <TextField id="design-title" label={tr(lang, "Title", "タイトル")} value={design.title.clone()}
                    commit={committer(editor, |t| Ok(t.to_string()), Edit::Title)} />
                <p class="field-hint">{tr(lang, "Select a node or link on the diagram to edit it.", "図のノードや接続を選ぶと編集できます。")}</p>
            </>
        },
        Selection::Soracom => soracom_panel(editor, lang),
        Selection::Vnet => {
            let vnet = &design.azure.vnet;
            html! {
                <>
                    <h2>{"Azure VNet"}</h2>
                    <TextField id="vnet-name" label={tr(lang, "Name", "名前")} value={vnet.name.clone()}
                        commit={committer(editor, |t| Ok(t.trim().to_string()), Edit::VnetName)} />
                    <TextField id="vnet-address-space" label={tr(lang, "Address space", "アドレス空間")} value={join(&vnet.address_space)}
                        hint={tr(lang, "CIDRs separated by commas", "CIDR をカンマ区切りで")}
                        commit={committer(editor, parse_cidr_list, Edit::AddressSpace)} />
                    <TextField id="vnet-gateway-subnet" label="GatewaySubnet" value={vnet.gateway_subnet.map(|c| c.to_string()).unwrap_or_default()}
                        hint={tr(lang, "/27 or larger recommended", "/27 以上を推奨")}
                        commit={committer(editor, parse_optional_cidr, Edit::GatewaySubnet)} />
                </>
            }
        }
        Selection::Gateway => gateway_panel(editor, lang),
        Selection::Vpn(id) => vpn_panel(editor, lang, &id),
        Selection::Link(id, tunnel) => link_panel(editor, lang, &id, tunnel),
    };
    html! {
        <aside id="inspector" class="inspector" aria-label={tr(lang, "Inspector", "インスペクター")}>
            { body }
        </aside>
    }
}

fn soracom_panel(editor: &UseReducerHandle<Editor>, lang: Lang) -> Html {
    let soracom = &editor.design.soracom;
    let regions = ["ap-northeast-1", "eu-central-1", "us-west-2", "ap-southeast-2"];
    let mut options: Vec<(AttrValue, AttrValue)> = regions.iter().map(|r| (AttrValue::from(*r), AttrValue::from(*r))).collect();
    if !regions.contains(&soracom.region.as_str()) {
        options.push((soracom.region.clone().into(), soracom.region.clone().into()));
    }
    let types = ["Type-E", "Type-F", "Type-F2", "Type-G"];
    html! {
        <>
            <h2>{"SORACOM VPG"}</h2>
            <Choice id="soracom-region" label={tr(lang, "Region (Door endpoint)", "リージョン (Door の接続先)")} {options}
                value={soracom.region.clone()} change={dispatcher(editor, |v: String| Some(Edit::Region(v)))} />
            <Choice id="soracom-vpg-type" label={tr(lang, "VPG type", "VPG タイプ")}
                options={types.iter().map(|t| (AttrValue::from(*t), AttrValue::from(*t))).collect::<Vec<_>>()}
                value={soracom.vpg_type.clone().unwrap_or_default()}
                change={dispatcher(editor, |v: String| Some(Edit::VpgType(Some(v))))} />
            <TextField id="soracom-device-subnet" label={tr(lang, "Device subnet", "デバイスサブネット")} value={soracom.device_subnet.to_string()}
                hint={tr(lang, "Set when the VPG is created (default 10.128.0.0/9)", "VPG 作成時に決定 (既定 10.128.0.0/9)")}
                commit={committer(editor, parse_cidr, Edit::DeviceSubnet)} />
            <TextField id="soracom-vpg-ip-range" label={tr(lang, "VPG IP range", "VPG の IP アドレスレンジ")}
                value={soracom.vpg_ip_range.map(|c| c.to_string()).unwrap_or_default()}
                placeholder={tr(lang, "assigned by SORACOM (100.64.0.0/10)", "SORACOM が割り当て (100.64.0.0/10)")}
                commit={committer(editor, parse_optional_cidr, Edit::VpgIpRange)} />
            <p class="assumption">{tr(lang,
                "Assumptions: SORACOM does not publish the Door application form, the SORACOM-side ASN (AWS default 64512 assumed), or whether every VPG type offers Door.",
                "前提: Door の申請フォーム、SORACOM 側の ASN (AWS 既定の 64512 と仮定)、全 VPG タイプで Door が使えるかは公開されていません。")}</p>
        </>
    }
}

fn gateway_panel(editor: &UseReducerHandle<Editor>, lang: Lang) -> Html {
    let gateway = &editor.design.azure.gateway;
    let skus: Vec<(AttrValue, AttrValue)> = Sku::ALL.iter().map(|sku| (AttrValue::from(sku.name()), AttrValue::from(sku.name()))).collect();
    let generation = gateway.generation.map(Generation::name).unwrap_or("");
    html! {
        <>
            <h2>{tr(lang, "Azure VPN gateway", "Azure VPN ゲートウェイ")}</h2>
            <TextField id="gateway-name" label={tr(lang, "Name", "名前")} value={gateway.name.clone()}
                commit={committer(editor, |t| Ok(t.trim().to_string()), Edit::GatewayName)} />
            <Choice id="gateway-sku" label="SKU" options={skus} value={gateway.sku.name()}
                change={dispatcher(editor, |v: String| Sku::ALL.into_iter().find(|s| s.name() == v).map(Edit::Sku))} />
            <Choice id="gateway-generation" label={tr(lang, "Generation", "世代")}
                options={vec![("".into(), tr(lang, "(by SKU)", "(SKU に従う)").into()), ("Generation1".into(), "Generation1".into()), ("Generation2".into(), "Generation2".into())]}
                value={generation}
                change={dispatcher(editor, |v: String| Some(Edit::Generation(match v.as_str() {
                    "Generation1" => Some(Generation::Generation1),
                    "Generation2" => Some(Generation::Generation2),
                    _ => None,
                })))} />
            <Choice id="gateway-vpn-type" label={tr(lang, "VPN type", "VPN の種類")}
                options={vec![("RouteBased".into(), "RouteBased".into()), ("PolicyBased".into(), "PolicyBased".into())]}
                value={if gateway.vpn_type == VpnType::RouteBased { "RouteBased" } else { "PolicyBased" }}
                change={dispatcher(editor, |v: String| Some(Edit::VpnType(if v == "PolicyBased" { VpnType::PolicyBased } else { VpnType::RouteBased })))} />
            <Check id="gateway-active-active" label={tr(lang, "Active-active (two instances, two public IPs)", "Active-Active (2 インスタンス・パブリック IP 2 つ)")}
                checked={gateway.active_active} change={dispatcher(editor, |on: bool| Some(Edit::ActiveActive(on)))} />
            <Check id="gateway-bgp" label={tr(lang, "BGP", "BGP")} checked={gateway.bgp}
                change={dispatcher(editor, |on: bool| Some(Edit::GatewayBgp(on)))} />
            <TextField id="gateway-asn" label={tr(lang, "Azure ASN", "Azure の ASN")} value={gateway.asn.to_string()}
                hint={tr(lang, "Azure default 65515; Microsoft's AWS tutorial uses 65000", "Azure の既定は 65515、Microsoft の AWS チュートリアルは 65000")}
                commit={committer(editor, parse_asn, Edit::AzureAsn)} />
            { for (0..gateway.instance_count()).map(|instance| html! {
                <fieldset class="instance">
                    <legend>{format!("{} {instance}", tr(lang, "Instance", "インスタンス"))}</legend>
                    <TextField id={format!("gateway-public-ip-{instance}")} label={tr(lang, "Public IP", "パブリック IP")}
                        value={gateway.public_ip_of(instance).map(|ip| ip.to_string()).unwrap_or_default()}
                        placeholder={tr(lang, "not allocated yet", "未割り当て")}
                        commit={committer(editor, parse_optional_ip, move |ip| Edit::PublicIp(instance, ip))} />
                    <TextField id={format!("gateway-apipa-{instance}")} label={tr(lang, "Custom APIPA BGP addresses", "カスタム APIPA BGP アドレス")}
                        value={join(gateway.apipa_of(instance))}
                        hint={tr(lang, "169.254.21.0–169.254.22.255, separated by commas", "169.254.21.0〜169.254.22.255 をカンマ区切りで")}
                        commit={committer(editor, parse_ip_list, move |list| Edit::Apipa(instance, list))} />
                </fieldset>
            }) }
        </>
    }
}

fn vpn_panel(editor: &UseReducerHandle<Editor>, lang: Lang, id: &str) -> Html {
    let Some(vpn) = editor.design.vpn(id) else {
        return html! {};
    };
    let owned = id.to_string();
    let routing = if vpn.routing == Routing::Bgp { "bgp" } else { "static" };
    // Linking from the keyboard: the same action as a drag onto a port.
    let mut instance_options: Vec<(AttrValue, AttrValue)> = vec![("".into(), tr(lang, "not linked", "未接続").into())];
    for instance in 0..editor.design.azure.gateway.instance_count() {
        instance_options.push((instance.to_string().into(), format!("{} {instance}", tr(lang, "instance", "インスタンス")).into()));
    }
    html! {
        <>
            <h2>{format!("Door VPN · {}", vpn.id)}</h2>
            <TextField id="vpn-name" label={tr(lang, "Name", "名前")} value={vpn.name.clone()}
                commit={{ let id = owned.clone(); committer(editor, |t| Ok(t.to_string()), move |name| Edit::VpnName(id.clone(), name)) }} />
            <Choice id="vpn-routing" label={tr(lang, "Routing", "ルーティング")}
                options={vec![("bgp".into(), "BGP".into()), ("static".into(), "static".into())]} value={routing}
                change={{ let id = owned.clone(); dispatcher(editor, move |v: String| Some(Edit::Routing(id.clone(), if v == "static" { Routing::Static } else { Routing::Bgp }))) }} />
            <TextField id="vpn-amazon-asn" label={tr(lang, "Amazon-side ASN", "Amazon 側 ASN")} value={vpn.amazon_asn.to_string()}
                hint={tr(lang, "AWS default 64512 (assumed for SORACOM)", "AWS の既定は 64512 (SORACOM も同じと仮定)")}
                commit={{ let id = owned.clone(); committer(editor, parse_asn, move |asn| Edit::AmazonAsn(id.clone(), asn)) }} />
            if vpn.routing == Routing::Static {
                <TextField id="vpn-static-routes" label={tr(lang, "Static routes (Azure side)", "静的ルート (Azure 側)")} value={join(&vpn.static_routes)}
                    hint={tr(lang, "CIDRs separated by commas", "CIDR をカンマ区切りで")}
                    commit={{ let id = owned.clone(); committer(editor, parse_cidr_list, move |routes| Edit::StaticRoutes(id.clone(), routes)) }} />
            }
            { for vpn.tunnels.iter().take(2).enumerate().map(|(index, tunnel)| {
                let t = index as u8;
                html! {
                    <fieldset class="tunnel">
                        <legend>{format!("{} {}", tr(lang, "Tunnel", "トンネル"), index + 1)}</legend>
                        <Choice id={format!("tunnel-{index}-instance")} label={tr(lang, "Azure connection (gateway instance)", "Azure 接続 (ゲートウェイのインスタンス)")}
                            options={instance_options.clone()}
                            value={editor.design.links.iter().find(|l| l.vpn == vpn.id && l.tunnel == t).map(|l| l.instance.to_string()).unwrap_or_default()}
                            change={{
                                let editor = editor.clone();
                                let id = owned.clone();
                                Callback::from(move |value: String| editor.dispatch(match value.parse::<u8>() {
                                    Ok(instance) => Action::Link { vpn: id.clone(), tunnel: t, instance, at: None },
                                    Err(_) => Action::Unlink { vpn: id.clone(), tunnel: t },
                                }))
                            }} />
                        <TextField id={format!("tunnel-{index}-inside-cidr")} label={tr(lang, "Inside CIDR", "内部 CIDR")}
                            value={tunnel.inside_cidr.map(|c| c.to_string()).unwrap_or_default()}
                            placeholder={tr(lang, "a /30 in 169.254.0.0/16", "169.254.0.0/16 内の /30")}
                            commit={{ let id = owned.clone(); committer(editor, parse_optional_cidr, move |cidr| Edit::InsideCidr(id.clone(), t, cidr)) }} />
                        <TextField id={format!("tunnel-{index}-outside-ip")} label={tr(lang, "AWS outside IP", "AWS 外部 IP")}
                            value={tunnel.outside_ip.map(|ip| ip.to_string()).unwrap_or_default()}
                            placeholder={tr(lang, "from SORACOM", "SORACOM から受領")}
                            commit={{ let id = owned.clone(); committer(editor, parse_optional_ip, move |ip| Edit::OutsideIp(id.clone(), t, ip)) }} />
                        <TextField id={format!("tunnel-{index}-psk")} label={tr(lang, "Pre-shared key", "事前共有キー")} secret={true}
                            value={tunnel.psk.clone().unwrap_or_default()}
                            placeholder={tr(lang, "from SORACOM", "SORACOM から受領")}
                            commit={{ let id = owned.clone(); committer(editor, |t: &str| Ok((!t.is_empty()).then(|| t.to_string())), move |psk| Edit::Psk(id.clone(), t, psk)) }} />
                    </fieldset>
                }
            }) }
            <AwsPaste editor={editor.clone()} vpn={owned.clone()} />
            <p class="field-hint">{tr(lang, "Delete or Backspace removes the selected Door VPN and its links (undo brings them back).", "Delete / Backspace で選択中の Door VPN と接続を削除します (元に戻せます)。")}</p>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct PasteProps {
    pub editor: UseReducerHandle<Editor>,
    pub vpn: AttrValue,
}

/// A box for SORACOM's VPN details (AWS's Generic configuration text): fills this Door VPN's
/// outside IPs, keys and inside CIDRs; contradictions are reported, not written.
#[function_component(AwsPaste)]
pub fn aws_paste(props: &PasteProps) -> Html {
    let lang = props.editor.lang;
    let text = use_state(String::new);
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
            editor.dispatch(Action::ImportAws { vpn: vpn.clone(), text: (*text).clone() });
            text.set(String::new());
        })
    };
    html! {
        <details class="aws-paste">
            <summary>{tr(lang, "Fill from SORACOM's VPN details", "SORACOM の VPN 情報から入力")}</summary>
            <label for="aws-config">{tr(lang, "Paste the AWS VPN configuration (Generic format) SORACOM sent for this VPN", "SORACOM から受け取ったこの VPN の AWS 設定 (Generic 形式) を貼り付け")}</label>
            <textarea id="aws-config" rows="5" value={(*text).clone()} {oninput} spellcheck="false" />
            <button id="aws-fill" {onclick} disabled={text.trim().is_empty()}>{tr(lang, "Fill", "入力")}</button>
        </details>
    }
}

fn link_panel(editor: &UseReducerHandle<Editor>, lang: Lang, id: &str, tunnel: u8) -> Html {
    let Some(link) = editor.design.links.iter().find(|l| l.vpn == id && l.tunnel == tunnel) else {
        return html! {};
    };
    let owned = id.to_string();
    let bgp = match link.bgp {
        None => "",
        Some(true) => "on",
        Some(false) => "off",
    };
    html! {
        <>
            <h2>{format!("{} · {} {} → {} {}", tr(lang, "Azure connection", "Azure 接続"), id, tunnel + 1, tr(lang, "instance", "インスタンス"), link.instance)}</h2>
            <Choice id="link-connection-mode" label={tr(lang, "Connection mode", "接続モード")}
                options={vec![("Default".into(), "Default".into()), ("InitiatorOnly".into(), "InitiatorOnly".into()), ("ResponderOnly".into(), "ResponderOnly".into())]}
                value={link.connection_mode.name()}
                change={{ let id = owned.clone(); dispatcher(editor, move |v: String| Some(Edit::ConnectionMode(id.clone(), tunnel, match v.as_str() {
                    "InitiatorOnly" => ConnectionMode::InitiatorOnly,
                    "ResponderOnly" => ConnectionMode::ResponderOnly,
                    _ => ConnectionMode::Default,
                }))) }} />
            <Choice id="link-bgp" label="BGP"
                options={vec![("".into(), tr(lang, "(as the Door VPN)", "(Door VPN に従う)").into()), ("on".into(), "on".into()), ("off".into(), "off".into())]}
                value={bgp}
                change={{ let id = owned.clone(); dispatcher(editor, move |v: String| Some(Edit::LinkBgp(id.clone(), tunnel, match v.as_str() {
                    "on" => Some(true),
                    "off" => Some(false),
                    _ => None,
                }))) }} />
            <p class="field-hint">{tr(lang, "Drag the link's end to another instance port to move it; Delete removes it.", "接続の端を別のインスタンスのポートへドラッグすると付け替えられます。Delete で削除します。")}</p>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn parsers_name_what_is_wrong() {
        assert!(parse_cidr("10.0.0.0/33").unwrap_err().contains("10.0.0.0/33"));
        assert_eq!(parse_optional_cidr("  ").unwrap(), None);
        assert_eq!(parse_cidr_list("10.1.0.0/16, 10.2.0.0/16").unwrap().len(), 2);
        assert!(parse_asn("65x").is_err());
        assert_eq!(parse_ip_list("169.254.21.2 169.254.22.2").unwrap().len(), 2);
    }
}
