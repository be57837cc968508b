package io.payerid.server.dialect.exchange;

import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.outbox.CallbackDialect;
import io.payerid.server.outbox.OutboxMessage;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How seed 004's callbacks are signed and acknowledged. Each attempt gets fresh {@code nonce} and
 * {@code timestamp} headers and a {@code sign} over {@code businessId}, {@code nonce}, {@code timestamp}
 * (no {@code signType} header is sent, so none is signed) and the body, in the scheme the request used.
 * The receiver acknowledges with a body of {@code SUCCESS} in any case; anything else is retried.
 */
@Component
public class ExchangeCallbackDialect implements CallbackDialect {

    private final ExchangeAuthRequests requests;
    private final TenantDirectory tenants;
    private final ExchangeSignature signature;
    private final Clock clock;

    public ExchangeCallbackDialect(ExchangeAuthRequests requests, TenantDirectory tenants, ExchangeSignature signature,
                                   Clock clock) {
        this.requests = requests;
        this.tenants = tenants;
        this.signature = signature;
        this.clock = clock;
    }

    @Override
    public String name() {
        return ExchangeResponder.DIALECT;
    }

    @Override
    public Map<String, String> headers(OutboxMessage message) {
        ExchangeAuthRequest request = requests.findByNotificationId(message.id())
                .orElseThrow(() -> new IllegalStateException("no seed 004 request for callback " + message.id()));
        MerchantApp app = tenants.appByAppId(request.businessId())
                .orElseThrow(() -> new IllegalStateException("businessId " + request.businessId() + " no longer exists"));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ExchangeHeaders.BUSINESS_ID, app.appId());
        headers.put(ExchangeHeaders.NONCE, ExchangeResponses.nonce());
        headers.put(ExchangeHeaders.TIMESTAMP, Long.toString(clock.millis()));
        headers.put(ExchangeHeaders.SIGN, signature.sign(app, request.signType(),
                ExchangeSignature.stringToSign(headers, message.body())));
        return headers;
    }

    @Override
    public boolean acknowledged(int httpStatus, String body) {
        return httpStatus >= 200 && httpStatus < 300 && body != null && body.trim().equalsIgnoreCase("SUCCESS");
    }
}
