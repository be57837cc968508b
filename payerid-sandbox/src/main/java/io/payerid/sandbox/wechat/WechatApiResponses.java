package io.payerid.sandbox.wechat;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * JSON answers of the "api" host. Like api.weixin.qq.com, errors are HTTP 200 with
 * {@code {"errcode":N,"errmsg":"..., rid: ..."}}: clients must branch on errcode, never on
 * the status or the exact errmsg.
 */
final class WechatApiResponses {

    private static final SecureRandom RANDOM = new SecureRandom();

    private WechatApiResponses() {
    }

    static ServerResponse ok(Map<String, Object> body) {
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** WeChat's -1 "system error": busy, retry later (the sandbox's injected BUSY fault). */
    static ServerResponse busy(ServerRequest request) {
        return error(-1, "system error");
    }

    static ServerResponse error(int errcode, String errmsg) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errcode", errcode);
        body.put("errmsg", errmsg + ", rid: " + rid());
        return ok(body);
    }

    /** Shaped like WeChat's request ids, e.g. {@code 66b5fb8f-1b2c3d4e-0a1b2c3d}. */
    private static String rid() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        return hex.substring(0, 8) + "-" + hex.substring(8, 16) + "-" + hex.substring(16, 24);
    }
}
