package io.payerid.server.dialect.jucai;

/**
 * The payer ids of an answer, under the seed's names; {@code ""} where there is none (as the seed's
 * example answers {@code "subOpenid": ""}).
 *
 * @param appid     the WeChat appid {@code openid} belongs to; empty for UnionPay
 * @param openid    the payer's id under {@code appid}, or the UnionPay user_id (by default)
 * @param subAppid  the sub-merchant appid of {@code subOpenid}; for UnionPay the request's {@code subAppid}
 * @param subOpenid the payer's id under {@code subAppid}
 */
record JucaiPayer(String appid, String openid, String subAppid, String subOpenid) {

    JucaiPayer {
        appid = orEmpty(appid);
        openid = orEmpty(openid);
        subAppid = orEmpty(subAppid);
        subOpenid = orEmpty(subOpenid);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
