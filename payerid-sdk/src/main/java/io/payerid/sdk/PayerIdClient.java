package io.payerid.sdk;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A merchant backend's handle on one PayerID gateway app: builds freshly signed authorize URLs, verifies
 * what the payer comes back with, and calls the signed JSON APIs. Written from the gateway's README
 * contract only, with the JDK only, so adding it drags nothing into a merchant's classpath.
 *
 * <p>Every request gets the current timestamp and a random nonce (the gateway refuses reused nonces and
 * skewed clocks); every answer is verified before any field is returned, including error answers, so a
 * forged "error" cannot steer the merchant either. Immutable and thread-safe: share one instance.
 *
 * <pre>{@code
 * PayerIdClient client = PayerIdClient.builder().baseUrl("https://id.example.com")
 *         .appId("app_demo").mchNo("MCH_DEMO").key(SignType.MD5, appKey).build();
 * }</pre>
 */
public final class PayerIdClient {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String baseUrl;
    private final String appId;
    private final String mchNo;
    private final Signer signer;
    private final Duration requestTimeout;
    private final Duration answerWindow;
    private final Clock clock;
    private final HttpClient http;

    private PayerIdClient(Builder b) {
        this.baseUrl = Objects.requireNonNull(b.baseUrl, "baseUrl").replaceAll("/+$", "");
        this.appId = Objects.requireNonNull(b.appId, "appId");
        this.mchNo = Objects.requireNonNull(b.mchNo, "mchNo");
        this.signer = Objects.requireNonNull(b.signer, "key: call key(...) or rsa2(...)");
        this.requestTimeout = b.requestTimeout;
        this.answerWindow = b.answerWindow;
        this.clock = b.clock;
        this.http = HttpClient.newBuilder().connectTimeout(b.connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A freshly signed {@code GET /v1/oauth/authorize} URL to send the payer's browser to; use it once. */
    public String authorizeUrl(AuthorizeRequest request) {
        Map<String, String> params = envelope();
        params.putAll(requestFields(request));
        params.put("sign", signer.sign(params));
        StringBuilder url = new StringBuilder(baseUrl).append("/v1/oauth/authorize");
        char separator = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            url.append(separator).append(e.getKey()).append('=').append(encode(e.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    /**
     * Verifies the answer the payer came back with (the full return URL or just its query) and returns the
     * identity. The signature covers every query parameter; when your redirect URI has a query of its own,
     * use {@link #verifyAnswer(String, String)}.
     *
     * @throws InvalidAnswerException on a missing or wrong signature, a stale timestamp or another app's answer
     * @throws PayerIdError           on a genuine, verified error answer ({@code error}, {@code error_description})
     */
    public PayerIdentity verifyAnswer(String returnedUrlOrQuery) {
        return identity(query(returnedUrlOrQuery));
    }

    /**
     * As {@link #verifyAnswer(String)}, for a redirect URI with a query of its own (e.g. {@code ?order=42}): the
     * gateway signs only the parameters it appended, so those of {@code redirectUri} are set aside first. Your
     * own parameters must not reuse a name the gateway appends ({@code state}, {@code sign}…).
     */
    public PayerIdentity verifyAnswer(String returnedUrl, String redirectUri) {
        Map<String, String> answer = query(returnedUrl);
        query(Objects.requireNonNull(redirectUri, "redirectUri")).keySet().forEach(answer::remove);
        return identity(answer);
    }

    /**
     * The {@code form_post} result delivery: verifies the body the payer's browser POSTed to your redirect URI
     * ({@code application/x-www-form-urlencoded}, the same signed parameters the redirect mode puts in the query)
     * and returns the identity.
     *
     * @throws InvalidAnswerException on a missing or wrong signature, a stale timestamp or another app's answer
     * @throws PayerIdError           on a genuine, verified error answer
     */
    public PayerIdentity verifyFormPost(String body) {
        return identity(query(Objects.requireNonNull(body, "body")));
    }

    /**
     * The {@code ticket} result delivery: verifies the answer the payer came back with (as
     * {@link #verifyAnswer(String)}; it carries a {@code ticket} instead of the identity), then redeems the
     * ticket with {@code POST /v1/oauth/ticket} and returns the identity. A ticket lives 60 seconds and is
     * redeemed once: call this straight from your redirect URI's handler.
     *
     * @throws PayerIdError on a verified error answer, or {@code TICKET_INVALID} from the gateway
     */
    public PayerIdentity redeemTicket(String returnedUrlOrQuery) {
        Map<String, String> answer = verified(query(returnedUrlOrQuery));
        if (answer.containsKey("error")) {
            throw new PayerIdError(answer.get("error"), answer.get("error_description"), 0);
        }
        return PayerIdentity.of(post("/v1/oauth/ticket", Map.of("ticket", require(answer, "ticket"))));
    }

    private PayerIdentity identity(Map<String, String> returned) {
        Map<String, String> answer = verified(returned);
        if (answer.containsKey("error")) {
            throw new PayerIdError(answer.get("error"), answer.get("error_description"), 0);
        }
        return PayerIdentity.of(answer);
    }

    /** {@code POST /v1/paycode/identity}: who holds a scanned WeChat payment code; {@code subAppId} may be {@code null}. */
    public PaymentCodeIdentity paymentCodeIdentity(String authCode, String subAppId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("authCode", Objects.requireNonNull(authCode, "authCode"));
        fields.put("subAppId", subAppId);
        Map<String, String> a = post("/v1/paycode/identity", fields);
        return new PaymentCodeIdentity(a.get("wallet"), a.get("channelAppId"), a.get("openid"), a.get("subAppId"), a.get("subOpenid"));
    }

    /**
     * {@code POST /v1/miniprogram/identity}: the payer behind a mini-program login code, {@code channel}
     * {@code WECHAT_MINIAPP} (a wx.login code) or {@code ALIPAY_MINIAPP} (a my.getAuthCode code). Retrying with
     * the same code within 10 minutes returns the same answer.
     */
    public MiniProgramIdentity miniProgramIdentity(String channel, String code) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("channel", Objects.requireNonNull(channel, "channel"));
        fields.put("code", Objects.requireNonNull(code, "code"));
        Map<String, String> a = post("/v1/miniprogram/identity", fields);
        return new MiniProgramIdentity(a.get("channel"), a.get("channelAppId"), a.get("openid"), a.get("unionid"),
                a.get("userId"), a.get("encryptedSessionKey"));
    }

    /**
     * {@code POST /v1/oauth/authorize-url}: a link for merchants that show it themselves; the gateway binds the
     * flow to the browser that opens it, then sends it to the wallet's authorize page.
     */
    public AuthorizeLink authorizeUrlFor(AuthorizeRequest request) {
        Map<String, String> a = post("/v1/oauth/authorize-url", requestFields(request));
        String expiresIn = a.get("expiresIn");
        try {
            return new AuthorizeLink(require(a, "authorizeUrl"), expiresIn == null ? 0 : Long.parseLong(expiresIn));
        } catch (NumberFormatException e) {
            throw new InvalidAnswerException("expiresIn is not a whole number");
        }
    }

    /** {@code POST /v1/wechat/paid-unionid} by WeChat transaction id, within 5 minutes of the payment. */
    public PaidUnionId paidUnionId(String openid, String transactionId) {
        return paidUnionId(Map.of("openid", openid, "transactionId", transactionId));
    }

    /** {@code POST /v1/wechat/paid-unionid} by WeChat Pay merchant id and the merchant's order number. */
    public PaidUnionId paidUnionId(String openid, String mchId, String outTradeNo) {
        return paidUnionId(Map.of("openid", openid, "mchId", mchId, "outTradeNo", outTradeNo));
    }

    private PaidUnionId paidUnionId(Map<String, String> fields) {
        Map<String, String> a = post("/v1/wechat/paid-unionid", fields);
        return new PaidUnionId(a.get("unionid"), a.get("openid"), a.get("channelAppId"));
    }

    /** Signs {@code fields} with the envelope, posts them, and returns the verified success answer. */
    private Map<String, String> post(String path, Map<String, String> fields) {
        Map<String, String> params = envelope();
        fields.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                params.put(k, v);
            }
        });
        params.put("sign", signer.sign(params));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(FlatJson.write(params), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PayerIdTransportException("PayerID gateway unreachable: POST " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PayerIdTransportException("interrupted: POST " + path, e);
        }
        Map<String, String> answer;
        try {
            answer = FlatJson.read(response.body());
        } catch (IllegalArgumentException e) {
            throw new InvalidAnswerException("POST " + path + " answered HTTP " + response.statusCode() + " without a flat JSON object");
        }
        String code = answer.get("code");
        if (response.statusCode() != 200 || !"SUCCESS".equals(code)) {
            throw new PayerIdError(code == null ? "HTTP_" + response.statusCode() : code, answer.get("message"), response.statusCode());
        }
        return verified(answer);
    }

    /** Signature, then app, then freshness: only a genuine answer's fields are looked at. */
    private Map<String, String> verified(Map<String, String> answer) {
        if (!signer.verify(answer)) {
            throw new InvalidAnswerException("answer signature missing or invalid");
        }
        if (!appId.equals(answer.get("appId"))) {
            throw new InvalidAnswerException("answer is for another app");
        }
        long millis;
        try {
            long ts = Long.parseLong(require(answer, "timestamp"));
            millis = ts < 100_000_000_000L ? ts * 1000 : ts;
        } catch (NumberFormatException e) {
            throw new InvalidAnswerException("answer timestamp is not a number");
        }
        if (Math.abs(clock.millis() - millis) > answerWindow.toMillis()) {
            throw new InvalidAnswerException("answer timestamp outside the " + answerWindow + " window (replayed, or a clock is off)");
        }
        return answer;
    }

    private Map<String, String> envelope() {
        Map<String, String> params = new TreeMap<>();
        params.put("appId", appId);
        params.put("mchNo", mchNo);
        params.put("timestamp", Long.toString(clock.millis() / 1000));
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        params.put("nonce", HexFormat.of().formatHex(nonce));
        params.put("signType", signer.type().wireName());
        return params;
    }

    private static Map<String, String> requestFields(AuthorizeRequest r) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("redirectUri", r.redirectUri());
        fields.put("scope", r.scope().wireName());
        fields.put("channel", r.channel().name());
        if (r.state() != null && !r.state().isEmpty()) {
            fields.put("state", r.state());
        }
        return fields;
    }

    /** Query parameters of a URL or bare query, decoded; a repeated name is refused as ambiguous. */
    private static Map<String, String> query(String urlOrQuery) {
        String q = Objects.requireNonNull(urlOrQuery, "returnedUrlOrQuery");
        int hash = q.indexOf('#');
        q = hash < 0 ? q : q.substring(0, hash);
        int mark = q.indexOf('?');
        q = mark < 0 ? q : q.substring(mark + 1);
        Map<String, String> params = new TreeMap<>();
        for (String pair : q.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (params.put(k, URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8)) != null) {
                throw new InvalidAnswerException("parameter " + k + " appears twice");
            }
        }
        return params;
    }

