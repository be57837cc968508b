package io.payerid.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.Secret;
import io.payerid.core.token.AccessTokenHolder;
import io.payerid.core.token.TokenMode;
import io.payerid.sandbox.wechat.SandboxWechatApp;
import io.payerid.sandbox.wechat.SandboxWechatApps;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.SandboxWechatClient;
import io.payerid.server.support.TestMerchants;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The wired central token against the real sandbox over HTTP: a crowd of callers arriving together for an
 * app with no token yet causes exactly one upstream fetch, in both token modes, and all get that token.
 */
class CentralTokenSingleFlightTest extends GatewayTest {

    private static final int CALLERS = 64;

    @Autowired
    AccessTokenHolder holder;
    @Autowired
    SandboxWechatApps sandboxApps;

    @ParameterizedTest
    // COMPONENT tokens need a pushed ticket: WechatComponentModeTest covers their single flight.
    @EnumSource(value = TokenMode.class, names = {"STABLE", "CLASSIC"})
    void manyConcurrentCallersCauseOneUpstreamFetch(TokenMode mode) throws Exception {
        String appid = "wxflight" + TestMerchants.uniqueSuffix().toLowerCase();
        String secret = "secret-" + appid;
        sandboxApps.register(new SandboxWechatApp(appid, secret, List.of(), null));
        SandboxWechatClient sandbox = new SandboxWechatClient(BASE);

        Set<String> tokens = concurrently(() -> holder.current(appid, Secret.of(secret), mode).value());

        assertThat(tokens).hasSize(1);
        assertThat(sandbox.tokenFetches(appid)).isEqualTo(1);
        assertThat(sandbox.tokenStatus(tokens.iterator().next())).as("the sandbox accepts it").isEqualTo(41009);
        assertThat(holder.current(appid, Secret.of(secret), mode).value()).isIn(tokens);
        assertThat(sandbox.tokenFetches(appid)).as("later callers reuse it").isEqualTo(1);
    }

    private static Set<String> concurrently(java.util.concurrent.Callable<String> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < CALLERS; i++) {
                results.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<String> tokens = new ArrayList<>();
            for (Future<String> result : results) {
                tokens.add(result.get());
            }
            assertThat(tokens).hasSize(CALLERS);
            return tokens.stream().collect(Collectors.toSet());
        }
    }
}
