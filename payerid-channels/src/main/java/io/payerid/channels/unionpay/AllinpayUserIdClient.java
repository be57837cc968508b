package io.payerid.channels.unionpay;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.payerid.core.crypto.RandomText;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.lifecycle.BuiltOnFirstUse;
import io.payerid.core.tenant.AllinpayAccount;
import io.payerid.core.tenant.UnionPayAcquirer;
import io.payerid.core.unionpay.AppUpIdentifier;
import io.payerid.core.unionpay.UnionPayUserIdExchange;
import io.payerid.core.unionpay.UserAuthCode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * userAuthCode → user_id through 通联收银宝 (Allinpay): {@code POST unitorder/authcodetouserid}, form-encoded,
 * MD5-signed both ways ({@link AllinpaySignature}). Request: [orgid], cusid, appid, version, authcode,
 * authtype (02 = UnionPay userAuth), identify (the app identifier; empty for 云闪付 itself), randomstr,
 * signtype MD5, sign. Answer, JSON: {@code retcode} SUCCESS with {@code acct} (the user_id), signed; or FAIL
 * with {@code retmsg}. A SUCCESS answer's signature is checked before {@code acct} is believed.
 */
public final class AllinpayUserIdClient implements UnionPayUserIdExchange {

    static final int MAX_ANSWER_BYTES = 64 * 1024;
    private static final RandomText NONCES = RandomText.over(RandomText.ALPHANUMERIC);

    private final Duration requestTimeout;
    /**
     * Built on the first lookup, not with the bean: a JDK client loads the default TLS context (the trust store)
     * and starts its selector thread when built, about 0.1 s of every start, for an acquirer many deployments
     * never call (issue 8 item 5).
     */
    private final BuiltOnFirstUse<HttpClient> http;

    public AllinpayUserIdClient(Duration connectTimeout, Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
        this.http = new BuiltOnFirstUse<>(() -> HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    @Override
    public String userId(UnionPayAcquirer acquirer, String userAuthCode, AppUpIdentifier appUpIdentifier) {
        AllinpayAccount account = acquirer.allinpay();
        if (account == null) {
            throw new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED, "the UnionPay channel is not a 通联 (allinpay) account");
        }
        Map<String, String> request = signedRequest(acquirer, account, UserAuthCode.normalize(userAuthCode), appUpIdentifier,
                randomString());
        return userIdFrom(post(account, request), acquirer);
    }

    static Map<String, String> signedRequest(UnionPayAcquirer acquirer, AllinpayAccount account, String userAuthCode,
                                             AppUpIdentifier appUpIdentifier, String randomString) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("orgid", account.orgId());
        fields.put("cusid", acquirer.mchId());
        fields.put("appid", account.appId());
        fields.put("version", account.version());
        fields.put("authcode", userAuthCode);
        fields.put("authtype", account.authType());
        fields.put("identify", identify(appUpIdentifier));
        fields.put("randomstr", randomString);
        fields.put("signtype", "MD5");
        fields.values().removeIf(value -> value == null || value.isEmpty());
        fields.put("sign", AllinpaySignature.sign(fields, acquirer.key().reveal()));
        return fields;
    }

    /** 通联 wants the app part of the identifier, and nothing for 云闪付 itself. */
    static String identify(AppUpIdentifier appUpIdentifier) {
        String value = appUpIdentifier.value();
        String app = value.substring(value.lastIndexOf(' ') + 1);
        return "CloudPay".equals(app) ? null : app;
    }

    static String userIdFrom(Map<String, String> answer, UnionPayAcquirer acquirer) {
        if (!"SUCCESS".equals(answer.get("retcode"))) {
            throw AllinpayErrors.refused(answer.get("retcode"), answer.get("retmsg"));
        }
        if (!AllinpaySignature.verify(answer, acquirer.key().reveal())) {
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, "通联's answer has an invalid signature");
        }
        String userId = answer.get("acct");
        if (userId == null || userId.isBlank()) {
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, "通联 reported success without acct (the user_id)");
        }
        return userId;
    }

    private Map<String, String> post(AllinpayAccount account, Map<String, String> request) {
        String form = request.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest httpRequest = HttpRequest.newBuilder(account.gatewayUrl())
                .timeout(requestTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.get().send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, "通联 could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, "interrupted while calling 通联", e);
        }
        return answerOf(response);
    }

    private static Map<String, String> answerOf(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status >= 500 || status == 429) {
            throw new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, "通联 answered HTTP " + status);
        }
        if (status != 200 || response.body().length > MAX_ANSWER_BYTES) {
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR,
                    status != 200 ? "通联 answered HTTP " + status : "通联's answer is too large");
        }
        try {
            return flat(JsonParser.parseString(new String(response.body(), StandardCharsets.UTF_8)).getAsJsonObject());
        } catch (RuntimeException e) {
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, "通联's answer is not a flat JSON object", e);
        }
    }

    private static Map<String, String> flat(JsonObject object) {
        Map<String, String> fields = new HashMap<>();
        for (Map.Entry<String, JsonElement> field : object.entrySet()) {
            if (!field.getValue().isJsonPrimitive()) {
                throw new IllegalArgumentException(field.getKey() + " is not a scalar");
            }
            fields.put(field.getKey(), field.getValue().getAsString());
        }
        return fields;
    }

    private static String randomString() {
        return NONCES.next(32);
    }
}
