package io.payerid.channels.xml;

import io.payerid.channels.http.BoundedBody;
import io.payerid.channels.http.UpstreamHttpSettings;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.lifecycle.BuiltOnFirstUse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.routing.RoutingSupport;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * One POST of a {@link FlatXml} document and its flat XML answer, as WeChat Pay v2 and the UnionPay
 * 条码前置 gateway both speak it. Failures are the gateway's own errors: unreachable, too slow, 5xx or 429 is
 * {@code UPSTREAM_UNAVAILABLE} (worth a retry), any other status, an oversized or unreadable answer is
 * {@code UPSTREAM_ERROR}. Messages name the upstream, never its answer's text.
 *
 * <p>Why Apache HttpClient's blocking client and not the JDK's: a payment-code lookup is one small request
 * and one small answer on a virtual thread that waits anyway. The JDK client hands every exchange to its
 * selector thread and back through futures (a fifth of the gateway's CPU per lookup, measured under load);
 * the blocking client reads and writes the pooled socket on the calling thread. The pool is sized from
 * {@link UpstreamHttpSettings} (never the library's 2 per route) and built on first use, not at start.
 * The whole exchange, answer included, must finish within the caller's timeout: a deadline task aborts the
 * request however slowly the answer trickles in, and at most {@code maxAnswerBytes + 1} bytes are read (an
 * oversized answer's connection is dropped, not drained as closing its stream would).
 */
public final class FlatXmlExchange implements AutoCloseable {

    private static final ContentType TEXT_XML_UTF8 = ContentType.create("text/xml", StandardCharsets.UTF_8);
    /**
     * One daemon thread for all exchanges' deadlines: it only ever cancels a request. A deadline cancelled because
     * its exchange finished leaves the queue at once: by default it would stay until its time, holding the
     * request (and its document) for the whole timeout, some 30,000 of them at 6,000 lookups/s, which filled the
     * old generation and set off a full collection every few seconds.
     */
    private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

    private final String upstream;
    private final int maxAnswerBytes;
    private final UpstreamHttpSettings settings;
    private final BuiltOnFirstUse<CloseableHttpClient> http;

    /**
     * @param upstream       how messages name the upstream, e.g. "WeChat Pay"
     * @param maxAnswerBytes larger answers are refused before they are parsed
     * @param settings       pool bounds and the connect timeout (also the longest wait for a pooled connection)
     */
    public FlatXmlExchange(String upstream, int maxAnswerBytes, UpstreamHttpSettings settings) {
        this.upstream = upstream;
        this.maxAnswerBytes = maxAnswerBytes;
        this.settings = settings;
        this.http = new BuiltOnFirstUse<>(() -> newClient(settings));
    }

    /** @param timeout bound on the whole exchange, from connecting to the answer's last byte */
    public Map<String, String> post(URI target, Duration timeout, Map<String, String> request) {
        HttpPost post = new HttpPost(target);
        post.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(timeout)).build());
        post.setEntity(new StringEntity(FlatXml.write(request), TEXT_XML_UTF8));
        ScheduledFuture<?> deadline = DEADLINES.schedule(post::cancel, timeout.toNanos(), TimeUnit.NANOSECONDS);
        try (ClassicHttpResponse response = http.get().executeOpen(RoutingSupport.determineHost(post), post, null)) {
            return answerOf(response.getCode(), body(response.getEntity(), post));
        } catch (IOException | HttpException e) {
            String why = post.isCancelled() ? " did not answer within " + timeout.toMillis() + " ms" : " could not be reached";
            throw new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, upstream + why, e);
        } finally {
            deadline.cancel(false);
        }
    }

    private byte[] body(HttpEntity entity, HttpPost post) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        InputStream content = entity.getContent();
        byte[] body = BoundedBody.read(content, entity.getContentLength(), maxAnswerBytes);
        if (body.length > maxAnswerBytes) {
            post.cancel(); // drops the connection: closing the stream would drain the rest to reuse it
        } else {
            content.close(); // at its end already: the connection goes back to the pool
        }
        return body;
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

    private static ScheduledThreadPoolExecutor deadlines() {
        ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "payerid-upstream-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        deadlines.setRemoveOnCancelPolicy(true);
        return deadlines;
    }

    /** Deadlines not yet due or cancelled: the exchanges in flight. */
    static int pendingDeadlines() {
        return DEADLINES.getQueue().size();
    }

    private static CloseableHttpClient newClient(UpstreamHttpSettings settings) {
        Timeout connect = Timeout.of(settings.connectTimeout());
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(settings.maxConnectionsPerRoute())
                        .setMaxConnTotal(settings.maxConnectionsTotal())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect)
                                .setSocketTimeout(Timeout.of(settings.readTimeout()))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(connect).build())
                // One request, one answer: no retries (a lookup is not idempotent upstream), no redirects,
                // no cookies, no decompression (the answer's size cap applies to what the wire carries).
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .build();
    }

    @Override
    public void close() throws IOException {
        if (http.ifBuilt().isPresent()) {
            http.ifBuilt().get().close();
        }
    }
}
