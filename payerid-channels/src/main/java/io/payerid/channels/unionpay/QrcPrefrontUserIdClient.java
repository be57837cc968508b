package io.payerid.channels.unionpay;

import io.payerid.channels.http.UpstreamHttpSettings;
import io.payerid.channels.xml.FlatXmlExchange;
import io.payerid.core.crypto.RandomText;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.signing.KeyedDigestSigner;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.UnionPayAcquirer;
import io.payerid.core.unionpay.AppUpIdentifier;
import io.payerid.core.unionpay.UnionPayUserIdExchange;
import io.payerid.core.unionpay.UserAuthCode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * userAuthCode → user_id through the 条码支付综合前置平台 (UnionPay QR acquiring front end):
 * {@code service=pay.unionpay.userid}, XML over HTTPS POST, MD5-signed both ways exactly like WeChat Pay v2
 * (sorted non-empty fields, {@code &key=}, uppercase hex; the gateway supports MD5 only).
 *
 * <p>Request: service, version 2.0, charset UTF-8, sign_type MD5, mch_id, nonce_str, user_auth_code,
 * app_up_identifier, optional sign_agentno and groupno, sign. Answer: {@code status} 0 = the gateway
 * accepted the request (else {@code message}); then, signed, {@code result_code} 0 = success with
 * {@code user_id}, else {@code err_code}/{@code err_msg}. The answer's signature is verified before any
 * of its business fields is believed; unknown extra fields are tolerated (and covered by the signature).
 */
public final class QrcPrefrontUserIdClient implements UnionPayUserIdExchange, AutoCloseable {

    /** The official gateway; embedded mode points {@code payerid.upstream.unionpay-gateway-url} at the sandbox. */
    public static final URI OFFICIAL_GATEWAY = URI.create("https://qra.95516.com/pay/gateway");
    static final String SERVICE = "pay.unionpay.userid";
    static final int MAX_ANSWER_BYTES = 64 * 1024;

    private static final KeyedDigestSigner MD5 = KeyedDigestSigner.wechatPayV2(SignType.MD5);
    private static final RandomText NONCES = RandomText.over(RandomText.ALPHANUMERIC);

    private final URI gateway;
    private final FlatXmlExchange exchange;
    private final Duration requestTimeout;

    /**
     * @param settings its read timeout bounds the whole exchange: a payer is waiting on the other side
     */
    public QrcPrefrontUserIdClient(URI gateway, UpstreamHttpSettings settings) {
        this.gateway = gateway;
        this.requestTimeout = settings.readTimeout();
        this.exchange = new FlatXmlExchange("the UnionPay acquirer", MAX_ANSWER_BYTES, settings);
    }

    @Override
    public String userId(UnionPayAcquirer acquirer, String userAuthCode, AppUpIdentifier appUpIdentifier) {
        Map<String, String> request = signedRequest(acquirer, UserAuthCode.normalize(userAuthCode), appUpIdentifier, nonce());
        return userIdFrom(post(request), acquirer);
    }

    /** The request document's fields, signed. */
    static Map<String, String> signedRequest(UnionPayAcquirer acquirer, String userAuthCode,
                                             AppUpIdentifier appUpIdentifier, String nonce) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("service", SERVICE);
        fields.put("version", "2.0");
        fields.put("charset", "UTF-8");
        fields.put("sign_type", "MD5");
        fields.put("mch_id", acquirer.mchId());
        fields.put("nonce_str", nonce);
        fields.put("user_auth_code", userAuthCode);
        fields.put("app_up_identifier", appUpIdentifier.value());
        fields.put("sign_agentno", acquirer.signAgentNo());
        fields.put("groupno", acquirer.groupNo());
        fields.values().removeIf(value -> value == null || value.isEmpty());
        fields.put("sign", MD5.sign(fields, acquirer.key().reveal()));
        return fields;
    }

    /** Reads the answer, communication level first, then the signature, then the business result. */
    static String userIdFrom(Map<String, String> answer, UnionPayAcquirer acquirer) {
        if (!"0".equals(answer.get("status"))) {
            throw QrcPrefrontErrors.communication(answer.get("status"), answer.get("message"));
        }
        if (!MD5.verify(answer, acquirer.key().reveal(), answer.get("sign"))) {
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, "the UnionPay acquirer's answer has an invalid signature");
        }
        if (!"0".equals(answer.get("result_code"))) {
            throw QrcPrefrontErrors.business(answer.get("err_code"), answer.get("err_msg"));
        }
        String userId = answer.get("user_id");
        if (userId == null || userId.isBlank()) {
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, "the UnionPay acquirer reported success without a user_id");
        }
        return userId;
    }

    private Map<String, String> post(Map<String, String> request) {
        return exchange.post(gateway, requestTimeout, request);
    }

    private static String nonce() {
        return NONCES.next(32);
    }

    /** Closes the connection pool, if one was opened (Spring calls it when the context closes). */
    @Override
    public void close() throws IOException {
        exchange.close();
    }
}
