package io.payerid.core.miniprogram;

import io.payerid.core.crypto.SecretCipher;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Secret;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Form-encoded text of a {@link MiniProgramSession} for the code's de-duplication entry in the shared store.
 * The session_key is stored sealed under the gateway's secrets-at-rest key (the store may be a Redis whose
 * keys and values an operator can read), or not at all.
 */
final class MiniProgramSessionCodec {

    private final SecretCipher cipher;

    MiniProgramSessionCodec(SecretCipher cipher) {
        this.cipher = cipher;
    }

    String encode(MiniProgramSession session) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("channel", session.channel().name());
        m.put("app", session.appId());
        m.put("openId", session.openId());
        m.put("unionId", session.unionId());
        m.put("userId", session.userId());
        m.put("sessionKey", session.sessionKey() == null ? null : cipher.encrypt(session.sessionKey().reveal()));
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> {
            if (v != null) {
                sb.append(sb.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return sb.toString();
    }

    MiniProgramSession decode(String text) {
        Map<String, String> m = new HashMap<>();
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                m.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String sealed = m.get("sessionKey");
        return new MiniProgramSession(ChannelKind.valueOf(m.get("channel")), m.get("app"), m.get("openId"),
                m.get("unionId"), m.get("userId"), sealed == null ? null : Secret.of(cipher.decrypt(sealed)));
    }
}
