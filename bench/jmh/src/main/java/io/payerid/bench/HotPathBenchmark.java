package io.payerid.bench;

import io.payerid.core.crypto.KeyRing;
import io.payerid.core.flow.FlowContext;

import io.payerid.core.redirect.RedirectWhitelist;
import io.payerid.core.seal.SealedState;
import io.payerid.core.signing.KeyedDigestSigner;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.WhitelistEntry;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

/** The per-request work of the redirect entry and callback, one primitive at a time. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class HotPathBenchmark {

    private SealedState sealedState;
    private FlowContext context;
    private String sealed;
    private Map<String, String> params;
    private String sign;
    private RedirectWhitelist whitelist;
    private final String key = "0123456789abcdef0123456789abcdef";

    @Setup
    public void setUp() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        sealedState = new SealedState(KeyRing.single("k1", Base64.getEncoder().encodeToString(raw)), Clock.systemUTC());
        context = new FlowContext("Ab3dEf6hIj9kLm2nOp5qRs", ChannelKind.WECHAT_OA, "native", "app_demo", "01JD0000000000000000000000",
                "https://shop.example.com/pay/return?order=20261122000042", io.payerid.core.flow.Scope.BASE, "merchant-state",
                Clock.systemUTC().instant().getEpochSecond() + 600, Map.of("signType", "MD5"));
        sealed = sealedState.seal(context);
        params = new TreeMap<>(Map.of("appId", "app_demo", "mchNo", "MCH_DEMO",
                "redirectUri", "https://shop.example.com/pay/return?order=20261122000042", "scope", "base",
                "state", "merchant-state", "timestamp", "1795316595", "nonce", "543ac7ac1b1801585d1cd71f"));
        sign = KeyedDigestSigner.wechatPayV2(SignType.MD5).sign(params, key);
        params.put("sign", sign);
        whitelist = new RedirectWhitelist(List.of(
                new WhitelistEntry("1", "m", "https", "www.example.com", -1, ""),
                new WhitelistEntry("2", "m", "https", "shop.example.com", -1, "/pay/")));
    }

    @Benchmark
    public String seal() {
        return sealedState.seal(context);
    }

    @Benchmark
    public FlowContext open() {
        return sealedState.open(sealed);
    }

    @Benchmark
    public boolean verifyMd5Signature() {
        return KeyedDigestSigner.wechatPayV2(SignType.MD5).verify(params, key, sign);
    }

    @Benchmark
    public boolean whitelistCheck() {
        return whitelist.allows("https://shop.example.com/pay/return?order=20261122000042");
    }
}
