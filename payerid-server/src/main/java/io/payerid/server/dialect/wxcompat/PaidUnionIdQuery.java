package io.payerid.server.dialect.wxcompat;

/**
 * A getpaidunionid call as either shape delivers it: the gateway-issued token, the payer's openid and the
 * order in one of WeChat's two forms (blank or null = absent).
 */
record PaidUnionIdQuery(String accessToken, String openid, String transactionId, String mchId, String outTradeNo) {

    @Override
    public String toString() {
        return "PaidUnionIdQuery[accessToken=******, transactionId=" + transactionId + ", mchId=" + mchId
                + ", outTradeNo=" + outTradeNo + "]";
    }
}
