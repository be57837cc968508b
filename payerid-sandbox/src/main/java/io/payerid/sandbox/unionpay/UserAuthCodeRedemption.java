package io.payerid.sandbox.unionpay;

/** Outcome of redeeming a userAuthCode at the gateway; each maps to one err_code (or success). */
sealed interface UserAuthCodeRedemption {

    /** First use of a live code: the payer who authorized. */
    record Redeemed(String cardholderId) implements UserAuthCodeRedemption {
    }

    /** Redeemed before: {@code AUTHCODE_USED}. */
    record AlreadyUsed() implements UserAuthCodeRedemption {
    }

    /** Older than the code lifetime: {@code AUTHCODE_EXPIRED}. */
    record Expired() implements UserAuthCodeRedemption {
    }

    /** Never issued (or long forgotten): {@code AUTHCODE_INVALID}. */
    record Unknown() implements UserAuthCodeRedemption {
    }
}
