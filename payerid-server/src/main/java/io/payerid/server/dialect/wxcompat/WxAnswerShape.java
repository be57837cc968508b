package io.payerid.server.dialect.wxcompat;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two JSON shapes WeChat answers getpaidunionid in, keys in the order of the seed's examples:
 * the HTTPS call ({@code unionid, errcode, errmsg}) and the cloud call ({@code unionid, errCode, errMsg}
 * with {@code openapi.auth.getPaidUnionId:ok|fail …}). Error messages end in {@code , rid: <request id>}
 * like WeChat's, so a merchant quoting one lets the operator find the request in the log.
 */
enum WxAnswerShape {

    HTTPS("errcode", "errmsg", "ok", ""),
    CLOUD_CALL("errCode", "errMsg", "openapi.auth.getPaidUnionId:ok", "openapi.auth.getPaidUnionId:fail ");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String codeKey;
    private final String messageKey;
    private final String okMessage;
    private final String failPrefix;

    WxAnswerShape(String codeKey, String messageKey, String okMessage, String failPrefix) {
        this.codeKey = codeKey;
        this.messageKey = messageKey;
        this.okMessage = okMessage;
        this.failPrefix = failPrefix;
    }

    Map<String, Object> unionid(String unionid) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unionid", unionid);
        body.put(codeKey, 0);
        body.put(messageKey, okMessage);
        return body;
    }

    /** The refusal; {@code rid} identifies this answer (see {@link #newRid()}). */
    Map<String, Object> error(WxErrcodeException e, String rid) {
        String cloudCode = failPrefix.isEmpty() ? "" : e.errcode() + " ";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(codeKey, e.errcode());
        body.put(messageKey, failPrefix + cloudCode + e.errmsg() + ", rid: " + rid);
        return body;
    }

    /** Shaped like WeChat's request ids, e.g. {@code 66b5fb8f-1b2c3d4e-0a1b2c3d}. */
    static String newRid() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        return hex.substring(0, 8) + "-" + hex.substring(8, 16) + "-" + hex.substring(16);
    }
}
