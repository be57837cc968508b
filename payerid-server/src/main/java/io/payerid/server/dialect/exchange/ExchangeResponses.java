package io.payerid.server.dialect.exchange;

import io.payerid.server.web.RetryAfterHeader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The seed's answer {@code {"status","message","data"}}, always HTTP 200 (the status field carries the
 * outcome, as the vendor's table does). Answers to an authenticated caller carry {@code businessId},
 * {@code nonce}, {@code timestamp} and {@code sign} headers, signed like a request over those headers and
 * the exact body bytes sent; an unauthenticated request (statuses 2, 3, 4, unknown businessId) gets none.
 */
@Component
public class ExchangeResponses {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final MediaType JSON_UTF8 = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

    private final JsonMapper json;
    private final ExchangeSignature signature;
    private final Clock clock;

    public ExchangeResponses(JsonMapper json, ExchangeSignature signature, Clock clock) {
        this.json = json;
        this.signature = signature;
        this.clock = clock;
    }

    public ResponseEntity<String> success(ExchangeCaller caller, int status, String alipayAuthUrl) {
        ObjectNode body = json.createObjectNode();
        body.put("status", status);
        body.put("message", "success");
        body.putObject("data").put("alipayAuthUrl", alipayAuthUrl);
        return answer(caller, body);
    }

    /** @param caller null when the request was not authenticated */
    public ResponseEntity<String> refusal(ExchangeCaller caller, ExchangeRefusal refusal) {
        ObjectNode body = json.createObjectNode();
        body.put("status", refusal.status().code());
        body.put("message", refusal.getMessage());
        body.putNull("data");
        return RetryAfterHeader.added(answer(caller, body), refusal.retryAfterSeconds());
    }

    /** Any other JSON answer in the seed's shape (e.g. the platform key), unsigned. */
    public ResponseEntity<String> unsigned(ObjectNode body) {
        return answer(null, body);
    }

    private ResponseEntity<String> answer(ExchangeCaller caller, ObjectNode body) {
        String text = json.writeValueAsString(body);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.OK).contentType(JSON_UTF8)
                .header("Cache-Control", "no-store");
        if (caller != null) {
            signedHeaders(caller, text).forEach(response::header);
        }
        return response.body(text);
    }

    /** Fresh nonce and timestamp per answer; the sign covers exactly these headers and the body text. */
    private Map<String, String> signedHeaders(ExchangeCaller caller, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ExchangeHeaders.BUSINESS_ID, caller.app().appId());
        headers.put(ExchangeHeaders.NONCE, nonce());
        headers.put(ExchangeHeaders.TIMESTAMP, Long.toString(clock.millis()));
        headers.put(ExchangeHeaders.SIGN, signature.sign(caller.app(), caller.signType(),
                ExchangeSignature.stringToSign(headers, body)));
        return headers;
    }

    static String nonce() {
        byte[] raw = new byte[16];
        RANDOM.nextBytes(raw);
        return HexFormat.of().formatHex(raw);
    }
}
