package io.payerid.sandbox.alipay;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Alipay's request signature (AlipaySignature.getSignatureContent): every parameter except
 * {@code sign} — {@code sign_type} is kept, unlike the notification rule — with empty names and
 * values dropped, sorted by name, joined as raw {@code k=v} with '&', RSA2 over the UTF-8 bytes.
 */
final class RequestSignature {

    private RequestSignature() {
    }

    static String content(Map<String, String> params) {
        return new TreeMap<>(params).entrySet().stream()
                .filter(e -> !e.getKey().isEmpty() && !e.getKey().equals("sign") && e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    static boolean verify(GatewayRequest request, SandboxAlipayApp app) {
        return RsaKeys.verify(content(request.params()), request.param("sign"), app.publicKey(), StandardCharsets.UTF_8);
    }
}
