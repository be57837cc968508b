package io.payerid.server.dialect.exchange;

import io.payerid.channels.http.BoundedBody;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.error.RedactedFailure;
import io.payerid.server.ratelimit.AppRequestQuota;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed 004 (兑换系统) {@code POST /v1/openapi/auth/alipay/url}: a header-signed JSON request for a link
 * that identifies the payer through Alipay. Mapped for every method so that a GET is answered with the
 * seed's status 4 rather than a generic error. The body is read as text before any JSON parsing: the
 * signature covers it byte for byte. Every outcome is the seed's JSON shape, never a 500.
 * See docs/compat/004-exchange-alipay-auth.md.
 */
@RestController
public class ExchangeAuthUrlController {

    public static final String PATH = "/v1/openapi/auth/alipay/url";

    private static final Logger log = LoggerFactory.getLogger(ExchangeAuthUrlController.class);
    private static final int MAX_BODY_BYTES = 16 * 1024;

    private final ExchangeRequestAuthenticator authenticator;
    private final ExchangeAuthRequestIssuer issuer;
    private final ExchangeLinks links;
    private final ExchangeResponses responses;
    private final ExchangeProperties properties;
    private final JsonMapper json;
    private final AppRequestQuota quota;

    public ExchangeAuthUrlController(ExchangeRequestAuthenticator authenticator, ExchangeAuthRequestIssuer issuer,
                                     ExchangeLinks links, ExchangeResponses responses, ExchangeProperties properties,
                                     JsonMapper json, AppRequestQuota quota) {
        this.authenticator = authenticator;
        this.issuer = issuer;
        this.links = links;
        this.responses = responses;
        this.properties = properties;
        this.json = json;
        this.quota = quota;
    }

    @RequestMapping(PATH)
    public ResponseEntity<String> alipayAuthUrl(HttpServletRequest request) {
        ExchangeCaller caller = null;
        try {
            if (!"POST".equals(request.getMethod())) {
                throw new ExchangeRefusal(ExchangeStatus.NO_SUCH_METHOD, "method " + request.getMethod() + " is not supported; use POST");
            }
            String rawBody = rawBody(request);
            ExchangeHeaders headers = ExchangeHeaders.of(request);
            caller = authenticator.authenticate(headers, rawBody);
            authenticator.requireFresh(caller, headers);
            // Only now, with signature, timestamp and nonce checked: forgeries and replays spend no quota.
            quota.consume(caller.app());
            ExchangeAuthRequest issued = issuer.issue(caller, ExchangeAuthUrlRequest.parse(json, rawBody));
            return responses.success(caller, properties.successStatusFor(caller.app().appId()), links.link(issued.linkToken()));
        } catch (ExchangeRefusal e) {
            log.info("seed 004 request refused with status {}: {}", e.status().code(), e.getMessage());
            return responses.refusal(caller, e);
        } catch (PayerIdException e) {
            return responses.refusal(caller, ExchangeRefusal.of(e));
        } catch (RuntimeException e) {
            log.error("seed 004 request failed", RedactedFailure.of(e));
            return responses.refusal(caller, new ExchangeRefusal(ExchangeStatus.FAIL, "internal error, try again later"));
        }
    }

    /** UTF-8 text of the body exactly as received (the charset the seed's Content-Type names). */
    private static String rawBody(HttpServletRequest request) {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = BoundedBody.read(in, request.getContentLengthLong(), MAX_BODY_BYTES);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new ExchangeRefusal(ExchangeStatus.DATA_ERROR, "body is larger than " + MAX_BODY_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExchangeRefusal(ExchangeStatus.DATA_ERROR, "body could not be read");
        }
    }
}
