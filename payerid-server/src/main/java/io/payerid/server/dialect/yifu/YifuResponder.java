package io.payerid.server.dialect.yifu;

import io.payerid.core.flow.FlowCompletion;
import io.payerid.core.flow.PayerIdentity;
import io.payerid.core.redirect.RedirectUris;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.server.oauth.FlowResponder;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Seed 002's answer: {@code openid} appended to redirect_uri — the WeChat openid, or for Alipay the
 * user_id (the seed's "服务窗 userid"), falling back to open_id for apps Alipay moved to OpenID mode.
 * Failures show the payer page: the seed defines no error redirect.
 */
@Component
public class YifuResponder implements FlowResponder {

    public static final String DIALECT = "yifu-002";

    @Override
    public String dialect() {
        return DIALECT;
    }

    @Override
    public String redirectFor(FlowCompletion completion) {
        if (!completion.succeeded()) {
            throw completion.error();
        }
        return RedirectUris.appendQuery(completion.context().redirectUri(), Map.of("openid", payerId(completion.identity())));
    }

    static String payerId(PayerIdentity identity) {
        if (identity.channel() == ChannelKind.ALIPAY && identity.userId() != null) {
            return identity.userId();
        }
        return identity.openId();
    }
}
