package io.payerid.sandbox.wechatpay;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.payerid.sandbox.support.RequestBodies;
import io.payerid.sandbox.wechat.OpenIdDerivation;
import io.payerid.sandbox.wechat.SandboxUser;
import io.payerid.sandbox.wechat.SandboxUsers;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code POST /tools/authcodetoopenid} (付款码查询openid), WeChat Pay v2: XML in, XML out.
 *
 * <p>In order: the XML, the required fields and sign_type, the merchant, the signature (with the
 * merchant's API key and the request's sign_type), appid against mch_id, the partner fields
 * (sub_mch_id required for a service provider; sub_appid must be bound to it, and is mandatory when
 * several are), then the code itself. Openids come from the same derivation as the WeChat OAuth sandbox,
 * so one payer has one openid per appid across both — a sandbox convenience: real WeChat has been seen
 * to differ between the two.
 */
final class AuthcodeToOpenidController {

    private static final int MAX_BODY_BYTES = 16 * 1024;
    private static final List<String> REQUIRED = List.of("appid", "mch_id", "nonce_str", "sign", "auth_code");
    private static final Pattern WECHAT_CODE = Pattern.compile("1[0-5]\\d{16}");
    private static final Pattern EIGHTEEN_DIGITS = Pattern.compile("\\d{18}");

    private final SandboxPayMerchants merchants;
    private final PaymentCodes codes;
    private final SandboxUsers users;
    private final OpenIdDerivation ids;

    AuthcodeToOpenidController(SandboxPayMerchants merchants, PaymentCodes codes, SandboxUsers users,
                               OpenIdDerivation ids) {
        this.merchants = merchants;
        this.codes = codes;
        this.users = users;
        this.ids = ids;
    }

    /** WeChat Pay's refusal while busy: return_code FAIL, "系统繁忙" (the injected BUSY fault). */
    static ServerResponse busy(ServerRequest request) {
        return PayAnswers.refused(new Refusal(Refusal.SYSTEM_BUSY));
    }

    ServerResponse authcodeToOpenid(ServerRequest request) {
        try {
            Map<String, String> fields = parse(request);
            PaySignType signType = signType(fields);
            SandboxPayMerchant merchant = authenticate(fields, signType);
            PartnerScope scope = partnerScope(fields, merchant);
            return answer(fields.get("auth_code"), merchant, signType, scope);
        } catch (Refusal refusal) {
            return PayAnswers.refused(refusal);
        }
    }

    private static Map<String, String> parse(ServerRequest request) throws Refusal {
        // Read as bytes whatever the Content-Type: WxJava, for one, labels its XML application/json.
        try {
            byte[] body = RequestBodies.upTo(request.servletRequest(), MAX_BODY_BYTES);
            if (body.length > MAX_BODY_BYTES) {
                throw new Refusal(Refusal.MALFORMED_XML);
            }
            return PayXml.parse(body);
        } catch (IOException | PayXml.MalformedXml e) {
            throw new Refusal(Refusal.MALFORMED_XML);
        }
    }

    private static PaySignType signType(Map<String, String> fields) throws Refusal {
        for (String name : REQUIRED) {
            if (fields.getOrDefault(name, "").isEmpty()) {
                throw new Refusal(Refusal.INVALID_PARAMETERS);
            }
        }
        if (fields.get("nonce_str").length() > 32) {
            throw new Refusal(Refusal.INVALID_PARAMETERS);
        }
        return PaySignType.fromWire(fields.get("sign_type")).orElseThrow(() -> new Refusal(Refusal.INVALID_PARAMETERS));
    }

    private SandboxPayMerchant authenticate(Map<String, String> fields, PaySignType signType) throws Refusal {
        SandboxPayMerchant merchant = merchants.find(fields.get("mch_id"))
                .orElseThrow(() -> new Refusal("mch_id不存在"));
        if (!PayV2Signature.verify(fields, merchant.apiKey(), signType, fields.get("sign"))) {
            throw new Refusal(Refusal.BAD_SIGNATURE);
        }
        if (!merchant.appid().equals(fields.get("appid"))) {
            throw new Refusal("appid和mch_id不匹配");
        }
        return merchant;
    }

    /** A direct merchant's request has no sub-merchant; sub_appid is not a field of the direct API. */
    private static PartnerScope partnerScope(Map<String, String> fields, SandboxPayMerchant merchant) throws Refusal {
        String subMchId = blankToNull(fields.get("sub_mch_id"));
        if (!merchant.serviceProvider()) {
            if (subMchId != null) {
                throw new Refusal("sub_mch_id与mch_id不匹配");
            }
            return PartnerScope.DIRECT;
        }
        if (subMchId == null) {
            throw new Refusal(Refusal.INVALID_PARAMETERS);
        }
        SandboxSubMerchant sub = merchant.subMerchant(subMchId)
                .orElseThrow(() -> new Refusal("sub_mch_id与mch_id不匹配"));
        return new PartnerScope(subMchId, subAppid(blankToNull(fields.get("sub_appid")), sub));
    }

    private static String subAppid(String requested, SandboxSubMerchant sub) throws Refusal {
        if (requested != null) {
            if (!sub.binds(requested)) {
                throw new Refusal("sub_appid与sub_mch_id不匹配");
            }
            return requested;
        }
        return switch (sub.subAppids().size()) {
            case 0 -> null;
            case 1 -> sub.subAppids().getFirst();
            default -> throw new Refusal(Refusal.INVALID_PARAMETERS);
        };
    }

    private ServerResponse answer(String authCode, SandboxPayMerchant merchant, PaySignType signType,
                                  PartnerScope scope) {
        if (!EIGHTEEN_DIGITS.matcher(authCode).matches()) {
            return PayAnswers.failed(merchant, signType, scope, AuthCodeError.AUTH_CODE_ERROR);
        }
        if (!WECHAT_CODE.matcher(authCode).matches()) {
            return PayAnswers.failed(merchant, signType, scope, AuthCodeError.AUTH_CODE_INVALID);
        }
        return switch (codes.check(authCode, merchant.mchId())) {
            case CodeCheck.Refused refused -> PayAnswers.failed(merchant, signType, scope, refused.error());
            case CodeCheck.Holder holder -> identified(holder.userId(), merchant, signType, scope);
        };
    }

    private ServerResponse identified(String userId, SandboxPayMerchant merchant, PaySignType signType,
                                      PartnerScope scope) {
        SandboxUser user = users.find(userId).orElseThrow(() -> new IllegalStateException("code of unknown user " + userId));
        String subOpenid = scope.subAppid() == null ? null : ids.openId(scope.subAppid(), user);
        return PayAnswers.identified(merchant, signType, scope, ids.openId(merchant.appid(), user), subOpenid);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
