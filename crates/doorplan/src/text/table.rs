//! The table: every text of doorplan in English and Japanese. `{name}` marks an argument
//! (a test checks both languages use the same ones). Grouped by where the text is used.

macro_rules! table {
    ($($key:ident => $en:literal, $ja:literal;)*) => {
        #[allow(non_upper_case_globals)]
        impl T {
            $(pub const $key: T = T(&[$en, $ja]);)*

            /// Every text, in table order (tests; using it links the whole table).
            pub const ALL: &'static [T] = &[$(T::$key),*];
        }
    };
}

/// A text of the table. `T::X.get(lang)` is its template; `msg!(X, name = value)` a message
/// with arguments. Each text is its own constant (English, Japanese), so a program links only
/// the texts it can show: the read-only viewer carries none of the export comments or
/// command-line help.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct T(&'static [&'static str; 2]);

impl T {
    /// The English text.
    pub fn en(self) -> &'static str {
        self.0[0]
    }

    /// The Japanese text.
    pub fn ja(self) -> &'static str {
        self.0[1]
    }
}

impl std::fmt::Debug for T {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "T({:?})", self.0[0])
    }
}

macro_rules! summaries {
    ($($key:ident => $en:literal, $ja:literal;)*) => {
        /// A rule's one-line summary (`doorplan rules`, SARIF). Not a `T`: a rule's summary is
        /// an index into its own table, so only the programs that list rules link these texts;
        /// every program that runs the rules links the rules, and the viewer shows findings,
        /// not rules.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum S {
            $($key),*
        }

        static SUMMARIES: &[[&str; 2]] = &[$([$en, $ja]),*];

        impl S {
            /// Every summary (tests; using it links the table).
            pub const ALL: &'static [S] = &[$(S::$key),*];
        }
    };
}

impl S {
    /// The English summary.
    pub fn en(self) -> &'static str {
        SUMMARIES.get(self as usize).map_or("", |texts| texts[0])
    }

    /// The Japanese summary.
    pub fn ja(self) -> &'static str {
        SUMMARIES.get(self as usize).map_or("", |texts| texts[1])
    }

    /// The summary in a language.
    pub fn get(self, lang: super::Lang) -> &'static str {
        match lang {
            super::Lang::En => self.en(),
            super::Lang::Ja => self.ja(),
        }
    }
}

