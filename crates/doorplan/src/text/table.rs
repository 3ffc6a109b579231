//! The table: every text of doorplan in English and Japanese. `{name}` marks an argument
//! (a test checks both languages use the same ones). Grouped by where the text is used.

macro_rules! table {
    ($($key:ident => $en:literal, $ja:literal;)*) => {
        /// A text of the table. `T::X.get(lang)` is its template; `msg!(X, name = value)` a
        /// message with arguments.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum T { $($key),* }

        impl T {
            /// Every text, in table order.
            pub const ALL: &'static [T] = &[$(T::$key),*];

            /// The English text.
            pub fn en(self) -> &'static str {
                match self { $(T::$key => $en),* }
            }

            /// The Japanese text.
            pub fn ja(self) -> &'static str {
                match self { $(T::$key => $ja),* }
            }
        }
    };
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
    FaultDoorVpn => "{vpn} (the whole Door VPN)", "{vpn} (Door VPN 全体)";
    FaultEndpoint => "{vpn}, tunnel {n}", "{vpn}、トンネル {n}";
    NotChosenYet => "(not chosen yet)", "(未決定)";
    RepeatedFinding => "{message} — and {count} findings like this in all ({examples}, …).", "{message} — 同様の指摘が全部で {count} 件あります ({examples} ほか)。";

    // ---- verdicts, impacts, patterns ----------------------------------------------------------
    HeadlineNg => "NG — this design cannot be built as drawn", "NG — この設計はこのままでは構築できません";
    HeadlineWarn => "WARN — it builds, but read the warnings", "WARN — 構築できますが注意点があります";
    HeadlineOk => "OK — this design can be built", "OK — この設計は構築できます";
    ImpactSurvives => "survives: other tunnels carry the traffic", "継続: 他のトンネルで通信を継続";
    ImpactFailover => "failover: traffic stops 10 s – 3 min", "フェイルオーバー: 10 秒〜3 分の通信断";
    ImpactOutage => "outage: no path until it returns", "停止: 復旧まで経路なし";
    ImpactSurvivesDetail => "other tunnels carry the traffic", "他のトンネルで通信を継続";
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
    FixMakeRedundant => "Make it redundant (2 VPNs, BGP, active-active)", "冗長化する (VPN 2 つ・BGP・Active-Active)";
    FixConnectionModeDefault => "Set connection mode to Default", "接続モードを Default にする";

    // ---- rule summaries (doorplan rules) ------------------------------------------------------
    STopoNoLink => "No Door tunnel is linked to the gateway.", "ゲートウェイに接続された Door トンネルがありません。";
    STopoSplitVpn => "One Door VPN's tunnels link to two different Azure instances.", "1 つの Door VPN のトンネルが異なる Azure インスタンスに接続されています。";
    STopoInstanceMissing => "A link targets instance 1 of an active-standby gateway.", "Active-Standby ゲートウェイのインスタンス 1 への接続があります。";
    STopoAaOneInstance => "Active-active gateway, but every link lands on the same instance.", "Active-Active ですが、すべての接続が同じインスタンスにあります。";
    STopoTunnelUnlinked => "A Door VPN has a tunnel with no link.", "接続されていないトンネルを持つ Door VPN があります。";
    SGwSkuBasic => "Basic SKU: NG with BGP or active-active, WARN otherwise (not for production).", "Basic SKU: BGP か Active-Active を使うと NG、それ以外は WARN (本番向けではありません)。";
    SGwSkuRetired => "Standard or HighPerformance SKU (retired).", "廃止された Standard / HighPerformance SKU です。";
    SGwSkuLegacy => "Non-AZ VpnGw1–VpnGw5 SKU: no longer created since 1 January 2025.", "AZ なしの VpnGw1〜VpnGw5 SKU: 2025 年 1 月 1 日以降は作成できません。";
    SGwSkuGeneration => "SKU and generation do not exist together.", "SKU と世代の組み合わせが存在しません。";
    SGwSkuTunnels => "More links than the SKU's S2S tunnel limit.", "SKU の S2S トンネル上限を超える接続があります。";
    SGwPolicyBased => "PolicyBased gateway: cannot serve a Door VPN.", "PolicyBased ゲートウェイ: Door VPN には使えません。";
    SGwPublicIps => "Number of public IPs does not match the gateway mode.", "パブリック IP の数がゲートウェイのモードと合いません。";
    SGwSubnetSize => "GatewaySubnet smaller than /29 (NG) or /28–/29 (WARN).", "GatewaySubnet が /29 より小さい (NG)、または /28〜/29 (WARN)。";
    SGwSubnetOutside => "GatewaySubnet not inside the VNet address space.", "GatewaySubnet が VNet のアドレス空間の外にあります。";
    SGwFailoverTime => "Active-standby gateway: failover takes 10 s to 3 min.", "Active-Standby ゲートウェイ: フェイルオーバーに 10 秒〜3 分かかります。";
    SBgpGatewayOff => "A BGP link on a gateway with BGP off.", "BGP が無効なゲートウェイに BGP の接続があります。";
    SBgpLinkMismatch => "A link's BGP setting contradicts its Door VPN's routing.", "接続の BGP 設定が Door VPN のルーティングと食い違っています。";
    SBgpApipaRange => "A custom APIPA address outside 169.254.21.0–169.254.22.255.", "カスタム APIPA アドレスが 169.254.21.0〜169.254.22.255 の外にあります。";
    SBgpApipaDuplicate => "The same APIPA address twice.", "同じ APIPA アドレスが重複しています。";
    SBgpApipaStandby => "More than one custom APIPA address on an active-standby gateway.", "Active-Standby ゲートウェイにカスタム APIPA アドレスが複数あります。";
    SBgpInsideWindow => "A BGP tunnel's inside CIDR is not in 169.254.21.0/24 or 169.254.22.0/24.", "BGP トンネルの内部 CIDR が 169.254.21.0/24・169.254.22.0/24 の外にあります。";
    SBgpInsideUnchosen => "A linked BGP tunnel whose inside CIDR is not chosen yet.", "接続済みの BGP トンネルの内部 CIDR が未決定です。";
    SBgpApipaMissing => "A BGP tunnel's Azure address is not an APIPA address of its instance.", "BGP トンネルの Azure 側アドレスが接続先インスタンスの APIPA アドレスにありません。";
    SBgpAsnSame => "The Azure ASN equals a Door VPN's Amazon-side ASN.", "Azure の ASN が Door VPN の Amazon 側 ASN と同じです。";
    SBgpAsnAzureReserved => "An ASN that Azure reserves or does not accept.", "Azure が予約している、または受け付けない ASN です。";
    SBgpAsnIanaReserved => "An ASN that IANA reserves.", "IANA が予約している ASN です。";
    SBgpAsnAwsReserved => "The Azure ASN is one AWS reserves for customer gateways in this region.", "Azure の ASN が、このリージョンで AWS がカスタマーゲートウェイに予約している ASN です。";
    SBgpAsnAmazonRange => "An Amazon-side ASN outside 64512–65534 and 4200000000–4294967294.", "Amazon 側 ASN が 64512〜65534・4200000000〜4294967294 の外にあります。";
    SBgpAsnAmazonMismatch => "Door VPNs of one VPG state different Amazon-side ASNs.", "同じ VPG の Door VPN で Amazon 側 ASN が異なっています。";
    SBgpConnectionMode => "A link with connection mode ResponderOnly.", "接続モードが ResponderOnly の接続があります。";
    SBgpDoorApplication => "What the Door application must ask for in a BGP design.", "BGP 構成で Door 申請時に伝える内容。";
    STunInsideFormat => "An inside CIDR that is not a /30 inside 169.254.0.0/16.", "内部 CIDR が 169.254.0.0/16 内の /30 ではありません。";
    STunInsideReserved => "An inside CIDR that AWS reserves.", "AWS が予約している内部 CIDR です。";
    STunInsideDuplicate => "Two tunnels of the VPG with overlapping inside CIDRs.", "VPG 内の 2 本のトンネルの内部 CIDR が重なっています。";
    STunPsk => "A pre-shared key AWS does not accept.", "AWS が受け付けない事前共有キーです。";
    STunOutsideDuplicate => "Two tunnels with the same AWS outside IP.", "2 本のトンネルの AWS 外部 IP が同じです。";
    SAddrVpgRangeOverlap => "The VNet overlaps the VPG IP range.", "VNet が VPG の IP アドレスレンジと重なっています。";
    SAddrCgnatOverlap => "The VPG IP range is unknown and the VNet overlaps 100.64.0.0/10.", "VPG の IP アドレスレンジが未定で、VNet が 100.64.0.0/10 と重なっています。";
    SAddrDeviceSubnetOverlap => "The VNet overlaps the VPG device subnet.", "VNet が VPG のデバイスサブネットと重なっています。";
    SAddrVnetOverlap => "The VNet's address space entries overlap each other.", "VNet のアドレス空間どうしが重なっています。";
    SAddrStaticRoutesMissing => "A linked static Door VPN with no static routes.", "接続された static の Door VPN に静的ルートがありません。";
    SAddrStaticRoutesUncovered => "A static Door VPN's routes leave part of the VNet unreachable.", "static の Door VPN のルートが VNet の一部をカバーしていません。";
    SAddrStaticMultiVpn => "Static routing with two or more Door VPNs on one gateway.", "1 つのゲートウェイに 2 つ以上の Door VPN があり、static ルーティングを使っています。";
    SLimitVpnsPerVpg => "More than 10 Door VPNs on the VPG.", "VPG あたりの Door VPN が 10 を超えています。";
    SLimitPrefixes => "More than 100 prefixes would be advertised to a BGP Door VPN.", "BGP の Door VPN へ広報されるプレフィックスが 100 を超えます。";
    SDesignNameCollision => "Two Door VPN ids become the same Azure resource names.", "2 つの Door VPN の ID が同じ Azure リソース名になります。";
    SDesignRegionUnknown => "A region SORACOM Door does not serve.", "SORACOM Door が提供していないリージョンです。";

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
    GwSubnetTooSmall => "GatewaySubnet {subnet} is smaller than /29, the smallest Azure accepts; make it /27.", "GatewaySubnet {subnet} は Azure が受け付ける最小の /29 より小さいです。/27 にしてください。";
    GwSubnetSmall => "GatewaySubnet {subnet} works but leaves no room for more gateway features later; Microsoft recommends /27 or larger.", "GatewaySubnet {subnet} でも動きますが、今後の機能追加の余地がありません。Microsoft は /27 以上を推奨しています。";
    GwSubnetOutside => "GatewaySubnet {subnet} is not inside the VNet address space ({space}), so Azure cannot create it; pick a /27 inside the address space.", "GatewaySubnet {subnet} が VNet のアドレス空間 ({space}) の外にあるため作成できません。アドレス空間内の /27 を選んでください。";
    GwFailoverTime => "The gateway is active-standby: a planned failover interrupts traffic for about 10–15 s and an unplanned one for up to 1–3 min; if that matters, use an active-active gateway with two BGP Door VPNs.", "ゲートウェイは Active-Standby です。計画メンテナンスで約 10〜15 秒、計画外の障害で最大 1〜3 分通信が途切れます。許容できない場合は Active-Active と BGP の Door VPN 2 つで構成してください。";
    BgpGatewayOff => "{tunnel} runs BGP but the gateway has BGP off, so no routes are exchanged; turn BGP on for the gateway (it disturbs existing connections, so decide before building), or use static routing.", "{tunnel} は BGP ですが、ゲートウェイの BGP が無効なので経路が交換されません。ゲートウェイの BGP を有効にする (既存の接続に影響するため構築前に決めてください) か、static ルーティングにしてください。";
    BgpLinkOnVpnStatic => "The Azure connection of {tunnel} enables BGP but the Door VPN uses static routing, so the two sides never agree on routes; remove the link's bgp setting or change the VPN's routing.", "{tunnel} の Azure 接続は BGP を有効にしていますが、Door VPN は static ルーティングのため経路が一致しません。接続の bgp 設定を外すか、VPN のルーティングを変えてください。";
    BgpLinkOffVpnBgp => "The Azure connection of {tunnel} disables BGP but the Door VPN uses BGP routing, so the two sides never agree on routes; remove the link's bgp setting or change the VPN's routing.", "{tunnel} の Azure 接続は BGP を無効にしていますが、Door VPN は BGP ルーティングのため経路が一致しません。接続の bgp 設定を外すか、VPN のルーティングを変えてください。";
    BgpApipaRange => "Custom APIPA address {address} of instance {instance} is outside 169.254.21.0–169.254.22.255, the only range Azure accepts; use the second host of a tunnel /30 in 169.254.21.0/24 or 169.254.22.0/24.", "インスタンス {instance} のカスタム APIPA アドレス {address} が、Azure が受け付ける 169.254.21.0〜169.254.22.255 の外にあります。169.254.21.0/24 か 169.254.22.0/24 のトンネル /30 の 2 番目のホストを使ってください。";
    BgpApipaDuplicate => "Custom APIPA address {address} is listed twice (instance {first} and instance {instance}); each Azure BGP address must be unique, so give each tunnel its own /30.", "カスタム APIPA アドレス {address} が重複しています (インスタンス {first} と {instance})。Azure の BGP アドレスは一意である必要があるため、トンネルごとに別の /30 を割り当ててください。";
    BgpApipaStandby => "The gateway lists {count} custom APIPA addresses but an active-standby gateway supports only one, so only one BGP tunnel can peer; make the gateway active-active (the article's recommended design) or use static routing.", "カスタム APIPA アドレスが {count} 個ありますが、Active-Standby ゲートウェイは 1 つしか設定できないため、BGP でピアできるトンネルは 1 本だけです。Active-Active にする (記事の推奨構成) か、static ルーティングにしてください。";
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
    AddrStaticRoutesUncovered => "The static routes of {vpn} ({routes}) do not cover all of the VNet ({uncovered}), so devices cannot reach the rest; add routes for it.", "{vpn} の静的ルート ({routes}) が VNet の一部 ({uncovered}) をカバーしていないため、デバイスからそこへ到達できません。ルートを追加してください。";
    AddrStaticMultiVpn => "{vpn} uses static routing, but {count} Door VPNs reach this gateway: Azure needs BGP for several on-premises devices, and with static routing their local network gateways announce the same SORACOM prefixes, which must not overlap; use BGP on every Door VPN.", "{vpn} は static ルーティングですが、このゲートウェイには {count} つの Door VPN が接続されます。複数のオンプレミス側デバイスには BGP が必要で、static ではローカルネットワークゲートウェイが同じ SORACOM 側プレフィックスを持ち、重複が許されません。すべての Door VPN で BGP を使ってください。";
    LimitVpnsPerVpg => "The design has {count} Door VPNs, but AWS allows {limit} VPN connections per virtual private gateway by default; ask SORACOM whether more are possible, or use fewer.", "Door VPN が {count} ありますが、AWS の仮想プライベートゲートウェイあたりの VPN 接続数は既定で {limit} までです。SORACOM に上限を確認するか、数を減らしてください。";
    LimitPrefixes => "Azure would advertise {count} prefixes to {vpn}, but AWS accepts at most {limit} per VPN connection; summarise the VNet address space.", "Azure から {vpn} へ {count} 個のプレフィックスが広報されますが、AWS が受け付けるのは VPN 接続あたり {limit} 個までです。VNet のアドレス空間を集約してください。";
    DesignNameCollision => "Door VPN ids {id} and {first} become the same Azure resource names ({name}) and script variables, so building it as written would overwrite one VPN's connections with the other's; rename one of them.", "Door VPN の ID {id} と {first} は同じ Azure リソース名 ({name}) とスクリプト変数になるため、このまま構築すると一方の接続がもう一方で上書きされます。どちらかの ID を変えてください。";
    DesignRegionUnknown => "Region {region} is not one SORACOM Door is known to serve ({known}), so region-specific checks (AWS-reserved ASNs) cannot be made; check the region.", "リージョン {region} は SORACOM Door の既知のリージョン ({known}) ではないため、リージョン固有のチェック (AWS の予約 ASN) ができません。リージョンを確認してください。";

    // ---- reading a design --------------------------------------------------------------------
    KindNull => "null", "null";
    KindBool => "true or false", "true / false";
    KindNumber => "a number", "数値";
    KindString => "a string", "文字列";
    KindArray => "a list", "配列";
    KindObject => "an object", "オブジェクト";
    Expected => "expected {what}, found {found}", "{what}が必要ですが、{found}です";
    Missing => "missing (required)", "必須の項目がありません";
    UnknownFieldNear => "unknown field; did you mean \"{name}\"? (keys starting with x- are kept as extensions)", "未知の項目です。\"{name}\" のことですか? (x- で始まるキーは拡張として保持されます)";
    UnknownField => "unknown field; known fields here: {known} (keys starting with x- are kept as extensions)", "未知の項目です。ここで使える項目: {known} (x- で始まるキーは拡張として保持されます)";
    NotADesign => "not a doorplan design: expected a JSON object (a text starting with a brace)", "doorplan の設計ではありません: JSON オブジェクト (波かっこで始まるテキスト) が必要です";
    NotJson => "not valid JSON: {error}", "JSON として正しくありません: {error}";
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
}
