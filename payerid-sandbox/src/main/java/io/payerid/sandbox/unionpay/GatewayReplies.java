package io.payerid.sandbox.unionpay;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gateway's answers, in its two levels.
 *
 * <ul>
 *   <li>Refusal of the request itself: {@code status=400} and a Chinese {@code message}, unsigned (the
 *       gateway cannot sign for a merchant it could not authenticate). Used for unreadable XML, missing or
 *       malformed fields, an unsupported service or sign type, an unknown mch_id (商户不存在) and a wrong
 *       signature (签名错误).</li>
 *   <li>Business answer: {@code status=0}, then {@code result_code} 0 with {@code user_id}, or 1 with
 *       {@code err_code}/{@code err_msg}; signed with the merchant's key, with a fresh nonce_str.</li>
 * </ul>
 * The response-side field set is not published (the reference marks it L); these names follow the request's
 * and the gateway family's conventions.
 */
final class GatewayReplies {

    static final String REFUSED_STATUS = "400";

    private GatewayReplies() {
    }

    static Map<String, String> refused(String message) {
        Map<String, String> reply = common();
        reply.put("status", REFUSED_STATUS);
        reply.put("message", message);
        return reply;
    }

    static Map<String, String> userId(SandboxAcquirerMerchant merchant, String userId, String nonce) {
        Map<String, String> reply = business(merchant, "0", nonce);
        reply.put("user_id", userId);
        return signed(reply, merchant);
    }

    static Map<String, String> failed(SandboxAcquirerMerchant merchant, String errCode, String errMsg, String nonce) {
        Map<String, String> reply = business(merchant, "1", nonce);
        reply.put("err_code", errCode);
        reply.put("err_msg", errMsg);
        return signed(reply, merchant);
    }

    private static Map<String, String> business(SandboxAcquirerMerchant merchant, String resultCode, String nonce) {
        Map<String, String> reply = common();
        reply.put("status", "0");
        reply.put("mch_id", merchant.mchId());
        reply.put("nonce_str", nonce);
        reply.put("result_code", resultCode);
        return reply;
    }

    private static Map<String, String> common() {
        Map<String, String> reply = new LinkedHashMap<>();
        reply.put("version", "2.0");
        reply.put("charset", "UTF-8");
        reply.put("sign_type", "MD5");
        return reply;
    }

    private static Map<String, String> signed(Map<String, String> reply, SandboxAcquirerMerchant merchant) {
        reply.put("sign", GatewaySignature.sign(reply, merchant.key()));
        return reply;
    }
}
