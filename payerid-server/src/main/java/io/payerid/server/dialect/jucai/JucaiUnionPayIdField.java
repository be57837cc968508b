package io.payerid.server.dialect.jucai;

/**
 * The answer field that carries a UnionPay user_id. The seed names none (it only documents WeChat's
 * {@code openid}/{@code subOpenid}); {@code openid} is the reading integrations most plausibly expect.
 */
public enum JucaiUnionPayIdField {
    OPENID("openid"),
    SUB_OPENID("subOpenid");

    private final String fieldName;

    JucaiUnionPayIdField(String fieldName) {
        this.fieldName = fieldName;
    }

    /** The name in the answer's {@code data}. */
    public String fieldName() {
        return fieldName;
    }
}
