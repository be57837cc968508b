package io.payerid.sandbox.wechat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * JSON answers of the "api" host. Like api.weixin.qq.com, errors are HTTP 200 with
 * {@code {"errcode":N,"errmsg":"..., rid: ..."}}: clients must branch on errcode, never on
 * the status or the exact errmsg.
 */
final class WechatApiResponses {

    private WechatApiResponses() {
    }

    static ServerResponse ok(Map<String, Object> body) {
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    static ServerResponse error(int errcode, String errmsg) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errcode", errcode);
        body.put("errmsg", errmsg + ", rid: " + RandomTokens.rid());
        return ok(body);
    }
}
