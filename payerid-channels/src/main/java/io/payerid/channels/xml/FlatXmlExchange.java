package io.payerid.channels.xml;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * One POST of a {@link FlatXml} document and its flat XML answer, as WeChat Pay v2 and the UnionPay
 * 条码前置 gateway both speak it. Failures are the gateway's own errors: unreachable, 5xx or 429 is
 * {@code UPSTREAM_UNAVAILABLE} (worth a retry), any other status, an oversized or unreadable answer is
 * {@code UPSTREAM_ERROR}. Messages name the upstream, never its answer's text.
 *
 * @param http            the client (its connect timeout applies)
 * @param upstream        how messages name the upstream, e.g. "WeChat Pay"
 * @param maxAnswerBytes  larger answers are refused before they are parsed
 */
public record FlatXmlExchange(HttpClient http, String upstream, int maxAnswerBytes) {

    public Map<String, String> post(URI target, Duration timeout, Map<String, String> request) {
        HttpRequest httpRequest = HttpRequest.newBuilder(target)
                .timeout(timeout)
                .header("Content-Type", "text/xml;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(FlatXml.write(request), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = http.send(httpRequest, HttpResponse.BodyHandlers.ofInputStream());
            // At most one byte past the cap is read; closing the stream early cancels the rest of the exchange.
            try (InputStream content = response.body()) {
                return answerOf(response.statusCode(), content.readNBytes(maxAnswerBytes + 1));
            }
        } catch (IOException e) {
            throw new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, upstream + " could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, "interrupted while calling " + upstream, e);
        }
    }

    private Map<String, String> answerOf(int status, byte[] body) {
        if (status >= 500 || status == 429) {
            throw new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, upstream + " answered HTTP " + status);
        }
        if (status != 200) {
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, upstream + " answered HTTP " + status);
        }
        if (body.length > maxAnswerBytes) {
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, upstream + "'s answer is too large");
        }
        try {
            return FlatXml.read(body);
        } catch (IllegalArgumentException e) {
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, upstream + " answered something that is not its XML", e);
        }
    }
}
