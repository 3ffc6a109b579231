//! The designs a user can start from: the seed article's four and Microsoft's tutorial.
//!
//! Stored as ordinary `*.doorplan.json` files in `crates/doorplan/templates/` so they are
//! readable, diffable and usable with the command line as they are.

use crate::model::{Design, LoadError};
use crate::report::Text;

/// One starting design.
#[derive(Debug, Clone, Copy)]
pub struct Template {
    /// Stable id (`p2`), used in URLs and tests.
    pub id: &'static str,
    /// The file name under `crates/doorplan/templates/`.
    pub file: &'static str,
    pub title_en: &'static str,
    pub title_ja: &'static str,
    /// The document text.
    pub json: &'static str,
}

impl Template {
    /// The title in both languages.
    pub fn title(&self) -> Text {
        Text::new(self.title_en, self.title_ja)
    }

    /// The template as a design. The files are checked by tests, so this fails only if the
    /// binary was built from broken files.
    pub fn design(&self) -> Result<Design, LoadError> {
        Design::from_json(self.json)
    }
}

macro_rules! template {
    ($id:literal, $file:literal, $en:literal, $ja:literal) => {
        Template {
            id: $id,
            file: $file,
            title_en: $en,
            title_ja: $ja,
            json: include_str!(concat!("../templates/", $file)),
        }
    };
}

/// Every template, in the order a picker lists them.
pub static TEMPLATES: &[Template] = &[
    template!("p1", "p1-single-vpn-static.doorplan.json",
        "Pattern 1: 1 VPN, static, active-standby (minimum)",
        "パターン 1: VPN 1 つ・static・Active-Standby (最小構成)"),
    template!("p2", "p2-dual-vpn-bgp-active-active.doorplan.json",
        "Pattern 2: 2 VPNs, BGP, active-active (recommended)",
        "パターン 2: VPN 2 つ・BGP・Active-Active (推奨)"),
    template!("ng", "ng-one-vpn-split.doorplan.json",
        "NG: 1 VPN split across two instances (1 to 1)",
        "NG: 1 つの VPN を 2 インスタンスへ分割 (1 対 1)"),
    template!("w", "w-active-active-static.doorplan.json",
        "Workaround: active-active, BGP off, 1 static VPN",
        "回避策: Active-Active・BGP なし・static の VPN 1 つ"),
    template!("tutorial", "microsoft-aws-bgp-tutorial.doorplan.json",
        "Microsoft tutorial: AWS ⇄ Azure with BGP",
        "Microsoft チュートリアル: AWS ⇄ Azure (BGP)"),
    template!("blank", "blank.doorplan.json",
        "Blank design",
        "空の設計"),
];

/// The template with this id.
pub fn template(id: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|template| template.id == id)
}
