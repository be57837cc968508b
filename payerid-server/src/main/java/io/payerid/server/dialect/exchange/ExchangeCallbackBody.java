package io.payerid.server.dialect.exchange;

import io.payerid.core.flow.PayerIdentity;
import io.payerid.core.tenant.Merchant;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The callback's JSON body. The seed shows only that it starts with {@code serialNo}; the other names are
 * ours: {@code userId} (the merchant's customer, echoed), {@code openId} (Alipay open_id),
 * {@code aliUserId} (Alipay 2088 user_id, when Alipay returns one), {@code merchantId}, {@code businessId}
 * and {@code notifyId} (the same on every attempt, for de-duplication). Built once and stored: every
 * attempt sends the same bytes.
 */
@Component
public class ExchangeCallbackBody {

    private final JsonMapper json;

    public ExchangeCallbackBody(JsonMapper json) {
        this.json = json;
    }

    public String of(ExchangeAuthRequest request, Merchant merchant, PayerIdentity identity, String notificationId) {
        ObjectNode body = json.createObjectNode();
        body.put("serialNo", request.serialNo());
        body.put("userId", request.merchantUserId());
        putIfPresent(body, "openId", identity.openId());
        putIfPresent(body, "aliUserId", identity.userId());
        body.put("merchantId", merchant.mchNo());
        body.put("businessId", request.businessId());
        body.put("notifyId", notificationId);
        return json.writeValueAsString(body);
    }

    private static void putIfPresent(ObjectNode body, String name, String value) {
        if (value != null && !value.isEmpty()) {
            body.put(name, value);
        }
    }
}
