package io.payerid.server.dialect.yifu;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Seed 002's configurable choices ({@code payerid.dialects.yifu.*}). The entry answers on
 * {@code {pathPrefix}/jsapi/getauth2} and on the bare {@code /jsapi/getauth2}: the seed's path is
 * "接口域名 + /jsapi/getauth2" while its example host ends in {@code /yfpay}, so merchants call either.
 * Map keys keep underscores only in bracket notation: {@code payerid.dialects.yifu.institutions[900001].alipay-id=OPEN_ID}.
 *
 * @param pathPrefix   default {@code /yfpay}
 * @param alipayId     default {@code USER_ID}, the seed's 服务窗 userid
 * @param institutions per-instNo overrides
 */
@ConfigurationProperties("payerid.dialects.yifu")
public record YifuProperties(
        @DefaultValue("/yfpay") String pathPrefix,
        @DefaultValue("USER_ID") YifuAlipayId alipayId,
        Map<String, YifuInstitutionRules> institutions) {

    public YifuProperties {
        institutions = institutions == null ? Map.of() : Map.copyOf(institutions);
    }

    /** The Alipay id choice of the institution with that instNo (the default when it has no override). */
    public YifuAlipayId alipayIdFor(String instNo) {
        YifuInstitutionRules rules = instNo == null ? null : institutions.get(instNo);
        return rules == null || rules.alipayId() == null ? alipayId : rules.alipayId();
    }
}