    private static String require(Map<String, String> answer, String name) {
        String v = answer.get(name);
        if (v == null || v.isEmpty()) {
            throw new InvalidAnswerException("answer has no " + name);
        }
        return v;
    }

    private static String encode(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "PayerIdClient[" + baseUrl + ", appId=" + appId + ", mchNo=" + mchNo + ", " + signer + "]";
    }

    /** Configuration of a {@link PayerIdClient}; not thread-safe, build once at startup. */
    public static final class Builder {

        private String baseUrl;
        private String appId;
        private String mchNo;
        private Signer signer;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(15);
        private Duration answerWindow = Duration.ofMinutes(5);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The gateway's public URL, e.g. {@code https://id.example.com}. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder appId(String appId) {
            this.appId = appId;
            return this;
        }

        public Builder mchNo(String mchNo) {
            this.mchNo = mchNo;
            return this;
        }

        /** MD5 or HMAC-SHA256 with the app key the gateway issued (shown once, at app creation). */
        public Builder key(SignType signType, String appKey) {
            this.signer = Signer.withKey(signType, appKey);
            return this;
        }

        /** RSA2: the merchant's private key (its public half registered on the app) and the platform public key. */
        public Builder rsa2(PrivateKey merchantPrivateKey, PublicKey platformPublicKey) {
            this.signer = Signer.rsa2(merchantPrivateKey, platformPublicKey);
            return this;
        }

        /** RSA2 from Base64 PKCS#8 and X.509 DER keys. */
        public Builder rsa2(String merchantPrivateKeyBase64, String platformPublicKeyBase64) {
            this.signer = Signer.rsa2(merchantPrivateKeyBase64, platformPublicKeyBase64);
            return this;
        }

        /** TCP connect timeout of the JSON APIs (default 5 s). */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** Whole-request timeout of the JSON APIs (default 15 s; the gateway itself calls WeChat). */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** How far an answer's timestamp may be from now before it is refused as stale (default 5 min). */
        public Builder answerWindow(Duration window) {
            this.answerWindow = Objects.requireNonNull(window);
            return this;
        }

        /** The clock for request timestamps and answer freshness (tests pass a fixed one). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public PayerIdClient build() {
            return new PayerIdClient(this);
        }
    }
}