table! {
    // ---- shared pieces ----------------------------------------------------------------------
    Raw => "{text}", "{text}";
    TunnelName => "{vpn} tunnel {n}", "{vpn} のトンネル {n}";
    LinkName => "Azure connection of {vpn} tunnel {n}", "{vpn} のトンネル {n} の Azure 接続";
    SubjectDesign => "the design", "設計";
    SubjectSoracom => "SORACOM VPG", "SORACOM VPG";
    SubjectVnet => "Azure VNet", "Azure VNet";
    SubjectGateway => "Azure VPN gateway", "Azure VPN ゲートウェイ";
    FaultInstance => "Azure instance {n}", "Azure インスタンス {n}";
    FaultInstanceActive => "Azure instance 0 (active)", "Azure インスタンス 0 (アクティブ)";
    FaultInstanceStandby => "Azure instance 1 (standby)", "Azure インスタンス 1 (スタンバイ)";
    FaultDoorVpn => "{vpn} (the whole Door VPN)", "{vpn} (Door VPN 全体)";
    FaultEndpoint => "{vpn}, tunnel {n}", "{vpn}、トンネル {n}";
    NotChosenYet => "(not chosen yet)", "(未決定)";
    RepeatedFinding => "{message} — and {count} findings like this in all ({examples}, …).", "{message} — 同様の指摘が全部で {count} 件あります ({examples} ほか)。";

    // ---- verdicts, impacts, patterns ----------------------------------------------------------
    HeadlineNg => "NG — this design cannot be built as drawn", "NG — この設計はこのままでは構築できません";
    HeadlineWarn => "WARN — it builds, but read the warnings", "WARN — 構築できますが注意点があります";
    HeadlineOk => "OK — this design can be built", "OK — この設計は構築できます";
    ImpactSurvives => "survives: the tunnels already up carry the traffic", "継続: 確立済みのトンネルで通信を継続";
    ImpactFailover => "failover: traffic stops 10 s – 3 min", "フェイルオーバー: 10 秒〜3 分の通信断";
    ImpactOutage => "outage: no path until it returns", "停止: 復旧まで経路なし";
    ImpactSurvivesDetail => "the tunnels already up carry the traffic", "確立済みのトンネルで通信を継続";
    ImpactFailoverDetail => "traffic stops 10 s – 3 min", "10 秒〜3 分の通信断";
    ImpactOutageDetail => "no path until it returns", "復旧まで経路なし";
    PatternP1 => "One Door VPN with static routing, both tunnels to one active-standby gateway: the minimum design (the article's pattern 1).", "Door VPN 1 つ・static ルーティング・2 本のトンネルを Active-Standby ゲートウェイへ: 必要最小限の構成 (記事のパターン 1)。";
    PatternP2 => "Two Door VPNs with BGP, one per instance of an active-active gateway, four tunnels: the recommended highly available design (the article's pattern 2).", "Door VPN 2 つ・BGP・Active-Active ゲートウェイの各インスタンスに 1 つずつ、計 4 トンネル: 推奨の高可用構成 (記事のパターン 2)。";
    PatternNg => "One Door VPN whose two tunnels go to the two instances of an active-active gateway: this cannot be built (the article's NG pattern).", "1 つの Door VPN の 2 本のトンネルを Active-Active の 2 インスタンスへ分けた構成: 構築できません (記事の NG パターン)。";
    PatternW => "Active-active gateway with one static Door VPN: it builds, but only one instance is used, so maintenance or a failure of that instance stops traffic.", "Active-Active ゲートウェイに static の Door VPN 1 つ: 構築はできますが片方のインスタンスしか使わないため、そのインスタンスのメンテナンスや障害で通信が止まります。";
    PatternCustom => "A design that is none of the article's four patterns.", "記事の 4 パターンのいずれでもない構成。";

    // ---- templates and quick fixes ------------------------------------------------------------
    TemplateP1 => "Pattern 1: 1 VPN, static, active-standby (minimum)", "パターン 1: VPN 1 つ・static・Active-Standby (最小構成)";
    TemplateP2 => "Pattern 2: 2 VPNs, BGP, active-active (recommended)", "パターン 2: VPN 2 つ・BGP・Active-Active (推奨)";
    TemplateNg => "NG: 1 VPN split across two instances (1 to 1)", "NG: 1 つの VPN を 2 インスタンスへ分割 (1 対 1)";
    TemplateW => "Workaround: active-active, BGP off, 1 static VPN", "回避策: Active-Active・BGP なし・static の VPN 1 つ";
    TemplateTutorial => "Microsoft tutorial: AWS ⇄ Azure with BGP", "Microsoft チュートリアル: AWS ⇄ Azure (BGP)";
    TemplateBlank => "Blank design", "空の設計";
    FixAssignAddresses => "Assign inside CIDRs and APIPA addresses", "内部 CIDR と APIPA を割り当てる";
    FixMakeRedundant => "Make it redundant (2 or more VPNs, BGP, active-active)", "冗長化する (VPN 2 つ以上・BGP・Active-Active)";
    FixConnectionModeDefault => "Set connection mode to Default", "接続モードを Default にする";


    // ---- rule messages -----------------------------------------------------------------------
    TopoNoLink => "No Door tunnel is linked to the Azure gateway, so there is no path between SORACOM and the VNet; drag each Door tunnel onto a gateway instance.", "Azure ゲートウェイに接続された Door トンネルがないため、SORACOM と VNet の間に経路がありません。各 Door トンネルをゲートウェイのインスタンスへドラッグして接続してください。";
    TopoSplitVpn => "{vpn} links its tunnels to instance {a} and instance {b}, but one Door VPN (an AWS Site-to-Site VPN) has exactly one customer gateway, i.e. one Azure public IP, so this cannot be built; link both tunnels to one instance and add a second Door VPN for the other instance (the article's recommended design).", "{vpn} のトンネルがインスタンス {a} と {b} に分かれていますが、1 つの Door VPN (AWS Site-to-Site VPN) が持てるカスタマーゲートウェイ、つまり Azure のパブリック IP は 1 つだけなので構築できません。2 本とも同じインスタンスに接続し、もう一方のインスタンスには 2 つ目の Door VPN を用意してください (記事の推奨構成)。";
    TopoInstanceMissing => "{tunnel} is linked to instance 1, but an active-standby gateway has one public IP (instance 0) only; link it to instance 0 or make the gateway active-active.", "{tunnel} がインスタンス 1 に接続されていますが、Active-Standby ゲートウェイのパブリック IP はインスタンス 0 の 1 つだけです。インスタンス 0 に接続するか、ゲートウェイを Active-Active にしてください。";
    TopoAaOneInstance => "The gateway is active-active but every tunnel lands on instance {first}, so instance {other} carries nothing: instance {first}'s public IP does not move, so its maintenance or failure stops traffic until it returns; add a second Door VPN with BGP linked to instance {other} (the article's recommended design).", "ゲートウェイは Active-Active ですが、すべてのトンネルがインスタンス {first} に接続されているため、インスタンス {other} は使われません。インスタンス {first} のパブリック IP は移動しないので、そのメンテナンスや障害の間は通信が止まります。BGP の Door VPN をもう 1 つ追加してインスタンス {other} に接続してください (記事の推奨構成)。";
    TopoTunnelUnlinked => "{tunnel} has no Azure connection, so its Door VPN hangs on one AWS endpoint and AWS maintenance on that endpoint interrupts traffic; link it to the same instance as the VPN's other tunnel.", "{tunnel} に Azure 側の接続がないため、この Door VPN は 1 つの AWS エンドポイントだけに頼り、そのメンテナンスで通信が途切れます。同じ VPN のもう一方のトンネルと同じインスタンスに接続してください。";
    FeatureBgp => "BGP", "BGP";
    FeatureAa => "active-active", "Active-Active";
    FeatureBgpAndAa => "BGP and active-active", "BGP と Active-Active";
    GwSkuBasic => "The Basic SKU does not support {feature}, so Azure refuses this gateway; choose VpnGw1AZ or larger (VpnGw2AZ in Microsoft's AWS tutorial).", "Basic SKU は {feature} に対応していないため、このゲートウェイは作成できません。VpnGw1AZ 以上 (Microsoft の AWS 接続チュートリアルでは VpnGw2AZ) を選んでください。";
    GwSkuBasicProduction => "The Basic SKU is not for production: no BGP, no active-active, one failover path, and the Basic public IPs it was built on were retired on 30 September 2025; choose VpnGw1AZ or larger.", "Basic SKU は本番向けではありません (BGP なし、Active-Active なし、Basic パブリック IP は 2025 年 9 月 30 日に廃止)。VpnGw1AZ 以上を選んでください。";
    GwSkuRetired => "The {sku} SKU is retired and cannot be created; choose a VpnGw…AZ SKU (VpnGw2AZ in Microsoft's AWS tutorial).", "{sku} SKU は廃止されており作成できません。VpnGw…AZ の SKU (Microsoft の AWS 接続チュートリアルでは VpnGw2AZ) を選んでください。";
    GwSkuLegacy => "Since 1 January 2025 Azure no longer creates non-AZ VpnGw1–5 gateways (gateway SKU consolidation), so {sku} would be refused; choose {az} (same price; in a region without availability zones it is deployed regionally).", "2025 年 1 月 1 日以降、AZ なしの VpnGw1〜5 ゲートウェイは新規作成できません (ゲートウェイ SKU の統合)。{sku} は作成できないため {az} を選んでください (同価格。可用性ゾーンのないリージョンではリージョン単位で配置されます)。";
    GwSkuGeneration1Only => "{sku} exists only as Generation1; choose Generation1, or VpnGw2AZ or larger for Generation2.", "{sku} は Generation1 のみです。Generation1 にするか、Generation2 なら VpnGw2AZ 以上を選んでください。";
    GwSkuGeneration2Only => "{sku} exists only as Generation2; set the generation to Generation2.", "{sku} は Generation2 のみです。世代を Generation2 にしてください。";
    GwSkuTunnels => "The design has {links} Azure connections but {sku} allows {limit} S2S tunnels; choose a larger SKU or fewer Door VPNs.", "接続が {links} ありますが、{sku} の S2S トンネル上限は {limit} です。より大きな SKU にするか Door VPN を減らしてください。";
    GwPolicyBased => "A PolicyBased gateway (Basic SKU only, IKEv1, one S2S tunnel, no BGP, no active-active) cannot serve a Door VPN: AWS Site-to-Site VPN is route-based and limits a policy-based peer to one security association, and a Door VPN has two tunnels; set the VPN type to RouteBased.", "PolicyBased ゲートウェイ (Basic SKU のみ・IKEv1・S2S トンネル 1 本・BGP も Active-Active もなし) は Door VPN に使えません。AWS Site-to-Site VPN はルートベースで、ポリシーベースの相手とは SA を 1 つしか張れず、Door VPN には 2 本のトンネルがあります。VPN の種類を RouteBased にしてください。";
    ModeActiveActiveHas2 => "an active-active gateway has 2", "Active-Active ゲートウェイは 2 つ";
    ModeActiveStandbyHas1 => "an active-standby gateway has 1", "Active-Standby ゲートウェイは 1 つ";
    GwPublicIps => "The gateway lists {count} public IPs but {mode} (one per active instance); list exactly {expected} (null while not yet allocated).", "パブリック IP が {count} 個ありますが、{mode}です (稼働インスタンスごとに 1 つ)。ちょうど {expected} 個にしてください (未割り当ては null)。";
    GwPublicIpSame => "Both instances of the active-active gateway have public IP {ip}, but each instance has its own public IP resource and each Door VPN's customer gateway is one of them; enter the two addresses Azure assigned.", "Active-Active ゲートウェイの両方のインスタンスのパブリック IP が {ip} ですが、インスタンスごとに別のパブリック IP リソースがあり、各 Door VPN のカスタマーゲートウェイはそのどちらかです。Azure が割り当てた 2 つのアドレスを入力してください。";
    GwSubnetTooSmall => "GatewaySubnet {subnet} is smaller than /29, the smallest Azure accepts; make it /27.", "GatewaySubnet {subnet} は Azure が受け付ける最小の /29 より小さいです。/27 にしてください。";
    GwSubnetSmall => "GatewaySubnet {subnet} works but leaves no room for more gateway features later; Microsoft recommends /27 or larger.", "GatewaySubnet {subnet} でも動きますが、今後の機能追加の余地がありません。Microsoft は /27 以上を推奨しています。";
    GwSubnetOutside => "GatewaySubnet {subnet} is not inside the VNet address space ({space}), so Azure cannot create it; pick a /27 inside the address space.", "GatewaySubnet {subnet} が VNet のアドレス空間 ({space}) の外にあるため作成できません。アドレス空間内の /27 を選んでください。";
    GwFailoverTime => "The gateway is active-standby: a planned failover interrupts traffic for about 10–15 s and an unplanned one for up to 1–3 min; if that matters, use an active-active gateway with two BGP Door VPNs.", "ゲートウェイは Active-Standby です。計画メンテナンスで約 10〜15 秒、計画外の障害で最大 1〜3 分通信が途切れます。許容できない場合は Active-Active と BGP の Door VPN 2 つで構成してください。";
    BgpGatewayOff => "{tunnel} runs BGP but the gateway has BGP off, so no routes are exchanged; turn BGP on for the gateway (it disturbs existing connections, so decide before building), or use static routing.", "{tunnel} は BGP ですが、ゲートウェイの BGP が無効なので経路が交換されません。ゲートウェイの BGP を有効にする (既存の接続に影響するため構築前に決めてください) か、static ルーティングにしてください。";
    BgpLinkOnVpnStatic => "The Azure connection of {tunnel} enables BGP but the Door VPN uses static routing, so the two sides never agree on routes; remove the link's bgp setting or change the VPN's routing.", "{tunnel} の Azure 接続は BGP を有効にしていますが、Door VPN は static ルーティングのため経路が一致しません。接続の bgp 設定を外すか、VPN のルーティングを変えてください。";
    BgpLinkOffVpnBgp => "The Azure connection of {tunnel} disables BGP but the Door VPN uses BGP routing, so the two sides never agree on routes; remove the link's bgp setting or change the VPN's routing.", "{tunnel} の Azure 接続は BGP を無効にしていますが、Door VPN は BGP ルーティングのため経路が一致しません。接続の bgp 設定を外すか、VPN のルーティングを変えてください。";
    BgpApipaRange => "Custom APIPA address {address} of instance {instance} is outside 169.254.21.0–169.254.22.255, the only range Azure accepts; use the second host of a tunnel /30 in 169.254.21.0/24 or 169.254.22.0/24.", "インスタンス {instance} のカスタム APIPA アドレス {address} が、Azure が受け付ける 169.254.21.0〜169.254.22.255 の外にあります。169.254.21.0/24 か 169.254.22.0/24 のトンネル /30 の 2 番目のホストを使ってください。";
    BgpApipaDuplicate => "Custom APIPA address {address} is listed more than once (on instance {first}, again on instance {instance}); each Azure BGP address must be unique, so give each tunnel its own /30.", "カスタム APIPA アドレス {address} が重複しています (インスタンス {first} と {instance})。Azure の BGP アドレスは一意である必要があるため、トンネルごとに別の /30 を割り当ててください。";
    BgpApipaStandby => "The gateway lists {count} custom APIPA addresses but an active-standby gateway supports only one, so only one BGP tunnel can peer; make the gateway active-active (the article's recommended design) or use static routing.", "カスタム APIPA アドレスが {count} 個ありますが、Active-Standby ゲートウェイは 1 つしか設定できないため、BGP でピアできるトンネルは 1 本だけです。Active-Active にする (記事の推奨構成) か、static ルーティングにしてください。";
    BgpApipaInstance => "The gateway has no instance {instance} (an Azure VPN gateway has instance 0, and instance 1 only when active-active), so the custom APIPA addresses listed for it (first {address}) are ignored by every export; move them to an instance the gateway has (quick fix: assign inside CIDRs and APIPA addresses), or make it active-active.", "ゲートウェイにインスタンス {instance} はありません (Azure VPN Gateway のインスタンスは 0 と、Active-Active のときだけ 1)。そのため、そこに設定されたカスタム APIPA アドレス (最初は {address}) はどのエクスポートにも書かれません。存在するインスタンスに移す (クイック修正: 内部 CIDR と APIPA を割り当てる) か、Active-Active にしてください。";
    BgpApipaStandbyNeeds => "The gateway is active-standby, which holds one custom APIPA address, but it has {count} BGP tunnels and each needs an address of its own (every tunnel has its own inside /30), so only one could peer and the others would carry no routes; make the gateway active-active with each Door VPN's two tunnels on one instance (quick fix: make it redundant), or use static routing.", "ゲートウェイは Active-Standby で、カスタム APIPA アドレスを 1 つしか持てませんが、BGP トンネルが {count} 本あり、それぞれに別のアドレスが必要です (トンネルごとに内部 /30 が異なります)。BGP でピアできるのは 1 本だけで、他のトンネルには経路が流れません。Active-Active にして各 Door VPN の 2 本のトンネルを 1 つのインスタンスにまとめる (クイックフィックス: 冗長化する) か、static ルーティングにしてください。";
    BgpInsideWindow => "{tunnel} runs BGP with inside CIDR {inside}, but Azure can only peer from 169.254.21.0–169.254.22.255; ask SORACOM for a /30 in 169.254.21.0/24 or 169.254.22.0/24 in the Door application.", "{tunnel} は内部 CIDR {inside} で BGP を使いますが、Azure がピアできるのは 169.254.21.0〜169.254.22.255 だけです。Door 申請で 169.254.21.0/24 か 169.254.22.0/24 の /30 を指定してください。";
    BgpInsideUnchosen => "{tunnel} runs BGP but its inside CIDR is not chosen yet: AWS would pick a /30 Azure cannot peer from, and the exports can only write placeholders for its BGP addresses; choose a /30 in 169.254.21.0/24 or 169.254.22.0/24 (quick fix: assign inside CIDRs and APIPA addresses) and put it in the Door application.", "{tunnel} は BGP を使いますが、内部 CIDR がまだ決まっていません。AWS は Azure がピアできない /30 を選ぶ可能性があり、エクスポートも BGP アドレスを仮の値でしか書けません。169.254.21.0/24 か 169.254.22.0/24 の /30 を決めて (クイック修正: 内部 CIDR と APIPA を割り当てる)、Door 申請に記載してください。";
    BgpApipaMissing => "{tunnel} has inside CIDR {inside}, so Azure must peer from {address}, but that is not a custom APIPA address of instance {instance}; add {address} to instance {instance}'s APIPA addresses (quick fix: assign inside CIDRs and APIPA addresses).", "{tunnel} の内部 CIDR は {inside} なので Azure 側は {address} でピアする必要がありますが、インスタンス {instance} のカスタム APIPA アドレスにありません。{address} をインスタンス {instance} の APIPA アドレスに追加してください (クイック修正: 内部 CIDR と APIPA を割り当てる)。";
    BgpAsnSame => "The Azure gateway and {vpn} both use ASN {asn}, but the two sides of eBGP must differ; change the Azure ASN (65000 in Microsoft's AWS tutorial).", "Azure ゲートウェイと {vpn} の ASN がどちらも {asn} ですが、eBGP では両側の ASN が異なる必要があります。Azure の ASN を変更してください (Microsoft の AWS 接続チュートリアルでは 65000)。";
    BgpAsnAzureReservedGateway => "Azure ASN {asn} is reserved by Azure or outside its usable private ranges (64512–65514, 65521–65534); use a private ASN such as 65000.", "Azure の ASN {asn} は Azure の予約番号か、使用可能なプライベート範囲 (64512〜65514・65521〜65534) の外です。65000 などのプライベート ASN を使ってください。";
    BgpAsnAzureReservedPeer => "{vpn} uses Amazon-side ASN {asn}, which Azure reserves and will not peer with (usable private ASNs: 64512–65514, 65521–65534); ask for another Amazon-side ASN (AWS default 64512).", "{vpn} の Amazon 側 ASN {asn} は Azure の予約番号のためピアできません (使用可能なプライベート ASN: 64512〜65514・65521〜65534)。別の Amazon 側 ASN (AWS の既定は 64512) を依頼してください。";
    BgpAsnIanaReservedGateway => "Azure ASN {asn} is reserved by IANA; use a private ASN such as 65000.", "Azure の ASN {asn} は IANA の予約番号です。65000 などのプライベート ASN を使ってください。";
    BgpAsnIanaReservedPeer => "{vpn} uses Amazon-side ASN {asn}, which IANA reserves; use the AWS default 64512 or another private ASN.", "{vpn} の Amazon 側 ASN {asn} は IANA の予約番号です。AWS の既定の 64512 などのプライベート ASN を使ってください。";
    BgpAsnAwsReserved => "Azure ASN {asn} becomes the AWS customer gateway ASN, and AWS reserves it in {region}; use a private ASN such as 65000.", "Azure の ASN {asn} は AWS のカスタマーゲートウェイ ASN になりますが、{region} では AWS の予約番号です。65000 などのプライベート ASN を使ってください。";
    BgpAsnAmazonRange => "{vpn} uses Amazon-side ASN {asn}, but AWS accepts only 64512–65534 or 4200000000–4294967294 (default 64512), and it cannot change after creation.", "{vpn} の Amazon 側 ASN {asn} は AWS が受け付ける 64512〜65534・4200000000〜4294967294 の外です (既定 64512、作成後は変更不可)。";
    BgpAsnAmazonMismatch => "{vpn} states Amazon-side ASN {asn} but {first} states {first_asn}; the ASN belongs to the one virtual private gateway behind the VPG, so they should be equal: confirm with SORACOM.", "{vpn} の Amazon 側 ASN は {asn}、{first} は {first_asn} です。ASN は VPG の背後にある 1 つの仮想プライベートゲートウェイのものなので同じはずです。SORACOM に確認してください。";
    BgpConnectionMode => "The Azure connection of {tunnel} is ResponderOnly, but AWS does not start IKE by default, so the tunnel may never come up; set the connection mode to Default.", "{tunnel} の Azure 接続が ResponderOnly ですが、AWS は既定で IKE を開始しないため、トンネルが確立しない可能性があります。接続モードを Default にしてください。";
    BgpDoorApplication => "In the Door application, state that the design needs {total} VPN connection(s) with BGP (Amazon-side ASN {asn}) and that {vpn} must use the custom tunnel inside CIDRs {first} and {second} (APIPA customisation), because Azure can only peer BGP from 169.254.21.0–169.254.22.255.", "Door 申請時に、BGP の VPN 接続が {total} つ必要であること (Amazon 側 ASN {asn})、{vpn} のトンネル内部 CIDR を {first} と {second} にカスタマイズする (APIPA のカスタマイズ) 必要があることを伝えてください。Azure は 169.254.21.0〜169.254.22.255 からしか BGP ピアできないためです。";
    InsideNot30 => "is not a /30", "が /30 ではありません";
    InsideNotLinkLocal => "is not inside 169.254.0.0/16", "が 169.254.0.0/16 の外にあります";
    InsideHostBits => "is not a network address (host bits are set)", "がネットワークアドレスではありません (ホスト部が 0 でない)";
    TunInsideFormat => "The inside CIDR {inside} of {tunnel} {why}, but AWS takes a /30 inside 169.254.0.0/16; use e.g. {example}.", "{tunnel} の内部 CIDR {inside} {why}。AWS では 169.254.0.0/16 内の /30 が必要です。例: {example}。";
    TunInsideReserved => "The inside CIDR {inside} of {tunnel} overlaps {reserved}, which AWS reserves; choose another /30 (for BGP with Azure, from 169.254.21.0/24 or 169.254.22.0/24).", "{tunnel} の内部 CIDR {inside} は AWS の予約済み {reserved} と重なっています。別の /30 (Azure と BGP なら 169.254.21.0/24 か 169.254.22.0/24 から) を選んでください。";
    TunInsideDuplicate => "The inside CIDR {inside} of {tunnel} overlaps {other_inside} of {other}, but inside CIDRs must be unique across all Door VPNs of the VPG; give each tunnel its own /30.", "{tunnel} の内部 CIDR {inside} が {other} の {other_inside} と重なっています。内部 CIDR は VPG のすべての Door VPN で一意である必要があるため、トンネルごとに別の /30 を割り当ててください。";
    PskLength => "is {length} characters long, but AWS needs 8–64", "が {length} 文字ですが、AWS では 8〜64 文字が必要です";
    PskStartsWithZero => "starts with 0, which AWS refuses", "が 0 で始まっていますが、AWS では使えません";
    PskCharacters => "contains a character other than letters, digits, '.' and '_'", "に英数字・「.」・「_」以外の文字が含まれています";
    TunPsk => "The pre-shared key of {tunnel} {problem}; AWS takes 8–64 letters, digits, '.' and '_', not starting with 0 (Azure's connection uses the same key).", "{tunnel} の事前共有キー{problem}。AWS では英数字・「.」・「_」の 8〜64 文字で、0 で始まらないキーが必要です (Azure の接続にも同じキーを使います)。";
    TunOutsideDuplicate => "{tunnel} has AWS outside IP {outside}, the same as {other}, but every AWS tunnel endpoint has its own public IP; copy the outside IPs again from SORACOM's VPN details.", "{tunnel} の AWS 外部 IP {outside} が {other} と同じですが、AWS のトンネルエンドポイントはそれぞれ別のパブリック IP を持ちます。SORACOM から受け取った VPN 情報から外部 IP を写し直してください。";
    AddrVpgRangeOverlap => "The VNet address space ({space}) overlaps the VPG IP range {range}, the source address of all Door traffic, so replies would stay inside the VNet; move the VNet out of {range}.", "VNet のアドレス空間 ({space}) が、Door の通信の送信元である VPG の IP アドレスレンジ {range} と重なっているため、戻りの通信が VNet 内で閉じてしまいます。VNet を {range} の外に移してください。";
    AddrCgnatOverlap => "The VNet address space ({space}) overlaps 100.64.0.0/10, from which SORACOM assigns the VPG IP range; until that range is known this may clash, so prefer VNet addresses outside 100.64.0.0/10 or enter the VPG IP range.", "VNet のアドレス空間 ({space}) が、SORACOM が VPG の IP アドレスレンジを割り当てる 100.64.0.0/10 と重なっています。レンジが決まるまで衝突の可能性があるため、100.64.0.0/10 の外のアドレスを使うか、VPG の IP アドレスレンジを入力してください。";
    AddrDeviceSubnetOverlap => "The VNet address space ({space}) overlaps the VPG device subnet {subnet}, so devices and VNet hosts with clashing addresses cannot reach each other; choose VNet addresses outside {subnet} (the device subnet is fixed when the VPG is created).", "VNet のアドレス空間 ({space}) が VPG のデバイスサブネット {subnet} と重なっているため、アドレスが重なるデバイスと VNet のホストは通信できません。{subnet} の外のアドレスを VNet に使ってください (デバイスサブネットは VPG 作成時に決まります)。";
    AddrVnetOverlap => "The VNet address space entries {a} and {b} overlap, which Azure refuses; merge them or remove one.", "VNet のアドレス空間 {a} と {b} が重なっているため Azure で作成できません。まとめるか、どちらかを削除してください。";
    AddrStaticRoutesMissing => "{vpn} uses static routing but lists no static routes, so SORACOM sends nothing into it; list the Azure prefixes to reach ({suggestion}), or use BGP.", "{vpn} は static ルーティングですが静的ルートがないため、SORACOM から何も送られません。到達したい Azure 側のプレフィックス ({suggestion}) を指定するか、BGP を使ってください。";
    AddrVpgRangeOutside => "The VPG IP range {range} is outside 100.64.0.0/10, where SORACOM assigns every VPG's range (it cannot be chosen), so it is not this VPG's; copy the VPG IP address range from the VPG settings (the device subnet is another field).", "VPG の IP アドレスレンジ {range} が 100.64.0.0/10 の外にあります。SORACOM は VPG の IP アドレスレンジを必ずこの範囲から割り当てる (指定できない) ため、この VPG のものではありません。VPG 設定の VPG IP アドレスレンジを写し直してください (デバイスサブネットは別の項目です)。";
    AddrStaticRouteSoracom => "The static routes of {vpn} include {routes}, inside SORACOM's own ranges ({ranges}): static routes are the Azure-side prefixes SORACOM sends into the VPN, so traffic for SORACOM's own addresses would go to Azure; list the VNet's prefixes (SORACOM's ranges go in Azure's local network gateways).", "{vpn} の静的ルートに、SORACOM 側のアドレス範囲 ({ranges}) 内の {routes} が含まれています。静的ルートは SORACOM が VPN に送る Azure 側のプレフィックスなので、SORACOM 自身のアドレス宛ての通信が Azure に送られます。VNet のプレフィックスを指定してください (SORACOM 側の範囲は Azure のローカルネットワークゲートウェイに設定します)。";
    AddrStaticRoutesUncovered => "The static routes of {vpn} ({routes}) do not cover all of the VNet ({uncovered}), so devices cannot reach the rest; add routes for it.", "{vpn} の静的ルート ({routes}) が VNet の一部 ({uncovered}) をカバーしていないため、デバイスからそこへ到達できません。ルートを追加してください。";
    AddrNotPublicAws => "{tunnel} has AWS outside IP {ip}, {kind}: AWS tunnel endpoints are public internet addresses, so IKE could never reach it; copy the outside IP again from SORACOM's VPN details.", "{tunnel} の AWS 外部 IP {ip} は{kind}です。AWS のトンネルエンドポイントはインターネット上のパブリックアドレスなので、IKE が届きません。SORACOM から受け取った VPN 情報から外部 IP を写し直してください。";
    AddrNotPublicAzure => "Azure instance {n}'s public IP {ip} is {kind}: AWS needs the internet-routable address of the customer gateway, so no Door VPN could reach this instance; enter the address Azure assigned to its public IP resource.", "Azure インスタンス {n} のパブリック IP {ip} は{kind}です。AWS のカスタマーゲートウェイにはインターネットでルーティング可能なアドレスが必要なため、Door VPN がこのインスタンスに届きません。Azure がパブリック IP リソースに割り当てたアドレスを入力してください。";
    AddrVnetEmpty => "The VNet has no address space, so Azure cannot create it and the GatewaySubnet has nowhere to go; add the VNet's address prefixes.", "VNet にアドレス空間がないため、Azure で作成できず、GatewaySubnet も置けません。VNet のアドレスプレフィックスを追加してください。";
    AddrVnetReserved => "The VNet address space entry {entry} overlaps {range}, reserved for {kind}, so Azure cannot create the VNet; use a private range (RFC 1918) that SORACOM's side does not use.", "VNet のアドレス空間 {entry} が{kind}用に予約された {range} と重なるため、Azure で VNet を作成できません。SORACOM 側で使っていないプライベートアドレス (RFC 1918) にしてください。";
    IpPrivate => "a private address (RFC 1918)", "プライベートアドレス (RFC 1918)";
    IpShared => "a shared address (100.64.0.0/10, RFC 6598)", "共有アドレス (100.64.0.0/10、RFC 6598)";
    IpLoopback => "a loopback address", "ループバックアドレス";
    IpLinkLocal => "a link-local address", "リンクローカルアドレス";
    IpThisNetwork => "an address of 0.0.0.0/8 (this network, not a host on the internet)", "ネットワーク 0.0.0.0/8 のアドレス (インターネット上のホストではありません)";
    AddrPrefixHostBits => "{field} {prefix} has host bits set, which Azure and AWS refuse for a prefix; write it as its network, {network}.", "{field} {prefix} はホスト部が 0 ではなく、Azure と AWS はプレフィックスとして受け付けません。ネットワークアドレスの {network} と書いてください。";
    FieldVnetSpace => "The VNet address space entry", "VNet のアドレス空間";
    FieldGatewaySubnet => "GatewaySubnet", "GatewaySubnet";
    FieldDeviceSubnet => "The VPG device subnet", "VPG のデバイスサブネット";
    FieldVpgRange => "The VPG IP range", "VPG IP アドレスレンジ";
    FieldStaticRoute => "{vpn}'s static route", "{vpn} の静的ルート";
    RangeLoopback => "loopback", "ループバック";
    RangeLinkLocal => "link-local addresses", "リンクローカルアドレス";
    RangeMulticast => "multicast", "マルチキャスト";
    RangeBroadcast => "broadcast", "ブロードキャスト";
    RangeAzurePlatform => "Azure's DNS and health probes", "Azure の DNS・正常性プローブ";
    IpMulticast => "a multicast address", "マルチキャストアドレス";
    IpReserved => "a reserved address (240.0.0.0/4)", "予約済みアドレス (240.0.0.0/4)";
    AddrStaticMultiVpn => "{vpn} uses static routing, but {count} Door VPNs reach this gateway: Azure needs BGP for several on-premises devices, and with static routing their local network gateways announce the same SORACOM prefixes, which must not overlap; use BGP on every Door VPN.", "{vpn} は static ルーティングですが、このゲートウェイには {count} つの Door VPN が接続されます。複数のオンプレミス側デバイスには BGP が必要で、static ではローカルネットワークゲートウェイが同じ SORACOM 側プレフィックスを持ち、重複が許されません。すべての Door VPN で BGP を使ってください。";
    LimitVpnsPerVpg => "The design has {count} Door VPNs, but AWS allows {limit} VPN connections per virtual private gateway by default; ask SORACOM whether more are possible, or use fewer.", "Door VPN が {count} ありますが、AWS の仮想プライベートゲートウェイあたりの VPN 接続数は既定で {limit} までです。SORACOM に上限を確認するか、数を減らしてください。";
    LimitPrefixes => "Azure would advertise {count} prefixes to {vpn}, but AWS accepts at most {limit} per VPN connection; summarise the VNet address space.", "Azure から {vpn} へ {count} 個のプレフィックスが広報されますが、AWS が受け付けるのは VPN 接続あたり {limit} 個までです。VNet のアドレス空間を集約してください。";
    DesignNameCollision => "Door VPN ids {id} and {first} become the same Azure resource names ({name}) and script variables, so building it as written would overwrite one VPN's connections with the other's; rename one of them.", "Door VPN の ID {id} と {first} は同じ Azure リソース名 ({name}) とスクリプト変数になるため、このまま構築すると一方の接続がもう一方で上書きされます。どちらかの ID を変えてください。";
    DesignAzureName => "{what} name {name} is not a name Azure accepts: {min}–{max} characters of letters, digits, underscores, periods and hyphens, starting with a letter or digit and ending with a letter, digit or underscore; rename it.", "{what}の名前 {name} は Azure で使えません。{min}〜{max} 文字の英数字・アンダースコア・ピリオド・ハイフンで、英数字で始まり、英数字かアンダースコアで終わる名前にしてください。";
    DesignRegionUnknown => "Region {region} is not one SORACOM Door is known to serve ({known}), so region-specific checks (AWS-reserved ASNs) cannot be made; check the region.", "リージョン {region} は SORACOM Door の既知のリージョン ({known}) ではないため、リージョン固有のチェック (AWS の予約 ASN) ができません。リージョンを確認してください。";
    DesignVpgTypeUnknown => "VPG type {kind} is none of SORACOM's ({known}); a VPG's type is fixed when it is created, so check it.", "VPG タイプ {kind} は SORACOM のタイプ ({known}) ではありません。タイプは VPG 作成後に変更できないため、確認してください。";

    // ---- reading a design --------------------------------------------------------------------
    KindNull => "null", "null";
    KindBool => "true or false", "true / false";
    KindNumber => "a number", "数値";
    KindFraction => "a number with a decimal point or an exponent", "小数点または指数を含む数値";
    KindString => "a string", "文字列";
    KindArray => "a list", "配列";
    KindObject => "an object", "オブジェクト";
    Expected => "expected {what}, found {found}", "{what}が必要ですが、{found}です";
    Missing => "missing (required)", "必須の項目がありません";
    UnknownFieldNear => "unknown field; did you mean \"{name}\"? (keys starting with x- are kept as extensions)", "未知の項目です。\"{name}\" のことですか? (x- で始まるキーは拡張として保持されます)";
    UnknownField => "unknown field; known fields here: {known} (keys starting with x- are kept as extensions)", "未知の項目です。ここで使える項目: {known} (x- で始まるキーは拡張として保持されます)";
    NotADesign => "not a doorplan design: expected a JSON object (a text starting with a brace)", "doorplan の設計ではありません: JSON オブジェクト (波かっこで始まるテキスト) が必要です";
    NotJson => "not valid JSON at line {line}, column {column}: {problem}", "JSON として正しくありません ({line} 行 {column} 列目): {problem}";
    JsonEnds => "the text ends before the JSON does (a closing \"}\", \"]\" or quote missing?)", "JSON の途中でテキストが終わっています (閉じる \"}\"・\"]\"・引用符がない?)";
    JsonExpected => "expected {what} here", "ここには {what} が必要です";
    JsonAValue => "a value", "値";
    JsonColon => "\":\" after the key", "キーの後の \":\"";
    JsonQuote => "a double quote", "ダブルクォート";
    JsonOrEnd => "\",\" or \"{end}\"", "\",\" または \"{end}\"";
    JsonBadEscape => "a backslash escape in a string is not valid JSON (write \\\\, \\\", \\n or \\u00XX)", "文字列内のバックスラッシュのエスケープが正しくありません (\\\\、\\\"、\\n、\\u00XX のように書きます)";
    JsonBadNumber => "not a valid JSON number", "JSON の数値として正しくありません";
    JsonNumberRange => "a number too large to read", "数値が大きすぎて読み込めません";
    JsonControl => "a control character inside a string (write a line break as \\n, a tab as \\t)", "文字列の中に制御文字があります (改行は \\n、タブは \\t と書きます)";
    JsonKeyNotString => "a key must be a string in double quotes", "キーはダブルクォートで囲んだ文字列にしてください";
    JsonTrailingComma => "a comma before a closing bracket", "閉じかっこの直前に余分なカンマがあります";
    JsonTrailing => "more text after the end of the JSON", "JSON の終わりの後にさらにテキストがあります";
    JsonTooDeep => "nested more than 128 levels deep", "128 段より深く入れ子になっています";
    JsonMalformed => "the text here is not JSON", "この位置のテキストは JSON ではありません";
    JsonDuplicateKey => "{problem} (line {line}, column {column}); programs differ on which one counts, so neither is taken", "{problem} ({line} 行 {column} 列目)。どちらを採るかはプログラムによって違うため、どちらも採りません";
    JsonKeyTwice => "the key {key} appears twice in one object", "1 つのオブジェクトにキー {key} が 2 回あります";
    TooLarge => "{size} bytes is more than the {limit} bytes doorplan reads", "{size} バイトあり、doorplan が読み込む上限 {limit} バイトを超えています";
    TooLong => "{length} characters; at most {max}", "{length} 文字あります。最大 {max} 文字です";
    ControlCharacter => "contains the control character {code}; names and ids are one line of plain text", "制御文字 {code} が含まれています。名前や ID は 1 行のテキストにしてください";
    SchemaMissing => "missing; a doorplan design starts with \"schema\": \"doorplan/1\"", "ありません。doorplan の設計は \"schema\": \"doorplan/1\" で始まります";
    SchemaUnsupported => "{found} is not a supported schema (expected \"doorplan/1\")", "{found} は対応していないスキーマです (\"doorplan/1\" が必要です)";
    SecretType => "expected a string, found {found} (the value is not shown: it is a secret)", "文字列が必要ですが、{found}です (秘密情報のため値は表示しません)";
    SecretNotText => "not a usable key: too long or has a control character (the value is not shown: it is a secret)", "使えないキーです: 長すぎるか制御文字を含みます (秘密情報のため値は表示しません)";
    NotAsn => "{value} is not an ASN (a whole number 0–4294967295)", "{value} は ASN ではありません (0〜4294967295 の整数)";
    NotIndex => "{value} is not {what}", "{value} は{what}ではありません";
    TunnelIndex => "a tunnel index (0 or 1)", "トンネル番号 (0 か 1) ";
    InstanceIndex => "an Azure gateway instance (0 or 1)", "Azure ゲートウェイのインスタンス (0 か 1) ";
    NotFinite => "x and y must be finite numbers (within ±10⁹)", "x と y は有限の数値 (±10⁹ 以内) にしてください";
    NotCidr => "{text} is not an IPv4 CIDR (expected a.b.c.d/len)", "{text} は IPv4 の CIDR ではありません (a.b.c.d/長さ の形式)";
    NotIp => "{text} is not an IPv4 address", "{text} は IPv4 アドレスではありません";
    NotOneOf => "{value} is not one of {choices}", "{value} は次のいずれでもありません: {choices}";
    IdEmpty => "must not be empty", "空にできません";
    IdCharacters => "{id} must not contain ':' or spaces", "{id} に ':' や空白は使えません";
    IdReserved => "{id} is reserved for a fixed element of the diagram", "{id} は図の固定要素のために予約されています";
    IdDuplicate => "duplicate id {id} (also door_vpns[{first}].id)", "ID {id} が重複しています (door_vpns[{first}].id と同じ)";
    TunnelCount => "a Door VPN has exactly 2 tunnels (index 0 and 1), found {found}", "Door VPN のトンネルはちょうど 2 本 (0 と 1) ですが、{found} 本あります";
    UnknownVpn => "{id} is not the id of a Door VPN in door_vpns", "{id} は door_vpns にある Door VPN の ID ではありません";
    TunnelLinkedTwice => "tunnel {n} of {id} is already linked by links[{first}]; one tunnel has one Azure connection", "{id} のトンネル {n} は links[{first}] ですでに接続されています。1 本のトンネルに Azure 接続は 1 つです";

    // ---- share links -------------------------------------------------------------------------
    LinkDamaged => "the shared link cannot be opened: {reason}", "共有リンクを開けません: {reason}";
    LinkNotBase64 => "it is not base64url (was it cut when copied?)", "base64url ではありません (コピー時に途切れていませんか?)";
    LinkNotCompressed => "it is not a compressed design (was it cut when copied?)", "圧縮された設計ではありません (コピー時に途切れていませんか?)";
    LinkNotUtf8 => "the design in it is not UTF-8 text", "中の設計が UTF-8 のテキストではありません";
    LinkTooLarge => "the design in it is too large: links carry designs of at most {limit} MiB", "中の設計が大きすぎます: リンクで運べる設計は最大 {limit} MiB です";
    LinkTooLong => "the link is too long ({size} characters; at most {limit})", "リンクが長すぎます ({size} 文字。最大 {limit} 文字)";

    AtPath => "{path}: {message}", "{path}: {message}";

    // ---- SORACOM's answer (AWS Generic configuration) ----------------------------------------
    AtLine => "line {line}: {message}", "{line} 行目: {message}";
    AwsUnexpectedBlock => "expected 'IPSec Tunnel #{expected}', found {found}", "'IPSec Tunnel #{expected}' のはずが {found} です";
    AwsBadValue => "{value} is not {what} ({key})", "{value} は{what}ではありません ({key})";
    AnIpv4Address => "an IPv4 address", "IPv4 アドレス";
    AnAddressWithPrefix => "an address with its prefix, like 169.254.21.2/30", "プレフィックス付きのアドレス (169.254.21.2/30 など)";
    AnAsn => "an ASN", "ASN";
    AwsNotGeneric => "not an AWS VPN configuration in the Generic format: no 'IPSec Tunnel #1' section (download it with Vendor: Generic)", "Generic 形式の AWS VPN 設定ではありません: 'IPSec Tunnel #1' がありません (Vendor: Generic でダウンロードしてください)";
    AwsTunnelCount => "an AWS VPN connection has 2 tunnels; this text describes {found}", "AWS の VPN 接続のトンネルは 2 本ですが、このテキストには {found} 本あります";
    AwsNoOutsideIp => "IPSec Tunnel #{block}: no 'Virtual Private Gateway' outside IP address", "IPSec Tunnel #{block}: 'Virtual Private Gateway' の外部 IP アドレスがありません";
    ImportNoSuchVpn => "no Door VPN with id {id} in the design", "ID {id} の Door VPN が設計にありません";
    ImportFilled => "Filled {count} value(s) of {vpn} from SORACOM's details.", "SORACOM の情報から {vpn} の値を {count} 件入力しました。";
    ImportNothingFilled => "Nothing new for {vpn}: the design already has these values (or they contradict it).", "{vpn} に新しく入力する値はありません (設計にすでにあるか、食い違っています)。";
    ImportConflict => "{path}: the design says {design} but SORACOM's configuration says {config}; the design keeps its value — check which is right.", "{path}: 設計では {design}、SORACOM の設定情報では {config} です。設計の値はそのままです。どちらが正しいか確認してください。";
    ImportConflictBlock => "{path}: the design says {design} but SORACOM's IPSec Tunnel #{block} says {config}; nothing of that tunnel was written — check which is right.", "{path}: 設計では {design}、SORACOM の IPSec Tunnel #{block} では {config} です。このトンネルの値は何も書き込んでいません。どちらが正しいか確認してください。";
    ImportConflictSecret => "{path}: SORACOM's IPSec Tunnel #{block} has a different pre-shared key than the design (neither is shown); nothing of that tunnel was written — check which is right.", "{path}: SORACOM の IPSec Tunnel #{block} の事前共有キーが設計と異なります (どちらも表示しません)。このトンネルの値は何も書き込んでいません。どちらが正しいか確認してください。";
    ImportNotThisVpn => "None of SORACOM's tunnels agree with {vpn} in the design, so nothing was written, not its customer gateway or ASN either: is this the configuration of another Door VPN?", "SORACOM のトンネルがどれも設計の {vpn} と一致しないため、カスタマーゲートウェイや ASN も含めて何も書き込んでいません。別の Door VPN の設定情報ではありませんか?";
    ImportIpOtherInstance => "{path}: SORACOM's configuration names customer gateway {ip}, which the design has as instance {other}'s public IP, but {vpn} links to instance {instance}; nothing was written — check the links or the configuration.", "{path}: SORACOM の設定情報のカスタマーゲートウェイ {ip} は設計ではインスタンス {other} のパブリック IP ですが、{vpn} はインスタンス {instance} に接続されています。何も書き込んでいません。接続か設定情報を確認してください。";
    ImportSwapped => "SORACOM's IPSec Tunnel #{block} is the design's tunnel {n} (AWS does not keep tunnel order; matched by inside CIDR).", "SORACOM の IPSec Tunnel #{block} は設計のトンネル {n} です (AWS はトンネルの順序を保たないため、内部 CIDR で対応付けました)。";
    ImportIkev1 => "SORACOM's configuration says IKEv1 (IPSec Tunnel #{block}); Azure connections use IKEv2 (the exports set it), and IKEv1 main-mode rekeys can drop tunnels: ask SORACOM to allow IKEv2 on both tunnels.", "SORACOM の設定情報は IKEv1 です (IPSec Tunnel #{block})。Azure の接続は IKEv2 を使い (エクスポートで指定)、IKEv1 のメインモードの再鍵交換ではトンネルが切れることがあります。両トンネルで IKEv2 を使えるよう SORACOM に依頼してください。";

    // ---- the Door application text (door-request) --------------------------------------------
    DoorReqTitle => "SORACOM Door application — Azure VPN Gateway", "SORACOM Door 利用申請 — Azure VPN Gateway";
    DoorReqGenerated => "(Generated by doorplan. SORACOM does not publish the form; copy these facts into it.)", "(doorplan で生成。申請フォームの形式は公開されていないため、以下の内容を申請に記載してください。)";
    DoorReqUnknown => "(not known yet)", "(未定)";
    DoorReqRegion => "Region", "リージョン";
    DoorReqType => "Type", "タイプ";
    DoorReqDeviceSubnet => "Device subnet", "デバイスサブネット";
    DoorReqVpgRange => "VPG IP range", "VPG の IP アドレスレンジ";
    DoorReqRequests => "Requests", "依頼事項";
    DoorReqCount => "{count} VPN connection(s) (AWS Site-to-Site VPN) are needed.", "VPN 接続 (AWS Site-to-Site VPN) が {count} つ必要です。";
    DoorReqIkev2 => "Please allow IKEv2 on every tunnel: Azure VPN Gateway connects with IKEv2 (IKEv1 main-mode rekeys can drop tunnels).", "すべてのトンネルで IKEv2 を使えるようにしてください。Azure VPN Gateway は IKEv2 で接続します (IKEv1 のメインモードの再鍵交換ではトンネルが切れることがあります)。";
    DoorReqApipa => "Please customise the tunnel inside CIDRs (APIPA) as listed below: Azure VPN Gateway can only peer BGP from 169.254.21.0–169.254.22.255.", "トンネル内部 CIDR (APIPA) を下記のとおりカスタマイズしてください。Azure VPN Gateway は 169.254.21.0〜169.254.22.255 からしか BGP ピアできません。";
    DoorReqCustomerAsn => "Customer gateway ASN (Azure VPN Gateway)", "カスタマーゲートウェイの ASN (Azure VPN Gateway)";
    DoorReqVpn => "VPN connection", "VPN 接続";
    DoorReqCustomerIp => "Customer gateway IP", "カスタマーゲートウェイ IP";
    DoorReqCustomerIpOf => "{ip} (public IP of Azure gateway instance {instance})", "{ip} (Azure ゲートウェイ インスタンス {instance} のパブリック IP)";
    DoorReqNotLinked => "(not linked to the gateway)", "(ゲートウェイに未接続)";
    DoorReqRouting => "Routing", "ルーティング";
    DoorReqAmazonAsn => "Amazon-side ASN", "Amazon 側 ASN";
    DoorReqStaticRoutes => "Static routes (Azure side)", "静的ルート (Azure 側)";
    DoorReqTunnelInside => "Tunnel {n} inside CIDR", "トンネル {n} 内部 CIDR";
    DoorReqInsideHosts => "{cidr} (AWS {aws}, Azure {azure})", "{cidr} (AWS 側 {aws}、Azure 側 {azure})";
    DoorReqInsideChoose => "(choose one: BGP with Azure needs 169.254.21.0/24 or 169.254.22.0/24)", "(要指定: Azure との BGP には 169.254.21.0/24 か 169.254.22.0/24 が必要)";
    DoorReqInsideByAws => "(assigned by AWS)", "(AWS が割り当て)";
    DoorReqKeys => "Pre-shared keys", "事前共有キー";
    DoorReqKeysOurs => "chosen by us (sent separately, not in this text)", "こちらで指定 (この文面には記載せず別途連絡)";
    DoorReqKeysAws => "generated by AWS", "AWS が生成";

    // ---- the command line --------------------------------------------------------------------
    CliUntitled => "(untitled)", "(無題)";
    CliPattern => "pattern", "パターン";
    CliWorst => "worst single fault", "単一障害の最悪ケース";
    CliNotSimulated => "— (not simulated: the design cannot be built)", "— (構築できないため障害シミュレーションなし)";
    CliFaultsHeading => "Single faults (one at a time)", "単一障害 (1 つずつ)";
    CliExportRefused => "the design is NG, so its configuration would not build; fix these or pass --force:", "設計が NG のため、設定を作っても構築できません。次を直すか --force を付けてください:";
    CliCompanionNotWritten => "note: the pre-shared keys go in {file}; use --out to write it next to the template (readable by you only)", "注意: 事前共有キーは {file} に入ります。--out を使うとテンプレートの隣に書き出します (本人のみ読み取り可)";
    CliCannotRead => "cannot read", "読み込めません";
    CliCannotWrite => "cannot write", "書き込めません";
    CliTooLarge => "larger than {limit} bytes, the limit (raise it with --max-input BYTES)", "上限の {limit} バイトを超えています (--max-input BYTES で引き上げられます)";
    CliNotUtf8 => "not UTF-8 text (a design is a UTF-8 JSON file)", "UTF-8 のテキストではありません (設計は UTF-8 の JSON ファイルです)";
    CliFilled => "filled", "入力";
    CliNothingToChange => "nothing to change: the design already has these values", "変更なし: 設計にはすでにこれらの値があります";

    // ---- the browser app ---------------------------------------------------------------------
    UiTagline => "SORACOM Door × Azure VPN Gateway design check", "SORACOM Door × Azure VPN Gateway 構成チェック";
    UiFooter => "Verdicts are computed in your browser by the doorplan engine (WebAssembly), the same code as the doorplan command line. Nothing is sent anywhere; the design is kept in this browser's local storage.", "判定は doorplan エンジン (WebAssembly) がブラウザ内で計算しています。コマンドラインと同じコードです。データはどこにも送信されず、設計はこのブラウザのローカルストレージに保存されます。";
    UiToolbar => "Toolbar", "ツールバー";
    UiTemplates => "Templates…", "テンプレート…";
    UiAddVpn => "+ Door VPN", "+ Door VPN";
    UiUndo => "Undo", "元に戻す";
    UiUndoTitle => "Undo (Ctrl+Z)", "元に戻す (Ctrl+Z)";
    UiRedo => "Redo", "やり直す";
    UiRedoTitle => "Redo (Ctrl+Shift+Z, Ctrl+Y)", "やり直す (Ctrl+Shift+Z, Ctrl+Y)";
    UiOpen => "Open file…", "ファイルを開く…";
    UiOpenTitle => "Open a design file (*.doorplan.json) from this computer", "このコンピューターの設計ファイル (*.doorplan.json) を開く";
    UiDownloadFile => "Download file", "ファイルに保存";
    UiDownloadFileTitle => "Download the design as a *.doorplan.json file", "設計を *.doorplan.json ファイルとしてダウンロード";
    UiBrowserDesigns => "Saved in browser…", "ブラウザに保存…";
    UiBrowserDesignsTitle => "Designs kept in this browser: keep the current one, open, rename, duplicate, delete", "このブラウザに保存した設計: 現在の設計を保存、開く、名前変更、複製、削除";
    UiBrowserDesignsHeading => "Designs saved in this browser", "このブラウザに保存した設計";
    UiShare => "Share…", "共有…";
    UiExport => "Export…", "エクスポート…";
    UiSvgTitle => "Download the diagram as SVG", "図を SVG でダウンロード";
    UiPngTitle => "Download the diagram as PNG", "図を PNG でダウンロード";
    UiPrint => "Print report", "レポートを印刷";
    UiPrintTitle => "Print the design report (or save it as PDF): diagram, verdict, findings, single faults, Door application", "設計レポートを印刷 (PDF 保存も可): 図・判定・指摘事項・単一障害・Door 申請内容";
    UiPrintMeta => "Design report · doorplan · {date}", "設計レポート · doorplan · {date}";
    UiThemeSystem => "Theme: system", "テーマ: システム";
    UiThemeDark => "Theme: dark", "テーマ: ダーク";
    UiThemeLight => "Theme: light", "テーマ: ライト";
    UiOtherLang => "日本語", "English";
    UiSwitchLang => "Switch to Japanese", "英語に切り替え";
    UiClose => "Close", "閉じる";
    UiDismiss => "Dismiss", "閉じる";
    UiWorstFailure => "Worst single failure:", "単一障害の最悪ケース:";
    UiNotSimulated => "not simulated: fix the NG first", "NG を直すまで障害シミュレーションは行いません";
    UiSimulating => "simulating", "シミュレーション中:";
    UiStop => "stop", "終了";
    UiQuickFixes => "Quick fixes", "クイック修正";
    UiFindings => "Findings", "指摘事項";
    UiNoFindings => "No findings.", "指摘はありません。";
    UiSource => "source", "出典";
    UiShowMore => "Show more ({count} not shown)", "さらに表示 (残り {count} 件)";
    UiSingleFailures => "Single failures", "単一障害";
    UiIfOneThingFails => "If one thing fails", "1 か所が故障したら";
    UiNotSimulatedYet => "Not simulated: the design cannot be built yet.", "設計が構築できないため、シミュレーションしていません。";
    UiFailure => "Failure", "故障箇所";
    UiImpact => "Impact", "影響";
    UiCanvasLabel => "Design diagram: drag tunnel handles onto gateway instance ports (or tap a handle, then a port); arrows pan, + and - zoom, 0 fits", "構成図: トンネルのハンドルをゲートウェイのインスタンスへドラッグ (またはハンドルをタップしてからポートをタップ) して接続。矢印キーで移動、+/- で拡大縮小、0 で全体表示";
    UiCanvasHelp => "Drag a tunnel handle ● onto an instance port (or tap ●, then a port) · drag nodes to move · wheel/pinch to zoom", "トンネルのハンドル ● をインスタンスのポートへドラッグ (または ● をタップしてからポートをタップ) · ノードはドラッグで移動 · ホイール/ピンチで拡大縮小";
    UiNoFindingsHere => "OK", "OK";
    UiZoom => "Zoom", "ズーム";
    UiZoomIn => "Zoom in (+)", "拡大 (+)";
    UiZoomOut => "Zoom out (−)", "縮小 (−)";
    UiFit => "Fit", "全体表示";
    UiFitTitle => "Fit the whole diagram (0)", "図全体を表示 (0)";
    UiTidy => "Tidy", "整列";
    UiTidyTitle => "Lay the diagram out tidily (undoable)", "図をきれいに並べ直す (元に戻せます)";
    UiDropMissed => "Drop a tunnel on the Azure gateway (instance 0) to create its connection.", "トンネルは Azure ゲートウェイ (インスタンス 0) にドロップすると接続できます。";
    UiDropMissedAa => "Drop a tunnel on the Azure gateway, on instance 0 or instance 1, to create its connection.", "トンネルは Azure ゲートウェイのインスタンス 0 か 1 にドロップすると接続できます。";
    UiArmedHint => "Now tap a gateway port for {tunnel} (tap the handle again to cancel).", "{tunnel} を接続するゲートウェイのポートをタップしてください (ハンドルを再度タップで取り消し)。";
    UiRuleSaid => "{rule}: {message}", "{rule}: {message}";
    UiVpgRangeUnknown => "VPG IP range: unknown", "VPG IP レンジ: 未定";
    UiNotKnownYet => "not known yet", "未定";
    UiDevices => "devices", "デバイス";
    UiStaticRouting => "static routing", "static ルーティング";
    UiTunnel => "Tunnel", "トンネル";
    UiInsideAuto => "inside: not chosen", "内部: 未決定";
    UiOutsideUnknown => "outside IP: ?", "外部 IP: ?";
    UiActiveActive => "active-active", "Active-Active";
    UiActiveStandby => "active-standby", "Active-Standby";
    UiBgpOff => "BGP off", "BGP なし";
    UiPublicIpUnknown => "public IP: ?", "パブリック IP: ?";
    UiLegendColours => "Green: OK · amber: WARN · red: NG (the colour of each node and link is the worst finding about it).", "緑: OK · 橙: WARN · 赤: NG (ノードと接続の色はそれぞれの最も重い指摘)。";
    UiInspector => "Inspector", "インスペクター";
    UiDesign => "Design", "設計";
    UiTitle => "Title", "タイトル";
    UiSelectHint => "Select a node or link on the diagram to edit it.", "図のノードや接続を選ぶと編集できます。";
    UiName => "Name", "名前";
    UiAddressSpace => "Address space", "アドレス空間";
    UiCidrsHint => "CIDRs separated by commas", "CIDR をカンマ区切りで";
    UiGatewaySubnetHint => "/27 or larger recommended", "/27 以上を推奨";
    UiRegion => "Region (Door endpoint)", "リージョン (Door の接続先)";
    UiVpgType => "VPG type", "VPG タイプ";
    UiDeviceSubnet => "Device subnet", "デバイスサブネット";
    UiDeviceSubnetHint => "Set when the VPG is created (default 10.128.0.0/9)", "VPG 作成時に決定 (既定 10.128.0.0/9)";
    UiVpgRange => "VPG IP range", "VPG の IP アドレスレンジ";
    UiVpgRangePlaceholder => "assigned by SORACOM (100.64.0.0/10)", "SORACOM が割り当て (100.64.0.0/10)";
    UiAssumptions => "Assumptions: SORACOM does not publish the Door application form, the SORACOM-side ASN (AWS default 64512 assumed), or whether every VPG type offers Door.", "前提: Door の申請フォーム、SORACOM 側の ASN (AWS 既定の 64512 と仮定)、全 VPG タイプで Door が使えるかは公開されていません。";
    UiBySku => "(by SKU)", "(SKU に従う)";
    UiGeneration => "Generation", "世代";
    UiVpnType => "VPN type", "VPN の種類";
    UiActiveActiveLabel => "Active-active (two instances, two public IPs)", "Active-Active (2 インスタンス・パブリック IP 2 つ)";
    UiAzureAsn => "Azure ASN", "Azure の ASN";
    UiAzureAsnHint => "Azure default 65515; Microsoft's AWS tutorial uses 65000", "Azure の既定は 65515、Microsoft の AWS チュートリアルは 65000";
    UiPublicIp => "Public IP", "パブリック IP";
    UiNotAllocated => "not allocated yet", "未割り当て";
    UiApipa => "Custom APIPA BGP addresses", "カスタム APIPA BGP アドレス";
    UiApipaHint => "169.254.21.0–169.254.22.255, separated by commas", "169.254.21.0〜169.254.22.255 をカンマ区切りで";
    UiNotLinked => "not linked", "未接続";
    UiAmazonAsnHint => "AWS default 64512 (assumed for SORACOM)", "AWS の既定は 64512 (SORACOM も同じと仮定)";
    UiTunnelConnection => "Azure connection (gateway instance)", "Azure 接続 (ゲートウェイのインスタンス)";
    UiInsideCidr => "Inside CIDR", "内部 CIDR";
    UiInsidePlaceholder => "a /30 in 169.254.0.0/16", "169.254.0.0/16 内の /30";
    UiOutsideIp => "AWS outside IP", "AWS 外部 IP";
    UiFromSoracom => "from SORACOM", "SORACOM から受領";
    UiDeleteVpnHint => "Delete or Backspace removes the selected Door VPN and its links (undo brings them back).", "Delete / Backspace で選択中の Door VPN と接続を削除します (元に戻せます)。";
    UiPasteSummary => "Fill from SORACOM's VPN details", "SORACOM の VPN 情報から入力";
    UiPasteLabel => "Paste the AWS VPN configuration (Generic format) SORACOM sent for this VPN", "SORACOM から受け取ったこの VPN の AWS 設定 (Generic 形式) を貼り付け";
    UiFill => "Fill", "入力";
    UiConnectionMode => "Connection mode", "接続モード";
    UiModeDefault => "Azure starts or answers (recommended)", "Azure から開始も応答もする (推奨)";
    UiModeInitiator => "Azure starts only", "Azure から開始のみ";
    UiModeResponder => "Azure answers only (AWS does not start by default)", "Azure は応答のみ (AWS は既定で開始しません)";
    UiAsTheVpn => "(as the Door VPN)", "(Door VPN に従う)";
    UiOn => "on", "有効";
    UiOff => "off", "無効";
    UiLinkHint => "Drag the link's end to another instance port to move it; Delete removes it.", "接続の端を別のインスタンスのポートへドラッグすると付け替えられます。Delete で削除します。";
    UiNote => "Note", "メモ";
    UiNotePlaceholder => "A note for this element (kept in the file, shown on the diagram)", "この要素へのメモ (ファイルに保存され、図に表示されます)";
    UiDesignKeeps => "The design keeps {value}.", "設計の値は {value} のままです。";
    UiDesignKeepsEmpty => "The design keeps this field empty.", "設計のこの項目は空のままです。";
    UiDesignKeepsSecret => "The design keeps its previous key.", "設計は以前のキーのままです。";
    UiShowKey => "Show the key", "キーを表示";
    UiHideKey => "Hide the key", "キーを隠す";
    UiExportTitle => "Export the configuration", "設定をエクスポート";
    UiDoorApplication => "Door application", "Door 申請内容";
    UiExportRefused => "This design is NG, so its configuration would not build. Fix these first:", "この設計は NG のため、設定を作っても構築できません。先に次を直してください:";
    UiExportAnyway => "Export anyway (for review, not for building)", "それでもエクスポートする (確認用。構築には使わないでください)";
    UiExportHoldsKeys => "This file holds pre-shared keys: keep it out of version control.", "このファイルには事前共有キーが含まれます。バージョン管理に入れないでください。";
    UiCopy => "Copy", "コピー";
    UiCopied => "Copied to the clipboard.", "クリップボードにコピーしました。";
    UiCopyFailed => "The browser did not allow copying; select the text instead.", "ブラウザがコピーを許可しませんでした。テキストを選択してコピーしてください。";
    UiDownload => "Download", "ダウンロード";
    UiMarkdownReport => "Report (Markdown)", "レポート (Markdown)";
    UiAudit => "Audit…", "監査…";
    UiAuditTitleAttr => "Compare the design with what is deployed in Azure, and explain the live tunnel and BGP status", "設計と Azure にデプロイ済みの内容を比較し、トンネルと BGP の稼働状況を説明します";
    UiAuditTitle => "Compare with the deployment", "デプロイとの比較";
    UiAuditHint => "Paste or open what the Azure CLI prints for the resource group: az network vnet-gateway show, az network vpn-connection list (or show, for the connection status), az network local-gateway list, az network vnet-gateway list-bgp-peer-status — or the portal's Export template JSON. Nothing leaves this browser.", "リソースグループについて Azure CLI が出力した内容を貼り付けるか開いてください: az network vnet-gateway show、az network vpn-connection list (接続状態は show)、az network local-gateway list、az network vnet-gateway list-bgp-peer-status、またはポータルの「テンプレートのエクスポート」の JSON。内容はこのブラウザーの外へ出ません。";
    UiAuditPaste => "Azure JSON (one command's output)", "Azure の JSON (1 コマンドの出力)";
    UiAuditAdd => "Add", "追加";
    UiAuditFiles => "Open files…", "ファイルを開く…";
    UiAuditRemove => "Remove", "削除";
    UiAuditPasted => "pasted #{n}", "貼り付け #{n}";
    UiAuditNothing => "Nothing given yet.", "まだ何も渡されていません。";
    UiAuditPlanned => "Design", "設計";
    UiAuditDeployed => "Azure", "Azure";
    UiAuditDifferences => "Differences", "差分";
    UiAuditStatus => "Live status", "稼働状況";
    UiAuditLegend => "On the diagram: ● connected, ◐ connecting, ✖ not connected (the worse of tunnel and BGP session; hover a link for both).", "図では ● 接続済み、◐ 接続中、✖ 未接続 (トンネルと BGP セッションの悪い方。両方は接続にカーソルを合わせると表示)。";
    UiAuditBuild => "Build a design from this deployment", "このデプロイから設計を組み立てる";
    UiAuditOpenBuilt => "Open this design", "この設計を開く";
    UiAuditStop => "Stop comparing", "比較をやめる";
    UiDownloaded => "Downloaded.", "ダウンロードしました。";
    UiDownloadFailed => "The download failed.", "ダウンロードに失敗しました。";
    UiShareTitle => "Share this design", "この設計を共有";
    UiShareFragmentHint => "The design travels in the link's #fragment, which browsers never send to a server.", "設計はリンクの # 以降に入ります。ブラウザはこの部分をサーバーへ送りません。";
    UiShareIncludeKeys => "Include the pre-shared keys (anyone with the link can read them)", "事前共有キーを含める (リンクを知る人は誰でも読めます)";
    UiShareFailed => "(this browser cannot compress the link)", "(このブラウザではリンクを圧縮できません)";
    UiLink => "Link", "リンク";
    UiCopyLink => "Copy link", "リンクをコピー";
    UiEmbedHeading => "Embed in documentation", "ドキュメントに埋め込む";
    UiEmbedIframe => "Read-only viewer (iframe)", "読み取り専用ビューア (iframe)";
    UiEmbedScriptHint => "Or, without writing an iframe: load embed.js from this site and add <div data-doorplan-src=\"design.doorplan.json\"></div> (see the README).", "iframe を書かずに: このサイトの embed.js を読み込み、<div data-doorplan-src=\"design.doorplan.json\"></div> を置きます (README 参照)。";
    UiKeepCurrent => "Keep the current design in this browser", "現在の設計をこのブラウザに保存";
    UiNoSavedDesigns => "No designs saved in this browser yet.", "このブラウザに保存した設計はまだありません。";
    UiOpenSaved => "Open", "開く";
    UiRename => "Rename", "名前変更";
    UiDuplicate => "Duplicate", "複製";
    UiDelete => "Delete", "削除";
    UiNewName => "New name", "新しい名前";
    UiCopyOf => "{name} (copy)", "{name} (コピー)";
    UiDeleted => "Deleted {name}.", "{name} を削除しました。";
    UiListUnreadable => "The list of designs saved in this browser could not be read. Nothing was deleted: download the stored text, then start a new list.", "このブラウザの設計一覧を読み込めませんでした。何も削除していません。保存されていたテキストをダウンロードしてから、新しい一覧を始めてください。";
    UiDownloadStored => "Download the stored text", "保存テキストをダウンロード";
    UiStartNewList => "Start a new list", "新しい一覧を始める";
    UiListNotStored => "The browser did not store the list ({reason}); nothing changed. Use Download file to keep a copy.", "ブラウザが一覧を保存しませんでした ({reason})。何も変更していません。「ファイルに保存」でコピーを残してください。";
    UiSavedUnreadable => "This saved design could not be read: {reason}", "この保存済み設計を読み込めませんでした: {reason}";
    UiKeptName => "{title} (kept when a shared link was opened)", "{title} (共有リンクを開いたときに保存)";
    UiSharedOpened => "Opened the shared design. Your previous design is kept under Saved in browser….", "共有された設計を開きました。それまでの設計は「ブラウザに保存…」に残してあります。";
    UiSharedOpenedNotKept => "Opened the shared design, but your previous design could not be kept ({reason}); Undo brings it back.", "共有された設計を開きましたが、それまでの設計を保存できませんでした ({reason})。「元に戻す」で復元できます。";
    UiLinkNotOpened => "The shared link could not be opened: {reason} Your design is unchanged.", "共有リンクを開けませんでした: {reason} 設計は変更していません。";
    UiAutosaveUnreadable => "The autosaved design could not be read ({reason}). It is kept aside in this browser and offered here for download; the editor opened another design.", "自動保存された設計を読み込めませんでした ({reason})。このブラウザ内に別に保管してあり、ここからダウンロードできます。エディタは別の設計で開いています。";
    UiDownloadSavedText => "Download the saved text", "保存されていたテキストをダウンロード";
    UiAutosaveFailed => "Autosave failed ({reason}); use Download file to keep your design.", "自動保存に失敗しました ({reason})。「ファイルに保存」で設計を保存してください。";
    UiStorageUnavailable => "this browser's storage is not available", "このブラウザのストレージが使えません";
    UiStorageFull => "this browser's storage is full", "このブラウザのストレージがいっぱいです";
    UiStorageRefused => "the browser refused to store it", "ブラウザが保存を拒否しました";
    UiFileTooLarge => "it is {size} MB; designs are at most {limit} MB", "{size} MB あります。設計は最大 {limit} MB です";
    UiFileUnreadable => "the browser could not read it", "ブラウザが読み込めませんでした";
    UiFileNotOpened => "{file} was not opened: {reason}. Your current design is unchanged.", "{file} を開けませんでした: {reason}。現在の設計はそのままです。";
    UiImportUnread => "SORACOM's VPN details were not read: {error}. The design is unchanged.", "SORACOM の VPN 情報を読み込めませんでした: {error}。設計は変更していません。";
    UiNoPicture => "No picture: {reason}", "画像を作れませんでした: {reason}";
    UiNoDiagram => "the diagram is not on the page", "図がページにありません";
    UiPictureFailed => "the browser could not draw the picture", "ブラウザが画像を描画できませんでした";
    UiViewerNoDesign => "no design in this address (expected viewer.html#d=…)", "このアドレスに設計がありません (viewer.html#d=… の形式)";
    UiOpenInEditor => "Open in the doorplan editor ↗", "doorplan エディタで開く ↗";

    // ---- comments and descriptions of the Azure exports --------------------------------------
    ExHeader => "Azure side of a SORACOM Door design, generated by doorplan {version}.", "SORACOM Door 構成の Azure 側。doorplan {version} で生成。";
    ExGatewayTime => "Creating the VPN gateway takes about 45 minutes.", "VPN ゲートウェイの作成には約 45 分かかります。";
    ExWhere => "Where to build: override with environment variables.", "作成先: 環境変数で上書きできます。";
    ExVnetNote => "false: reuse an existing VNet and its GatewaySubnet (nothing else in it is changed)", "false: 既存の VNet とその GatewaySubnet を使う (VNet のほかの部分は変更しません)";
    ExZonesNote => "Availability zones of the public IPs. Regions without availability zones refuse zonal public IPs: leave the list empty there (the ...AZ gateway SKU then deploys regionally).", "パブリック IP の可用性ゾーン。可用性ゾーンのないリージョンではゾーン指定のパブリック IP を作れないため、空にしてください (…AZ の SKU はリージョン単位で配置されます)。";
    ExFromSoracom => "From SORACOM after the Door application (AWS outside IPs, pre-shared keys).", "Door 申請後に SORACOM から受け取る値 (AWS 外部 IP、事前共有キー)。";
    ExKeysEnv => "Pre-shared keys are secrets: prefer passing them as environment variables.", "事前共有キーは秘密情報です。できれば環境変数で渡してください。";
    ExNotChosen => "Not chosen in the design yet (BGP addresses; APIPA lists as JSON, e.g. [\"169.254.21.2\",\"169.254.22.2\"]):", "設計でまだ決まっていない値 (BGP アドレス。APIPA は JSON の配列で、例: [\"169.254.21.2\",\"169.254.22.2\"]):";
    ExVpgRange => "The VPG IP range SORACOM assigned (in 100.64.0.0/10)", "SORACOM が割り当てた VPG の IP アドレスレンジ (100.64.0.0/10 内)";
    ExGatewaySubnet => "GatewaySubnet prefix, a /27 inside the VNet", "GatewaySubnet のプレフィックス (VNet 内の /27)";
    ExSetFirst => "set these values first (environment variables):", "先に次の値を設定してください (環境変数):";
    ExPublicIpOf => "Public IP of instance {instance}: the customer gateway IP of {users}.", "インスタンス {instance} のパブリック IP: {users} のカスタマーゲートウェイ IP。";
    ExGatewayComment => "The gateway: explicit --sku (the CLI's default is Basic).", "ゲートウェイ: --sku を明示 (CLI の既定は Basic)。";
    ExGatewayCommentAa => "The gateway: explicit --sku (the CLI's default is Basic); two public IPs make it active-active.", "ゲートウェイ: --sku を明示 (CLI の既定は Basic)。パブリック IP 2 つで Active-Active になります。";
    ExApipaSet => "Custom APIPA BGP addresses of instance {instance} (no dedicated flag: generic --set).", "インスタンス {instance} のカスタム APIPA BGP アドレス (専用のオプションがないため --set で設定)。";
    ExGiveToSoracom => "Give these to SORACOM as the customer gateway IPs of the Door application:", "次の値を Door 申請のカスタマーゲートウェイ IP として SORACOM に伝えてください:";
    ExInstanceLabel => "instance {instance} ({users}): ", "インスタンス {instance} ({users}): ";
    ExConnection => "{tunnel} -> instance {instance}{inside}", "{tunnel} -> インスタンス {instance}{inside}";
    ExInside => ", inside {cidr}", "、内部 {cidr}";
    ExNoVpn => "no Door VPN", "Door VPN なし";
    ExTfKeysNote => "Pre-shared keys are not in this file: terraform.tfvars next to it holds them (keep it private).", "事前共有キーはこのファイルにありません。隣の terraform.tfvars に入ります (非公開にしてください)。";
    ExBicepKeysNote => "Pre-shared keys are not in this file: the .bicepparam next to it holds them (keep it private).", "事前共有キーはこのファイルにありません。隣の .bicepparam に入ります (非公開にしてください)。";
    ExResourceGroup => "Resource group of the VNet and the gateway", "VNet とゲートウェイのリソースグループ";
    ExRegion => "Azure region", "Azure のリージョン";
    ExCreateVnetTf => "true: create the resource group, VNet and GatewaySubnet; {note}", "true: リソースグループ・VNet・GatewaySubnet を作成する。{note}";
    ExCreateVnetBicep => "true: create the VNet and its GatewaySubnet; {note}", "true: VNet と GatewaySubnet を作成する。{note}";
    ExOutsideIp => "AWS outside IP of {tunnel} (from SORACOM)", "{tunnel} の AWS 外部 IP (SORACOM から受領)";
    ExPskTf => "Pre-shared key of {tunnel} (from SORACOM; in terraform.tfvars)", "{tunnel} の事前共有キー (SORACOM から受領。terraform.tfvars に記載)";
    ExPskBicep => "Pre-shared key of {tunnel} (from SORACOM; in the .bicepparam)", "{tunnel} の事前共有キー (SORACOM から受領。.bicepparam に記載)";
    ExPskMissing => "pre-shared key of {tunnel} (from SORACOM)", "{tunnel} の事前共有キー (SORACOM から受領)";
    ExNotChosenParam => "Not chosen in the design yet: {what}", "設計でまだ決まっていない値: {what}";
    ExCustomerIp => "Customer gateway IP for SORACOM (instance {instance}): {users}", "SORACOM に伝えるカスタマーゲートウェイ IP (インスタンス {instance}): {users}";
    ExPeersFromFirst => "Without these every connection peers from the first APIPA address.", "これがないと、すべての接続が最初の APIPA アドレスからピアします。";
    ExValuesFor => "Values for {file} ({title}), generated by doorplan {version}.", "{file} ({title}) の値。doorplan {version} で生成。";
    ExHoldsKeys => "It holds pre-shared keys: keep it out of version control and readable only by you.", "事前共有キーを含みます。バージョン管理に入れず、本人だけが読めるようにしてください。";
    ExStillToFill => "Still to fill in (uncomment and set):", "未記入の値 (コメントを外して設定してください):";
    ExPlaceholderApipa => "custom APIPA BGP addresses of instance {instance} (169.254.21.0-169.254.22.255)", "インスタンス {instance} のカスタム APIPA BGP アドレス (169.254.21.0〜169.254.22.255)";
    ExPlaceholderAws => "AWS inside IP of {tunnel} (first host of its inside /30)", "{tunnel} の AWS 側内部 IP (内部 /30 の 1 番目のホスト)";
    ExPlaceholderAzure => "Azure inside IP of {tunnel} (second host of its inside /30)", "{tunnel} の Azure 側内部 IP (内部 /30 の 2 番目のホスト)";
    ExPlaceholderOther => "an APIPA address of instance {instance}", "インスタンス {instance} の APIPA アドレス";
    ExPlaceholderPrimary => "an APIPA address of instance 0 (azurerm requires the primary custom BGP address)", "インスタンス 0 の APIPA アドレス (azurerm では primary のカスタム BGP アドレスが必須)";
    ExVnetOnlyIfCreate => "Created only when createVnet is true; an existing VNet is never redeclared (that would drop its other subnets).", "createVnet が true のときだけ作成します。既存の VNet は宣言し直しません (ほかのサブネットが消えるため)。";
    ExDeploy => "Deploy: az deployment group create --resource-group <rg> --template-file {template} --parameters {params}", "デプロイ: az deployment group create --resource-group <rg> --template-file {template} --parameters {params}";
    // ---- audit: a deployment compared with its design, live status explained -----------------
    AuOn => "on", "オン";
    AuOff => "off", "オフ";
    AuNone => "none", "なし";
    AuKeySet => "set", "設定あり";
    AuKeyUnset => "not set", "未設定";
    AuStateConnected => "connected", "接続済み";
    AuStateConnecting => "connecting", "接続中";
    AuStateDown => "not connected", "未接続";
    AuStateUnknown => "unknown", "不明";
    AuTooLarge => "{source}: {size} bytes is more than the {limit} bytes doorplan reads", "{source}: {size} バイトあり、doorplan が読む上限 {limit} バイトを超えています";
    AuNotJson => "{source}: not JSON at line {line}, column {column}: {problem}", "{source}: JSON ではありません ({line} 行 {column} 列目): {problem}";
    AuNothing => "{source}: no Azure VPN resource or BGP peer status in it (give what az network vnet-gateway show, az network vpn-connection list / show, az network local-gateway list or az network vnet-gateway list-bgp-peer-status print, or the portal's Export template JSON)", "{source}: Azure の VPN リソースも BGP ピアの状態も含まれていません (az network vnet-gateway show、az network vpn-connection list / show、az network local-gateway list、az network vnet-gateway list-bgp-peer-status の出力か、ポータルの「テンプレートのエクスポート」の JSON を渡してください)";
    AuFoundGateway => "VPN gateway {name}", "VPN ゲートウェイ {name}";
    AuFoundLngs => "{count} local network gateway(s)", "ローカル ネットワーク ゲートウェイ {count} 個";
    AuFoundConnections => "{count} connection(s)", "接続 {count} 個";
    AuFoundPeers => "{count} BGP peer status entries", "BGP ピア状態 {count} 件";
    AuGatewayMissing => "The deployment has no VPN gateway {name} (found: {found}), so nothing can be compared with the design's gateway.", "デプロイに VPN ゲートウェイ {name} がありません (見つかったもの: {found})。設計のゲートウェイと比較できません。";
    AuSku => "The gateway SKU is {deployed} in Azure but {planned} in the design: tunnel limits, zone redundancy and throughput are not what was checked.", "ゲートウェイの SKU が Azure では {deployed}、設計では {planned} です。トンネル数の上限・ゾーン冗長・スループットが確認した前提と異なります。";
    AuGeneration => "The gateway generation is {deployed} in Azure but {planned} in the design.", "ゲートウェイの世代が Azure では {deployed}、設計では {planned} です。";
    AuActiveActive => "Active-active is {deployed} in Azure but {planned} in the design: the instances the links land on, and the failover the fault table assumes, are not as drawn.", "Active-Active が Azure では {deployed}、設計では {planned} です。接続先インスタンスと、障害表が前提とするフェイルオーバーが図と異なります。";
    AuGatewayBgp => "BGP is {deployed} on the gateway in Azure but {planned} in the design: BGP connections cannot exchange routes.", "ゲートウェイの BGP が Azure では {deployed}、設計では {planned} です。BGP 接続で経路を交換できません。";
    AuAsn => "The gateway ASN is {deployed} in Azure but {planned} in the design: the Door VPNs expect {planned}, so their BGP sessions stay down.", "ゲートウェイの ASN が Azure では {deployed}、設計では {planned} です。Door VPN 側は {planned} を想定しているため BGP セッションが確立しません。";
    AuPublicIp => "Instance {instance}'s public IP is {deployed} in Azure but {planned} in the design: the Door VPN whose customer gateway is this instance points at the wrong address.", "インスタンス {instance} のパブリック IP が Azure では {deployed}、設計では {planned} です。このインスタンスをカスタマーゲートウェイとする Door VPN が誤ったアドレスを向きます。";
    AuApipa => "Instance {instance}'s custom APIPA addresses are {deployed} in Azure but {planned} in the design: a BGP session whose Azure inside address is missing cannot come up.", "インスタンス {instance} のカスタム APIPA アドレスが Azure では {deployed}、設計では {planned} です。Azure 側の内部アドレスがない BGP セッションは確立しません。";
    AuLngMissing => "{tunnel} has no local network gateway (expected {name}): the tunnel has no Azure side.", "{tunnel} のローカル ネットワーク ゲートウェイがありません (想定: {name})。このトンネルの Azure 側がありません。";
    AuLngAddress => "The local network gateway of {tunnel} points at {deployed} but the design says {planned}: IKE goes to the wrong AWS endpoint.", "{tunnel} のローカル ネットワーク ゲートウェイの宛先が {deployed} ですが、設計は {planned} です。IKE が別の AWS エンドポイントへ向かいます。";
    AuLngPeer => "The local network gateway of {tunnel} peers BGP with {deployed} but the tunnel's AWS inside address is {planned}: the BGP session cannot come up.", "{tunnel} のローカル ネットワーク ゲートウェイの BGP ピアが {deployed} ですが、トンネルの AWS 側内部アドレスは {planned} です。BGP セッションが確立しません。";
    AuLngAsn => "The local network gateway of {tunnel} has ASN {deployed} but the Door VPN uses {planned}: the BGP session is refused.", "{tunnel} のローカル ネットワーク ゲートウェイの ASN が {deployed} ですが、Door VPN は {planned} です。BGP セッションが拒否されます。";
    AuLngExtra => "The local network gateway {name} ({address}) is not in the design.", "ローカル ネットワーク ゲートウェイ {name} ({address}) は設計にありません。";
    AuConnMissing => "{tunnel} has no connection (expected {name}): the tunnel is not built.", "{tunnel} の接続がありません (想定: {name})。このトンネルは構築されていません。";
    AuConnExtra => "The connection {name} is not in the design.", "接続 {name} は設計にありません。";
    AuConnPair => "The connection {name} joins {deployed} but the design joins {planned}.", "接続 {name} は {deployed} を結んでいますが、設計では {planned} です。";
    AuConnKey => "The connection of {tunnel} has its pre-shared key {deployed} in Azure but {planned} in the design (the key itself is never shown).", "{tunnel} の接続の事前共有キーは Azure では{deployed}、設計では{planned}です (キーそのものは表示しません)。";
    AuConnBgp => "The connection of {tunnel} has BGP {deployed} in Azure but {planned} in the design: routes are not exchanged as checked.", "{tunnel} の接続の BGP が Azure では {deployed}、設計では {planned} です。確認した通りに経路が交換されません。";
    AuConnCustomBgp => "The connection of {tunnel} peers from custom BGP addresses {deployed} but the design needs {planned}: Azure speaks from an address AWS does not expect.", "{tunnel} の接続のカスタム BGP アドレスが {deployed} ですが、設計では {planned} が必要です。AWS が想定しないアドレスから Azure が BGP を話します。";
    AuConnMode => "The connection of {tunnel} is {deployed} in Azure but {planned} in the design.", "{tunnel} の接続は Azure では {deployed}、設計では {planned} です。";
    AuConnIke => "The connection of {tunnel} uses {deployed} but the exports set {planned}, which the AWS tunnels of Door are set up for.", "{tunnel} の接続は {deployed} ですが、エクスポートは {planned} を設定します (Door の AWS トンネルはこれに合わせてあります)。";
    AuStatusSplit => "{tunnel} cannot come up: the customer gateway of {vpn} is the public IP of instance {cgw}, so AWS never brings this tunnel to instance {other} (the article's split design). Link both tunnels to instance {cgw} and add a second Door VPN for instance {other}.", "{tunnel} は確立できません。{vpn} のカスタマーゲートウェイはインスタンス {cgw} のパブリック IP なので、AWS はこのトンネルをインスタンス {other} へ張りません (記事の分割構成)。両トンネルをインスタンス {cgw} に接続し、インスタンス {other} には 2 つ目の Door VPN を追加してください。";
    AuStatusVpnDown => "Both tunnels of {vpn} are down: an AWS-side or key problem. Compare the pre-shared keys and the AWS outside IPs with SORACOM's configuration, and check that the Door VPN is active.", "{vpn} の両トンネルがダウンしています。AWS 側かキーの問題です。事前共有キーと AWS の外部 IP を SORACOM の設定情報と照合し、Door VPN が有効か確認してください。";
    AuStatusBgpDown => "{tunnel} is connected but its BGP session is {state}: check that instance {instance} lists {azure} as a custom APIPA address, that the connection enables BGP from that address, and that the local network gateway peers with {aws} in ASN {asn}.", "{tunnel} は接続済みですが BGP セッションが{state}です。インスタンス {instance} がカスタム APIPA アドレス {azure} を持つか、接続がそのアドレスで BGP を有効にしているか、ローカル ネットワーク ゲートウェイが {aws} (ASN {asn}) とピアリングしているか確認してください。";
    AuStatusTunnelDown => "{tunnel} is {state} while the other tunnel of {vpn} is up: one AWS endpoint is unavailable (AWS maintenance, or this tunnel's key or outside IP); traffic uses the other tunnel.", "{tunnel} は{state}ですが {vpn} のもう一方のトンネルは接続済みです。AWS エンドポイントの片方が使えません (AWS のメンテナンスか、このトンネルのキーまたは外部 IP)。通信はもう一方のトンネルを使います。";
    AuStatusConnecting => "{tunnel} is still connecting: if it stays so, check the IKE version (IKEv2) and the connection mode (Default) against the AWS tunnel options.", "{tunnel} はまだ接続中です。このままなら IKE バージョン (IKEv2) と接続モード (Default) を AWS のトンネル設定と照合してください。";
    AuStatusUp => "{tunnel}: the tunnel and its BGP session are connected.", "{tunnel}: トンネルと BGP セッションは接続済みです。";
    AuStatusTunnelUp => "{tunnel}: the tunnel is connected.", "{tunnel}: トンネルは接続済みです。";
    AuStatusNoData => "No status of {tunnel} in what was given (add what az network vpn-connection show and az network vnet-gateway list-bgp-peer-status print).", "渡された内容に {tunnel} の状態がありません (az network vpn-connection show と az network vnet-gateway list-bgp-peer-status の出力を追加してください)。";
    AuMatches => "The deployment matches the design.", "デプロイは設計と一致しています。";
    AuDifferences => "{count} difference(s) between the design and the deployment:", "設計とデプロイの差分が {count} 件あります:";
    AuStatusHeading => "Live status:", "稼働状況:";
    AuRead => "Read: {sources}", "読み込み: {sources}";
    AuBuilt => "A design built from the deployment: {vpns} Door VPN(s), tunnels grouped by their BGP peers and inside CIDRs. Check the grouping before you use it:", "デプロイから組み立てた設計: Door VPN {vpns} 個 (トンネルは BGP ピアと内部 CIDR でまとめました)。使う前にまとめ方を確認してください:";
    AuGroup => "{vpn}: {tunnels}", "{vpn}: {tunnels}";
    AuNoGateway => "The deployment has no VPN gateway to build a design from.", "設計を組み立てる VPN ゲートウェイがデプロイにありません。";
}

