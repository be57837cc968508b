package io.payerid.server.dialect.yifu;

import io.payerid.core.flow.FlowCompletion;
import io.payerid.core.flow.PayerIdentity;
import io.payerid.core.redirect.RedirectUris;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.server.oauth.FlowResponder;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Seed 002's answer: {@code openid} appended to redirect_uri — the WeChat openid, or for Alipay the id the
 * institution's {@link YifuAlipayId} choice names (by default the user_id, the seed's "服务窗 userid").
 * Failures show the payer page: the seed defines no error redirect.
 */
@Component
public class YifuResponder implements FlowResponder {

    public static final String DIALECT = "yifu-002";
    /** Flow attribute: the institution that signed the entry, whose Alipay id choice applies. */
    static final String INST_NO = "instNo";

    private final YifuProperties properties;

    public YifuResponder(YifuProperties properties) {
        this.properties = properties;
    }

    @Override
    public String dialect() {
        return DIALECT;
    }

    @Override
    public String redirectFor(FlowCompletion completion) {
        if (!completion.succeeded()) {
            throw completion.error();
        }
        return RedirectUris.appendQuery(completion.context().redirectUri(), Map.of("openid", payerId(completion)));
    }

    private String payerId(FlowCompletion completion) {
        PayerIdentity identity = completion.identity();
        if (identity.channel() != ChannelKind.ALIPAY) {
            return identity.openId();
        }
        return properties.alipayIdFor(completion.context().attributes().get(INST_NO)).pick(identity);
    }
}
