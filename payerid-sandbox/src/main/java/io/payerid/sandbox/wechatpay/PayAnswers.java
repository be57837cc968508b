package io.payerid.sandbox.wechatpay;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerResponse;

import io.payerid.sandbox.support.RandomTokens;

/**
 * The XML answers of the pay host. Like api.mch.weixin.qq.com, every answer is HTTP 200: a refusal is
 * {@code return_code=FAIL} with a reason and no signature; anything else is {@code return_code=SUCCESS},
 * signed with the request's sign type, and {@code result_code} says whether the business step worked.
 */
final class PayAnswers {

    private static final MediaType TEXT_XML_UTF8 = MediaType.parseMediaType("text/xml;charset=UTF-8");

    private PayAnswers() {
    }

    static ServerResponse refused(Refusal refusal) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("return_code", "FAIL");
        fields.put("return_msg", refusal.returnMsg());
        return xml(fields);
    }

    /** The payer's ids: openid under appid and, with a resolved sub_appid, sub_openid under it. */
    static ServerResponse identified(SandboxPayMerchant merchant, PaySignType signType, PartnerScope scope,
                                     String openid, String subOpenid) {
        Map<String, String> fields = common(merchant, scope);
        fields.put("result_code", "SUCCESS");
        fields.put("openid", openid);
        fields.put("sub_openid", subOpenid);
        return signed(fields, merchant, signType);
    }

    static ServerResponse failed(SandboxPayMerchant merchant, PaySignType signType, PartnerScope scope,
                                 AuthCodeError error) {
        Map<String, String> fields = common(merchant, scope);
        fields.put("result_code", "FAIL");
        fields.put("err_code", error.name());
        fields.put("err_code_des", error.description());
        return signed(fields, merchant, signType);
    }

    private static Map<String, String> common(SandboxPayMerchant merchant, PartnerScope scope) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("return_code", "SUCCESS");
        fields.put("return_msg", "OK");
        fields.put("appid", merchant.appid());
        fields.put("mch_id", merchant.mchId());
        fields.put("sub_appid", scope.subAppid());
        fields.put("sub_mch_id", scope.subMchId());
        fields.put("nonce_str", nonce());
        return fields;
    }

    private static ServerResponse signed(Map<String, String> fields, SandboxPayMerchant merchant, PaySignType signType) {
        fields.put("sign", PayV2Signature.sign(fields, merchant.apiKey(), signType));
        return xml(fields);
    }

    private static ServerResponse xml(Map<String, String> fields) {
        return ServerResponse.ok().contentType(TEXT_XML_UTF8).body(PayXml.render(fields));
    }

    private static String nonce() {
        return RandomTokens.alphanumeric(32);
    }
}
