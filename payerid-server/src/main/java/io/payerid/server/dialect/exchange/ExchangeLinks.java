package io.payerid.server.dialect.exchange;

import io.payerid.server.config.FlowConfiguration;
import io.payerid.server.config.PayerIdProperties;
import org.springframework.stereotype.Component;

/**
 * The two gateway URLs a request gets: the {@code alipayAuthUrl} the merchant shows the payer, and the
 * gateway-hosted result page the payer lands on (under the flow's whitelist-free pages prefix).
 */
@Component
public class ExchangeLinks {

    public static final String LINK_PATH = "/v1/openapi/auth/alipay/go/";
    public static final String RESULT_PATH = FlowConfiguration.GATEWAY_PAGES_PATH + "exchange-004/";

    private final String baseUrl;

    public ExchangeLinks(PayerIdProperties properties) {
        this.baseUrl = properties.publicBaseUrlWithoutSlash();
    }

    public String link(String linkToken) {
        return baseUrl + LINK_PATH + linkToken;
    }

    public String resultPage(String linkToken) {
        return baseUrl + RESULT_PATH + linkToken;
    }
}
