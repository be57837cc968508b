package io.payerid.server.dialect.wxcompat;

import io.payerid.core.error.PayerIdException;
import io.payerid.server.api.JsonParams;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** JSON request bodies (stable_token, the cloud-call shape) as flat fields; unreadable ones are WeChat's 47001. */
final class WxJsonBodies {

    private WxJsonBodies() {
    }

    static Map<String, String> flat(JsonMapper json, String body) {
        try {
            return JsonParams.flat(json, body);
        } catch (PayerIdException e) {
            throw WxErrcodes.of(WxErrcodes.DATA_FORMAT_ERROR, "data format error hint: [" + e.detail() + "]");
        }
    }
}
