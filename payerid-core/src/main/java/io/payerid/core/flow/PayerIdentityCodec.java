package io.payerid.core.flow;

import io.payerid.core.tenant.ChannelKind;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Form-encoded text of a {@link PayerIdentity}, for the de-duplication entry in the shared store. */
final class PayerIdentityCodec {

    private PayerIdentityCodec() {
    }

    static String encode(PayerIdentity id) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("channel", id.channel().name());
        m.put("app", id.upstreamAppId());
        m.put("openId", id.openId());
        m.put("unionId", id.unionId());
        m.put("userId", id.userId());
        m.put("snapshot", Boolean.toString(id.snapshot()));
        PayerProfile p = id.profile();
        if (p != null) {
            m.put("profile", "1");
            m.put("nickname", p.nickname());
            m.put("sex", p.sex() == null ? null : p.sex().toString());
            m.put("province", p.province());
            m.put("city", p.city());
            m.put("country", p.country());
            m.put("avatarUrl", p.avatarUrl());
            m.put("language", p.language());
        }
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> {
            if (v != null) {
                sb.append(sb.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return sb.toString();
    }

    static PayerIdentity decode(String text) {
        Map<String, String> m = new HashMap<>();
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                m.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        PayerProfile profile = m.containsKey("profile")
                ? new PayerProfile(m.get("nickname"), m.get("sex") == null ? null : Integer.valueOf(m.get("sex")),
                        m.get("province"), m.get("city"), m.get("country"), m.get("avatarUrl"), m.get("language"))
                : null;
        return new PayerIdentity(ChannelKind.valueOf(m.get("channel")), m.get("app"), m.get("openId"), m.get("unionId"),
                m.get("userId"), Boolean.parseBoolean(m.get("snapshot")), profile);
    }
}
