package io.payerid.sandbox.wechatpay;

import java.time.Instant;

/** A payment code as the wallet shows it: the 18 digits, whose they are and until when they work. */
record IssuedCode(String authCode, String userId, Instant expiresAt) {
}
