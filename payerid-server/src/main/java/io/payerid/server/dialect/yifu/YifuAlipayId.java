package io.payerid.server.dialect.yifu;

import io.payerid.core.flow.PayerIdentity;

/**
 * Which Alipay id seed 002 puts in {@code openid}. The seed promises the 服务窗 {@code userid} (a 2088… id);
 * Alipay apps created since its OpenID migration return only an app-scoped {@code open_id}. Each choice falls
 * back to the other id when Alipay did not return the preferred one: answering without an id would break payment.
 */
public enum YifuAlipayId {
    /** {@code user_id} (2088…), the seed's promise; {@code open_id} for apps in OpenID mode. */
    USER_ID,
    /** {@code open_id}, for institutions whose merchants already store open_ids; {@code user_id} for legacy apps. */
    OPEN_ID;

    String pick(PayerIdentity identity) {
        String preferred = this == USER_ID ? identity.userId() : identity.openId();
        String other = this == USER_ID ? identity.openId() : identity.userId();
        return preferred != null ? preferred : other;
    }
}
