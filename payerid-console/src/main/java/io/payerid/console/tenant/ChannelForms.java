package io.payerid.console.tenant;

import io.payerid.core.tenant.AlipayApp;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.UnionPayAcquirer;
import io.payerid.core.tenant.WechatComponentAccount;
import io.payerid.core.tenant.WechatMiniApp;
import io.payerid.core.tenant.WechatOfficialAccount;
import io.payerid.core.tenant.WechatPayMerchant;
import java.util.List;
import java.util.TreeSet;

/**
 * One form per channel kind: which fields are settings (shown again) and which are secrets (write-only: the page
 * shows only that a secret is set, and an empty secret field on save keeps nothing, the admin API's
 * replace-as-a-whole rule). Field names are the typed views' own constants.
 */
public record ChannelForms(ChannelKind kind, List<String> settings, List<String> secrets) {

    public static final List<ChannelForms> ALL = List.of(
            new ChannelForms(ChannelKind.WECHAT_OA, List.of(WechatOfficialAccount.APP_ID, WechatOfficialAccount.SUB_APP_ID),
                    List.of(WechatOfficialAccount.APP_SECRET)),
            new ChannelForms(ChannelKind.WECHAT_MINIAPP, List.of(WechatMiniApp.APP_ID), List.of(WechatMiniApp.APP_SECRET)),
            new ChannelForms(ChannelKind.WECHAT_PAY, List.of(WechatPayMerchant.APP_ID, WechatPayMerchant.MCH_ID,
                    WechatPayMerchant.SUB_MCH_ID, WechatPayMerchant.SUB_APP_ID, WechatPayMerchant.SIGN_TYPE),
                    List.of(WechatPayMerchant.API_KEY)),
            new ChannelForms(ChannelKind.ALIPAY, List.of(AlipayApp.APP_ID, AlipayApp.ALIPAY_PUBLIC_KEY,
                    AlipayApp.MERCHANT_APP_ID), List.of(AlipayApp.PRIVATE_KEY, AlipayApp.APP_AUTH_TOKEN)),
            new ChannelForms(ChannelKind.UNIONPAY, List.of(UnionPayAcquirer.MCH_ID, UnionPayAcquirer.SIGN_AGENT_NO,
                    UnionPayAcquirer.GROUP_NO, UnionPayAcquirer.AUTH_VERSION), List.of(UnionPayAcquirer.KEY)),
            new ChannelForms(ChannelKind.WECHAT_COMPONENT, List.of(WechatComponentAccount.APP_ID),
                    List.of(WechatComponentAccount.APP_SECRET, WechatComponentAccount.TOKEN,
                            WechatComponentAccount.ENCODING_AES_KEY)));

    /** The kinds a merchant may hold itself: a third-party platform account belongs to an institution only. */
    public static final List<ChannelForms> MERCHANT_OWNED = ALL.stream()
            .filter(f -> f.kind != ChannelKind.WECHAT_COMPONENT).toList();

    /** A configured channel as the page shows it: its settings, and only the names of its secrets. */
    public record View(ChannelKind kind, String mode, java.util.Map<String, String> settings, List<String> secretNames) {
    }

    public static ChannelForms of(ChannelKind kind) {
        return ALL.stream().filter(f -> f.kind == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the console has no form for " + kind));
    }

    public static List<View> views(List<ChannelConfig> configs) {
        return configs.stream().map(c -> new View(c.kind(), c.mode().name(), c.settings(),
                List.copyOf(new TreeSet<>(c.secrets().keySet())))).toList();
    }
}
