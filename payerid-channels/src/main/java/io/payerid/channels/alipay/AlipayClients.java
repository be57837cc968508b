package io.payerid.channels.alipay;

import com.alipay.api.AlipayClient;
import com.alipay.api.DefaultAlipayClient;
import com.alipay.api.internal.util.AlipayLogger;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.payerid.channels.http.UpstreamHttpSettings;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.signing.Digests;
import io.payerid.core.signing.HexCase;
import io.payerid.core.signing.RsaSigner;
import io.payerid.core.tenant.AlipayApp;
import java.time.Duration;

/**
 * One {@link DefaultAlipayClient} per Alipay app and key material, built on first use and cached
 * (like {@code WechatMpServices}): a client per app keeps concurrent requests for different tenants
 * apart, and a rotated key (either half) builds a new client instead of reusing a stale one.
 */
public final class AlipayClients {

    static {
        // On failures the SDK logs whole request URLs, auth_token and app_auth_token included:
        // credentials must never reach the logs, and our own errors carry what matters.
        AlipayLogger.setNeedEnableLogger(false);
    }

    private final AlipayHosts hosts;
    private final UpstreamHttpSettings http;
    private final Cache<String, AlipayClient> clients = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofHours(6))
            .build();

    public AlipayClients(AlipayHosts hosts) {
        this(hosts, UpstreamHttpSettings.DEFAULTS);
    }

    /**
     * @param http timeouts only: the SDK calls through {@code HttpURLConnection}, which has no connection
     *             cap (it opens a connection per concurrent call and keeps {@code http.maxConnections}
     *             idle ones per host), so it never queues a payer behind a slow gateway
     */
    public AlipayClients(AlipayHosts hosts, UpstreamHttpSettings http) {
        this.hosts = hosts;
        this.http = http;
    }

    public AlipayHosts hosts() {
        return hosts;
    }

    /**
     * @throws PayerIdException CHANNEL_NOT_CONFIGURED when either key cannot be parsed: the SDK would only
     *                          fail later, inside a call, with an error indistinguishable from Alipay's
     */
    public AlipayClient forApp(AlipayApp app) {
        requireUsableKeys(app);
        String keyFingerprint = Digests.hmacSha256Hex("payerid",
                app.privateKey().reveal() + "\n" + app.alipayPublicKey(), HexCase.LOWER);
        return clients.get(app.appId() + ":" + keyFingerprint, key -> build(app));
    }

    private static void requireUsableKeys(AlipayApp app) {
        try {
            RsaSigner.privateKey(app.privateKey().reveal());
        } catch (IllegalArgumentException e) {
            throw new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED,
                    "Alipay app " + app.appId() + ": private key is not an RSA PKCS#8 Base64 key");
        }
        try {
            RsaSigner.publicKey(app.alipayPublicKey());
        } catch (IllegalArgumentException e) {
            throw new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED,
                    "Alipay app " + app.appId() + ": Alipay public key is not an RSA X.509 Base64 key");
        }
    }

    private AlipayClient build(AlipayApp app) {
        DefaultAlipayClient client = new DefaultAlipayClient(hosts.gatewayUrl(), app.appId(),
                bareBase64(app.privateKey().reveal()), "json", "UTF-8", bareBase64(app.alipayPublicKey()), "RSA2");
        // A payer is waiting on the other end: fail over to an error page rather than hang.
        client.setConnectTimeout(http.connectTimeoutMillis());
        client.setReadTimeout(http.readTimeoutMillis());
        return client;
    }

    /** The SDK wants bare Base64; operators paste PEM files with armour and line breaks. */
    private static String bareBase64(String key) {
        return key.replaceAll("-----(BEGIN|END)[A-Z ]+-----", "").replaceAll("\\s", "");
    }
}
