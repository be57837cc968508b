package io.payerid.sandbox.wechatpay;

/**
 * The sub-merchant side of a request: null fields for a direct merchant; for a service provider the
 * sub_mch_id, and the sub_appid the sub_openid will be under (null when the sub-merchant has no bound appid).
 */
record PartnerScope(String subMchId, String subAppid) {

    static final PartnerScope DIRECT = new PartnerScope(null, null);
}
