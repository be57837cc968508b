package io.payerid.server.dialect.exchange;

import io.payerid.core.error.PayerIdException;
import io.payerid.server.api.JsonParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of {@code POST /v1/openapi/auth/alipay/url}, parsed only after its raw text was verified.
 * {@code thirdAccount}, which the seed's own example sends instead of {@code userId}, is read as
 * {@code userId} when that is absent.
 */
public record ExchangeAuthUrlRequest(String merchantId, String businessId, String serialNo, String userId,
                                     String callbackUrl) {

    static final int MAX_ID = 64;
    static final int MAX_USER_ID = 128;
    static final int MAX_URL = 2048;

    public static ExchangeAuthUrlRequest parse(JsonMapper json, String rawBody) {
        if (rawBody.isBlank()) {
            throw new ExchangeRefusal(ExchangeStatus.MISSING_PARAMS, "request body is required");
        }
        Map<String, String> fields;
        try {
            fields = JsonParams.flat(json, rawBody);
        } catch (PayerIdException e) {
            throw new ExchangeRefusal(ExchangeStatus.DATA_ERROR, e.detail());
        }
        String userId = present(fields.get("userId")) ? fields.get("userId") : fields.get("thirdAccount");
        ExchangeAuthUrlRequest request = new ExchangeAuthUrlRequest(orNull(fields.get("merchantId")),
                orNull(fields.get("businessId")), orNull(fields.get("serialNo")), orNull(userId),
                orNull(fields.get("callbackUrl")));
        request.requireFields();
        request.checkLengths();
        return request;
    }

    private void requireFields() {
        List<String> missing = new ArrayList<>();
        if (merchantId == null) {
            missing.add("merchantId");
        }
        if (businessId == null) {
            missing.add("businessId");
        }
        if (serialNo == null) {
            missing.add("serialNo");
        }
        if (userId == null) {
            missing.add("userId");
        }
        if (!missing.isEmpty()) {
            throw new ExchangeRefusal(ExchangeStatus.MISSING_PARAMS, "missing " + String.join(", ", missing));
        }
    }

    private void checkLengths() {
        tooLong("merchantId", merchantId, MAX_ID);
        tooLong("businessId", businessId, MAX_ID);
        tooLong("serialNo", serialNo, MAX_ID);
        tooLong("userId", userId, MAX_USER_ID);
        tooLong("callbackUrl", callbackUrl, MAX_URL);
    }

    private static void tooLong(String name, String value, int max) {
        if (value != null && value.length() > max) {
            throw new ExchangeRefusal(ExchangeStatus.DATA_ERROR, name + " must be at most " + max + " characters");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Blank counts as absent; other values are kept exactly as sent, since they are echoed back. */
    private static String orNull(String value) {
        return present(value) ? value : null;
    }
}
