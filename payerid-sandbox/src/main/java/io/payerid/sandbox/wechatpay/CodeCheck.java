package io.payerid.sandbox.wechatpay;

/** What a lookup of a payment code by a merchant finds: whose it is, or why it is refused. */
sealed interface CodeCheck {

    record Holder(String userId) implements CodeCheck {
    }

    record Refused(AuthCodeError error) implements CodeCheck {
    }
}