summaries! {
    TopoNoLink => "No Door tunnel is linked to the gateway.", "ゲートウェイに接続された Door トンネルがありません。";
    TopoSplitVpn => "One Door VPN's tunnels link to two different Azure instances.", "1 つの Door VPN のトンネルが異なる Azure インスタンスに接続されています。";
    TopoInstanceMissing => "A link targets instance 1 of an active-standby gateway.", "Active-Standby ゲートウェイのインスタンス 1 への接続があります。";
    TopoAaOneInstance => "Active-active gateway, but every link lands on the same instance.", "Active-Active ですが、すべての接続が同じインスタンスにあります。";
    TopoTunnelUnlinked => "A Door VPN has a tunnel with no link.", "接続されていないトンネルを持つ Door VPN があります。";
    GwSkuBasic => "Basic SKU: NG with BGP or active-active, WARN otherwise (not for production).", "Basic SKU: BGP か Active-Active を使うと NG、それ以外は WARN (本番向けではありません)。";
    GwSkuRetired => "Standard or HighPerformance SKU (retired).", "廃止された Standard / HighPerformance SKU です。";
    GwSkuLegacy => "Non-AZ VpnGw1–VpnGw5 SKU: no longer created since 1 January 2025.", "AZ なしの VpnGw1〜VpnGw5 SKU: 2025 年 1 月 1 日以降は作成できません。";
    GwSkuGeneration => "SKU and generation do not exist together.", "SKU と世代の組み合わせが存在しません。";
    GwSkuTunnels => "More links than the SKU's S2S tunnel limit.", "SKU の S2S トンネル上限を超える接続があります。";
    GwPolicyBased => "PolicyBased gateway: cannot serve a Door VPN.", "PolicyBased ゲートウェイ: Door VPN には使えません。";
    GwPublicIps => "Public IPs do not match the gateway mode (one per active instance, each its own).", "パブリック IP がゲートウェイのモードと合いません (稼働インスタンスごとに 1 つずつ、別々のアドレス)。";
    GwSubnetSize => "GatewaySubnet smaller than /29 (NG) or /28–/29 (WARN).", "GatewaySubnet が /29 より小さい (NG)、または /28〜/29 (WARN)。";
    GwSubnetOutside => "GatewaySubnet not inside the VNet address space.", "GatewaySubnet が VNet のアドレス空間の外にあります。";
    GwFailoverTime => "Active-standby gateway: failover takes 10 s to 3 min.", "Active-Standby ゲートウェイ: フェイルオーバーに 10 秒〜3 分かかります。";
    BgpGatewayOff => "A BGP link on a gateway with BGP off.", "BGP が無効なゲートウェイに BGP の接続があります。";
    BgpLinkMismatch => "A link's BGP setting contradicts its Door VPN's routing.", "接続の BGP 設定が Door VPN のルーティングと食い違っています。";
    BgpApipaRange => "A custom APIPA address outside 169.254.21.0–169.254.22.255.", "カスタム APIPA アドレスが 169.254.21.0〜169.254.22.255 の外にあります。";
    BgpApipaDuplicate => "The same APIPA address twice.", "同じ APIPA アドレスが重複しています。";
    BgpApipaInstance => "Custom APIPA addresses listed for an instance the gateway does not have.", "存在しないインスタンスにカスタム APIPA アドレスが設定されています。";
    BgpApipaStandby => "More than one custom APIPA address on, or needed by the BGP tunnels of, an active-standby gateway.", "Active-Standby ゲートウェイにカスタム APIPA アドレスが複数ある、または BGP トンネルが複数必要としています。";
    BgpInsideWindow => "A BGP tunnel's inside CIDR is not in 169.254.21.0/24 or 169.254.22.0/24.", "BGP トンネルの内部 CIDR が 169.254.21.0/24・169.254.22.0/24 の外にあります。";
    BgpInsideUnchosen => "A linked BGP tunnel whose inside CIDR is not chosen yet.", "接続済みの BGP トンネルの内部 CIDR が未決定です。";
    BgpApipaMissing => "A BGP tunnel's Azure address is not an APIPA address of its instance.", "BGP トンネルの Azure 側アドレスが接続先インスタンスの APIPA アドレスにありません。";
    BgpAsnSame => "The Azure ASN equals a Door VPN's Amazon-side ASN.", "Azure の ASN が Door VPN の Amazon 側 ASN と同じです。";
    BgpAsnAzureReserved => "An ASN that Azure reserves or does not accept.", "Azure が予約している、または受け付けない ASN です。";
    BgpAsnIanaReserved => "An ASN that IANA reserves.", "IANA が予約している ASN です。";
    BgpAsnAwsReserved => "The Azure ASN is one AWS reserves for customer gateways in this region.", "Azure の ASN が、このリージョンで AWS がカスタマーゲートウェイに予約している ASN です。";
    BgpAsnAmazonRange => "An Amazon-side ASN outside 64512–65534 and 4200000000–4294967294.", "Amazon 側 ASN が 64512〜65534・4200000000〜4294967294 の外にあります。";
    BgpAsnAmazonMismatch => "Door VPNs of one VPG state different Amazon-side ASNs.", "同じ VPG の Door VPN で Amazon 側 ASN が異なっています。";
    BgpConnectionMode => "A link with connection mode ResponderOnly.", "接続モードが ResponderOnly の接続があります。";
    BgpDoorApplication => "What the Door application must ask for in a BGP design.", "BGP 構成で Door 申請時に伝える内容。";
    TunInsideFormat => "An inside CIDR that is not a /30 inside 169.254.0.0/16.", "内部 CIDR が 169.254.0.0/16 内の /30 ではありません。";
    TunInsideReserved => "An inside CIDR that AWS reserves.", "AWS が予約している内部 CIDR です。";
    TunInsideDuplicate => "Two tunnels of the VPG with overlapping inside CIDRs.", "VPG 内の 2 本のトンネルの内部 CIDR が重なっています。";
    TunPsk => "A pre-shared key AWS does not accept.", "AWS が受け付けない事前共有キーです。";
    TunOutsideDuplicate => "Two tunnels with the same AWS outside IP.", "2 本のトンネルの AWS 外部 IP が同じです。";
    AddrVpgRangeOverlap => "The VNet overlaps the VPG IP range.", "VNet が VPG の IP アドレスレンジと重なっています。";
    AddrCgnatOverlap => "The VPG IP range is unknown and the VNet overlaps 100.64.0.0/10.", "VPG の IP アドレスレンジが未定で、VNet が 100.64.0.0/10 と重なっています。";
    AddrDeviceSubnetOverlap => "The VNet overlaps the VPG device subnet.", "VNet が VPG のデバイスサブネットと重なっています。";
    AddrVnetEmpty => "A VNet with no address space.", "アドレス空間のない VNet です。";
    AddrVnetOverlap => "The VNet's address space entries overlap each other.", "VNet のアドレス空間どうしが重なっています。";
    AddrVnetReserved => "A VNet address range Azure does not allow (multicast, broadcast, loopback, link-local, 168.63.129.16).", "VNet に Azure で使えないアドレス範囲 (マルチキャスト、ブロードキャスト、ループバック、リンクローカル、168.63.129.16) があります。";
    AddrStaticRoutesMissing => "A linked static Door VPN with no static routes.", "接続された static の Door VPN に静的ルートがありません。";
    AddrVpgRangeOutside => "A VPG IP range outside 100.64.0.0/10, where SORACOM assigns them.", "VPG の IP アドレスレンジが、SORACOM が割り当てる 100.64.0.0/10 の外にあります。";
    AddrStaticRouteSoracom => "A static route inside the VPG's own device subnet or IP range.", "静的ルートが VPG 自身のデバイスサブネットまたは IP アドレスレンジの中にあります。";
    AddrStaticRoutesUncovered => "A static Door VPN's routes leave part of the VNet unreachable.", "static の Door VPN のルートが VNet の一部をカバーしていません。";
    AddrNotPublic => "An AWS outside IP or Azure public IP that is not a public internet address.", "AWS 外部 IP または Azure のパブリック IP がインターネットのパブリックアドレスではありません。";
    AddrPrefixHostBits => "A prefix with host bits set (not its network address).", "ホスト部が 0 でないプレフィックス (ネットワークアドレスではない) があります。";
    AddrStaticMultiVpn => "Static routing with two or more Door VPNs on one gateway.", "1 つのゲートウェイに 2 つ以上の Door VPN があり、static ルーティングを使っています。";
    LimitVpnsPerVpg => "More than 10 Door VPNs on the VPG.", "VPG あたりの Door VPN が 10 を超えています。";
    LimitPrefixes => "More than 100 prefixes would be advertised to a BGP Door VPN.", "BGP の Door VPN へ広報されるプレフィックスが 100 を超えます。";
    DesignNameCollision => "Two Door VPN ids become the same Azure resource names.", "2 つの Door VPN の ID が同じ Azure リソース名になります。";
    DesignAzureName => "A VNet or gateway name that Azure does not accept.", "Azure で使えない VNet またはゲートウェイの名前です。";
    DesignRegionUnknown => "A region SORACOM Door does not serve.", "SORACOM Door が提供していないリージョンです。";
    DesignVpgTypeUnknown => "A VPG type that is none of SORACOM's.", "SORACOM の VPG タイプではありません。";
}
