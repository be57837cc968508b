package io.payerid.channels.wechat;

import io.payerid.channels.http.UpstreamHttpSettings;
import io.payerid.channels.xml.FlatXmlExchange;
import io.payerid.core.crypto.RandomText;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.signing.KeyedDigestSigner;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.WechatPayMerchant;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * WeChat Pay v2 {@code POST /tools/authcodetoopenid} (付款码查询openid) over the JDK's HTTP client, XML
 * in, XML out. Replaces WxJava's {@code WxPayService.authcode2Openid} on the payment-code hot path:
 * WxJava builds a new XStream (class scanning, annotation processing) for the request and again for
 * the answer on every call, which was most of the API's CPU (see docs/architecture.md "Upstream
 * clients"). The protocol is small: sorted non-empty fields signed with {@code &key=} (MD5, or
 * HMAC-SHA256 with {@code sign_type}), uppercase hex; the answer is checked in WeChat's order:
 * return_code, then its signature, then result_code.
 */
public final class WechatPayV2Client implements AutoCloseable {

    /** WeChat Pay's own host; embedded mode points {@code payerid.upstream.wechat-pay-base-url} at the sandbox. */
    public static final String OFFICIAL_BASE_URL = "https://api.mch.weixin.qq.com";
    static final String AUTHCODE_TO_OPENID = "/tools/authcodetoopenid";
    static final int MAX_ANSWER_BYTES = 64 * 1024;

    private static final RandomText NONCES = RandomText.over(RandomText.ALPHANUMERIC);

    private final URI authcodeToOpenid;
    private final FlatXmlExchange exchange;
    private final UpstreamHttpSettings settings;

    /** @param baseUrl replaces {@link #OFFICIAL_BASE_URL}; null for WeChat Pay's own host */
    public WechatPayV2Client(String baseUrl, UpstreamHttpSettings settings) {
        String base = baseUrl == null ? OFFICIAL_BASE_URL : baseUrl.replaceAll("/+$", "");
        this.authcodeToOpenid = URI.create(base + AUTHCODE_TO_OPENID);
        this.settings = settings;
        this.exchange = new FlatXmlExchange("WeChat Pay", MAX_ANSWER_BYTES, settings);
    }

    /**
     * The verified answer's fields (openid, and sub_openid/sub_appid in partner mode).
     *
     * @param subAppId the partner-mode sub-merchant appid, or null
     * @throws PayerIdException mapped as {@link WechatPayErrors} says
     */
    public Map<String, String> authcodeToOpenid(WechatPayMerchant merchant, String authCode, String subAppId) {
        Map<String, String> request = signedRequest(merchant, authCode, subAppId, nonce());
        return verifiedAnswer(post(request), merchant);
    }

    /** The request document's fields, signed; the field set WxJava sends. */
    static Map<String, String> signedRequest(WechatPayMerchant merchant, String authCode, String subAppId, String nonce) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("appid", merchant.appId());
        fields.put("mch_id", merchant.mchId());
        fields.put("sub_appid", subAppId);
        fields.put("sub_mch_id", merchant.subMchId());
        fields.put("nonce_str", nonce);
        fields.put("auth_code", authCode);
        // MD5 is WeChat's default and is sent without sign_type, as WxJava does.
        fields.put("sign_type", merchant.signType() == SignType.HMAC_SHA256 ? SignType.HMAC_SHA256.wireName() : null);
        fields.values().removeIf(value -> value == null || value.isEmpty());
        fields.put("sign", signer(merchant).sign(fields, merchant.apiKey().reveal()));
        return fields;
    }

    /** return_code first (no signature on a FAIL), then the signature, then the business result. */
    static Map<String, String> verifiedAnswer(Map<String, String> answer, WechatPayMerchant merchant) {
        if (!"SUCCESS".equals(answer.get("return_code"))) {
            throw WechatPayErrors.communicationFailure(answer.get("return_msg"));
        }
        String sign = answer.get("sign");
        if (sign == null || !signer(merchant).verify(answer, merchant.apiKey().reveal(), sign)) {
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat Pay answer failed signature verification");
        }
        if (!"SUCCESS".equals(answer.get("result_code"))) {
            throw WechatPayErrors.businessFailure(String.valueOf(answer.get("err_code")));
        }
        String openId = answer.get("openid");
        if (openId == null || openId.isBlank()) {
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat Pay reported success without an openid");
        }
        return answer;
    }

    private static KeyedDigestSigner signer(WechatPayMerchant merchant) {
        return KeyedDigestSigner.wechatPayV2(merchant.signType() == SignType.HMAC_SHA256 ? SignType.HMAC_SHA256 : SignType.MD5);
    }

    private Map<String, String> post(Map<String, String> request) {
        return exchange.post(authcodeToOpenid, settings.readTimeout(), request);
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
