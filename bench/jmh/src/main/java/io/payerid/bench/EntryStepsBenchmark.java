package io.payerid.bench;

import io.payerid.channels.wechat.WechatHosts;
import io.payerid.channels.wechat.WechatMpServices;
import io.payerid.channels.wechat.WechatOAuthChannel;
import io.payerid.core.crypto.KeyRing;
import io.payerid.core.crypto.SecretCipher;
import io.payerid.core.flow.BrowserKey;
import io.payerid.core.flow.FlowIdBench;
import io.payerid.core.redirect.RedirectUris;
import io.payerid.core.signing.Digests;
import io.payerid.core.signing.HexCase;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.WechatOfficialAccount;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The redirect entry's steps that issue 8 item 2 changed, one at a time: flow id, browser key, the
 * upstream authorize URL, a merchant redirect with query, the nonce fingerprint HMAC and a stored-secret
 * decryption. Run with {@code -prof gc} for B/op. {@link HotPathBenchmark} has seal, open, signature, whitelist.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class EntryStepsBenchmark {

    private static final String CALLBACK = "http://localhost:8080/v1/oauth/callback/wechat_oa/"
            + "k1.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKlMnOpQrStUvWxYz"
            + "0123456789-_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKlMnOpQr";

    private WechatOAuthChannel wechat;
    private ChannelConfig wechatConfig;
    private SecretCipher secrets;
    private String storedSecret;
    private final Map<String, String> answer = new LinkedHashMap<>();

    @Setup
    public void setUp() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        secrets = new SecretCipher(KeyRing.single("k1", Base64.getEncoder().encodeToString(raw)));
        storedSecret = secrets.encrypt("0123456789abcdef0123456789abcdef");
        wechat = new WechatOAuthChannel(new WechatMpServices(new WechatHosts("http://localhost:8080/sandbox/wechat/open", null)));
        wechatConfig = new ChannelConfig("c1", OwnerType.MERCHANT, "m1", ChannelKind.WECHAT_OA, ChannelMode.DIRECT,
                Map.of(WechatOfficialAccount.APP_ID, "wx1234567890abcdef"),
                Map.of(WechatOfficialAccount.APP_SECRET, Secret.of("0123456789abcdef0123456789abcdef")), 0L);
        answer.put("openid", "oAbCdEfGhIjKlMnOpQrStUvWxYz0");
        answer.put("state", "merchant state/with spaces & reserved=chars");
        answer.put("timestamp", "1795316595");
        answer.put("sign", "0123456789ABCDEF0123456789ABCDEF");
    }

    @Benchmark
    public String flowId() {
        return FlowIdBench.next();
    }

    @Benchmark
    public String browserKey() {
        return BrowserKey.generate().hash();
    }

    @Benchmark
    public String wechatAuthorizeUrl() {
        return wechat.authorizationUrl(wechatConfig, io.payerid.core.flow.Scope.BASE, CALLBACK, "Ab3dEf6hIj9kLm2nOp5qRs");
    }

    @Benchmark
    public String merchantRedirectWithQuery() {
        return RedirectUris.appendQuery("https://shop.example.com/pay/return?order=20261122000042#/done", answer);
    }

    @Benchmark
    public String nonceFingerprint() {
        return Digests.hmacSha256Hex("nonce:app_demo:543ac7ac1b1801585d1cd71f", "0123456789ABCDEF0123456789ABCDEF", HexCase.LOWER);
    }

    @Benchmark
    public String storedSecretDecrypt() {
        return secrets.decrypt(storedSecret);
    }
}
