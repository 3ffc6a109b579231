//! Interface language: chosen from the browser, switchable, and passed to every component.

use doorplan::Lang;

/// A label in the interface language.
pub fn tr(lang: Lang, en: &'static str, ja: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Ja => ja,
    }
}

/// The browser's preferred language, if it is one doorplan speaks (else English).
pub fn browser_lang() -> Lang {
    web_sys::window()
        .and_then(|window| window.navigator().language())
        .and_then(|code| Lang::parse(&code))
        .unwrap_or(Lang::En)
}

/// The words for an impact, for people who are not network specialists.
pub fn impact_words(impact: doorplan::Impact, lang: Lang) -> &'static str {
    use doorplan::Impact;
    match impact {
        Impact::Survives => tr(lang, "survives: other tunnels carry the traffic", "継続: 他のトンネルで通信を継続"),
        Impact::Failover => tr(lang, "failover: traffic stops 10 s – 3 min", "フェイルオーバー: 10 秒〜3 分の通信断"),
        Impact::Outage => tr(lang, "outage: no path until it returns", "停止: 復旧まで経路なし"),
    }
}
