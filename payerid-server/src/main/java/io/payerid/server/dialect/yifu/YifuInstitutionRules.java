package io.payerid.server.dialect.yifu;

/**
 * One institution's override of seed 002's choices; a component left out keeps the default.
 *
 * @param alipayId which Alipay id goes into {@code openid}
 */
public record YifuInstitutionRules(YifuAlipayId alipayId) {
}
