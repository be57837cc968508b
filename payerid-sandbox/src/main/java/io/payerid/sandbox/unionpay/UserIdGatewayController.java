package io.payerid.sandbox.unionpay;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.payerid.sandbox.support.RandomTokens;
import io.payerid.sandbox.support.RequestBodies;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The acquirer's server side: {@code POST {base}/gateway} with {@code service=pay.unionpay.userid}
 * (条码支付综合前置平台 form). Always HTTP 200 with an XML answer, as the real gateway.
 *
 * <p>Checks, in order: readable {@code <xml>} without DOCTYPE; service, mch_id, nonce_str, user_auth_code
 * and sign present; service supported; sign_type MD5 (or absent); mch_id known; sign valid;
 * app_up_identifier well-formed (absent = {@code UnionPay/1.0 CloudPay}). Each failure is a
 * {@code status=400} refusal. Then the code: unknown → {@code AUTHCODE_INVALID}, expired →
 * {@code AUTHCODE_EXPIRED}, already redeemed → {@code AUTHCODE_USED} (result_code 1, signed), else the
 * user_id (result_code 0, signed).
 */
public class UserIdGatewayController {

    static final String SERVICE = "pay.unionpay.userid";
    static final String DEFAULT_APP_UP_IDENTIFIER = "UnionPay/1.0 CloudPay";
    static final int MAX_BODY_BYTES = 64 * 1024;

    private static final List<String> REQUIRED = List.of("service", "mch_id", "nonce_str", "user_auth_code", "sign");
    private static final Pattern APP_UP_IDENTIFIER = Pattern.compile("UnionPay/[0-9.]{1,16} [A-Za-z0-9]{1,48}");
    private static final MediaType TEXT_XML_UTF8 = MediaType.parseMediaType("text/xml;charset=UTF-8");

    private final SandboxAcquirerMerchants merchants;
    private final UserAuthCodeStore codes;
    private final UnionPayUserIdDerivation userIds;

    UserIdGatewayController(SandboxAcquirerMerchants merchants, UserAuthCodeStore codes, UnionPayUserIdDerivation userIds) {
        this.merchants = merchants;
        this.codes = codes;
        this.userIds = userIds;
    }

    /** The gateway's own refusal for a busy system, status non-zero (the injected BUSY fault). */
    ServerResponse busy(ServerRequest request) {
        return ServerResponse.ok().contentType(TEXT_XML_UTF8).body(GatewayXml.write(GatewayReplies.refused("系统繁忙,请稍后再试")));
    }

    ServerResponse gateway(ServerRequest request) {
        return ServerResponse.ok().contentType(TEXT_XML_UTF8).body(GatewayXml.write(answer(request)));
    }

    private Map<String, String> answer(ServerRequest request) {
        Optional<Map<String, String>> fields = readFields(request);
        if (fields.isEmpty()) {
            return GatewayReplies.refused("XML格式错误");
        }
        Map<String, String> f = fields.get();
        Optional<String> missing = REQUIRED.stream().filter(name -> isBlank(f.get(name))).findFirst();
        if (missing.isPresent()) {
            return GatewayReplies.refused("参数格式校验错误: 缺少" + missing.get());
        }
        if (!SERVICE.equals(f.get("service"))) {
            return GatewayReplies.refused("不支持的接口类型: " + f.get("service"));
        }
        if (!isBlank(f.get("sign_type")) && !"MD5".equals(f.get("sign_type"))) {
            return GatewayReplies.refused("不支持的签名方式,仅支持MD5");
        }
        Optional<SandboxAcquirerMerchant> merchant = merchants.find(f.get("mch_id"));
        if (merchant.isEmpty()) {
            return GatewayReplies.refused("商户不存在");
        }
        if (!GatewaySignature.verify(f, merchant.get().key())) {
            return GatewayReplies.refused("签名错误");
        }
        String appUpIdentifier = isBlank(f.get("app_up_identifier")) ? DEFAULT_APP_UP_IDENTIFIER : f.get("app_up_identifier");
        if (!APP_UP_IDENTIFIER.matcher(appUpIdentifier).matches()) {
            return GatewayReplies.refused("参数格式校验错误: app_up_identifier");
        }
        return redeem(merchant.get(), f.get("user_auth_code"), appUpIdentifier);
    }

    private Map<String, String> redeem(SandboxAcquirerMerchant merchant, String userAuthCode, String appUpIdentifier) {
        String nonce = nonce();
        return switch (codes.redeem(userAuthCode)) {
            case UserAuthCodeRedemption.Redeemed redeemed ->
                    GatewayReplies.userId(merchant, userIds.userId(appUpIdentifier, redeemed.cardholderId()), nonce);
            case UserAuthCodeRedemption.AlreadyUsed used -> GatewayReplies.failed(merchant, "AUTHCODE_USED", "用户授权码已使用", nonce);
            case UserAuthCodeRedemption.Expired expired -> GatewayReplies.failed(merchant, "AUTHCODE_EXPIRED", "用户授权码已过期", nonce);
            case UserAuthCodeRedemption.Unknown unknown -> GatewayReplies.failed(merchant, "AUTHCODE_INVALID", "用户授权码无效", nonce);
        };
    }

    private static Optional<Map<String, String>> readFields(ServerRequest request) {
        try {
            byte[] body = RequestBodies.upTo(request.servletRequest(), MAX_BODY_BYTES);
            return body.length > MAX_BODY_BYTES ? Optional.empty() : Optional.of(GatewayXml.read(body));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String nonce() {
        return RandomTokens.alphanumeric(32);
    }
}
