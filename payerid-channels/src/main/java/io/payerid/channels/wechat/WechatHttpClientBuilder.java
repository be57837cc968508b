package io.payerid.channels.wechat;

import io.payerid.channels.http.UpstreamHttpSettings;
import java.util.concurrent.TimeUnit;
import me.chanjar.weixin.common.util.http.apache.ApacheHttpClientBuilder;
import org.apache.http.HttpHost;
import org.apache.http.NoHttpResponseException;
import org.apache.http.client.HttpRequestRetryHandler;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.config.ConnectionConfig;
import org.apache.http.conn.ConnectionKeepAliveStrategy;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultHttpRequestRetryHandler;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.apache.http.protocol.HttpContext;

/**
 * The HTTP client our WxJava services share. WxJava's default is a JVM-wide singleton that never
 * retries, so a pooled keep-alive connection the peer has already closed fails the payer's code
 * exchange outright. This pool re-validates connections idle for more than a second and retries a
 * request once when it was never answered (see {@link #retryOnce}).
 */
public final class WechatHttpClientBuilder implements ApacheHttpClientBuilder {

    static final int CONNECTION_BUFFER_BYTES = 2048;

    private static final WechatHttpClientBuilder SHARED = new WechatHttpClientBuilder();

    /** One pool for every WxJava service of the process, as WxJava's own default is, but a sound one. */
    public static WechatHttpClientBuilder shared() {
        return SHARED;
    }

    /**
     * Sets the shared pool's bounds and timeouts (configuration calls this once at start-up, before any
     * WxJava service is built). WxJava takes the builder through its config objects, outside Spring's
     * reach, hence the static. A client already built with other settings is replaced for later builds.
     */
    public static void configureShared(UpstreamHttpSettings settings) {
        SHARED.configure(settings);
    }

    private UpstreamHttpSettings settings = UpstreamHttpSettings.DEFAULTS;
    private HttpRequestRetryHandler retryHandler = WechatHttpClientBuilder::retryOnce;
    private ConnectionKeepAliveStrategy keepAliveStrategy;
    private String proxyHost;
    private int proxyPort;
    private CloseableHttpClient client;

    private synchronized void configure(UpstreamHttpSettings newSettings) {
        if (!newSettings.equals(settings)) {
            settings = newSettings;
            client = null;
        }
    }

    @Override
    public synchronized CloseableHttpClient build() {
        if (client == null) {
            PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager(60, TimeUnit.SECONDS);
            pool.setMaxTotal(settings.maxConnectionsTotal());
            pool.setDefaultMaxPerRoute(settings.maxConnectionsPerRoute());
            pool.setValidateAfterInactivity(1_000);
            // WeChat's answers are a few hundred bytes of JSON: 2 KB buffers instead of 8 KB each way save
            // 12 KB of heap per connection, and the pool keeps thousands open behind a slow upstream.
            pool.setDefaultConnectionConfig(ConnectionConfig.custom().setBufferSize(CONNECTION_BUFFER_BYTES).build());
            // WeChat's API answers JSON directly: no redirects to follow, cookies to keep, credentials to cache
            // or compressed bodies to inflate. Each of those is a step of HttpClient's chain on every call.
            var builder = HttpClients.custom()
                    .setConnectionManager(pool)
                    .disableRedirectHandling()
                    .disableCookieManagement()
                    .disableAuthCaching()
                    .disableContentCompression()
                    .disableConnectionState()
                    .setRetryHandler(retryHandler)
                    .evictExpiredConnections()
                    .evictIdleConnections(30, TimeUnit.SECONDS)
                    .setDefaultRequestConfig(RequestConfig.custom()
                            .setConnectTimeout(settings.connectTimeoutMillis())
                            .setSocketTimeout(settings.readTimeoutMillis())
                            .setConnectionRequestTimeout(settings.connectTimeoutMillis())
                            .build());
            if (keepAliveStrategy != null) {
                builder.setKeepAliveStrategy(keepAliveStrategy);
            }
            if (proxyHost != null) {
                builder.setProxy(new HttpHost(proxyHost, proxyPort));
            }
            client = builder.build();
        }
        return client;
    }

    /**
     * One retry when the request never left (the default rule), or when a pooled connection turned
     * out to be closed by the peer: NoHttpResponseException on keep-alive means the server dropped the
     * connection without answering, so the request was not processed.
     */
    private static boolean retryOnce(java.io.IOException exception, int executionCount, HttpContext context) {
        if (executionCount > 1) {
            return false;
        }
        return exception instanceof NoHttpResponseException || DEFAULT_RETRY.retryRequest(exception, executionCount, context);
    }

    private static final HttpRequestRetryHandler DEFAULT_RETRY = new DefaultHttpRequestRetryHandler(1, false);

    @Override
    public ApacheHttpClientBuilder httpProxyHost(String host) {
        this.proxyHost = host;
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpProxyPort(int port) {
        this.proxyPort = port;
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpProxyUsername(String username) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpProxyPassword(String password) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpRequestRetryHandler(HttpRequestRetryHandler handler) {
        this.retryHandler = handler;
        return this;
    }

    @Override
    public ApacheHttpClientBuilder keepAliveStrategy(ConnectionKeepAliveStrategy strategy) {
        this.keepAliveStrategy = strategy;
        return this;
    }

    @Override
    public ApacheHttpClientBuilder sslConnectionSocketFactory(SSLConnectionSocketFactory factory) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder supportedProtocols(String[] protocols) {
        return this;
    }
}
