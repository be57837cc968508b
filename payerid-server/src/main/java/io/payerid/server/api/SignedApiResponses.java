package io.payerid.server.api;

import io.payerid.core.signing.MerchantSignatures;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Successful answers of the native server APIs: {@code code=SUCCESS}, the data fields flat beside it,
 * and {@code timestamp}, {@code nonce}, {@code signType}, {@code sign} computed by the same rule as
 * requests (every non-empty field except sign). Errors use the plain {@code {code, message}} body.
 */
@Component
public class SignedApiResponses {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MerchantSignatures signatures;
    private final Clock clock;

    public SignedApiResponses(MerchantSignatures signatures, Clock clock) {
        this.signatures = signatures;
        this.clock = clock;
    }

    public Map<String, String> success(ApiCaller caller, Map<String, String> data) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("code", "SUCCESS");
        body.put("message", "OK");
        body.put("appId", caller.app().appId());
        data.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                body.put(k, v);
            }
        });
        body.put("timestamp", Long.toString(clock.instant().getEpochSecond()));
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        body.put("nonce", HexFormat.of().formatHex(nonce));
        body.put("signType", caller.signType().wireName());
        body.put("sign", signatures.sign(caller.app(), caller.signType(), body));
        return body;
    }
}
