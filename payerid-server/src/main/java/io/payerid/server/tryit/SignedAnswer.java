package io.payerid.server.tryit;

import io.payerid.core.signing.KeyedDigestSigner;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.MerchantApp;
import java.util.Map;

/** Checks an answer the gateway appended to a redirect target as a merchant would, with the app's shared key. */
public final class SignedAnswer {

    private SignedAnswer() {
    }

    /** False for RSA2 answers (the gateway's key, not the app's) and answers without a sign. */
    public static boolean verifies(MerchantApp app, Map<String, String> answer) {
        SignType type = SignType.fromWire(answer.get("signType")).orElse(SignType.MD5);
        String sign = answer.get("sign");
        return type != SignType.RSA2 && sign != null && app.signKey() != null
                && KeyedDigestSigner.wechatPayV2(type).verify(answer, app.signKey().reveal(), sign);
    }
}
