package io.payerid.server.tryit;

import io.payerid.core.redirect.RedirectUris;
import io.payerid.core.signing.KeyedDigestSigner;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.MerchantApp;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A browser entry signed with an app's shared key the way a merchant following the README signs it (MD5 over the
 * sorted fields, fresh timestamp and nonce): for the demo merchant and the console's "Try it", which must pass the
 * gateway's own verification, not a shortcut around it.
 */
public final class SignedAuthorizeUrl {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SignedAuthorizeUrl() {
    }

    /** {@code channel} null leaves the gateway's default (WeChat). */
    public static String of(String baseUrl, MerchantApp app, String mchNo, ChannelKind channel, String scope,
                            String state, String redirectUri, Clock clock) {
        Map<String, String> params = new TreeMap<>();
        params.put("appId", app.appId());
        params.put("mchNo", mchNo);
        params.put("redirectUri", redirectUri);
        params.put("scope", scope);
        params.put("state", state);
        if (channel != null) {
            params.put("channel", channel.name());
        }
        params.put("timestamp", Long.toString(clock.instant().getEpochSecond()));
        params.put("nonce", hex(12));
        params.put("sign", KeyedDigestSigner.wechatPayV2(SignType.MD5).sign(params, app.signKey().reveal()));
        return RedirectUris.appendQuery(baseUrl + "/v1/oauth/authorize", params);
    }

    /** Random hex of {@code bytes} bytes, for states and nonces. */
    public static String hex(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return HexFormat.of().formatHex(raw);
    }
}
