package io.payerid.sandbox.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.sandbox.support.MovableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.junit.jupiter.api.Test;

/** WeChat's rules for a third-party platform as the sandbox keeps them, and its pushes as WxJava reads them. */
class SandboxComponentsTest {

    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final SandboxComponent PLATFORM = new SandboxComponent("wxcomponent0001", "secret", "token", AES_KEY,
            null);

    private final MovableClock clock = MovableClock.standingStill();
    private final SandboxComponents components = new SandboxComponents(List.of(PLATFORM), new SandboxComponentProperties(), clock);

    @Test
    void ticketValidWhenYoungerThanItsLifeThenTrueAfterThatFalse() {
        String ticket = components.issueTicket(PLATFORM.appid());

        assertThat(components.ticketValid(PLATFORM.appid(), ticket)).isTrue();
        assertThat(components.ticketValid("wxother", ticket)).isFalse();
        clock.advance(Duration.ofHours(12));
        assertThat(components.ticketValid(PLATFORM.appid(), ticket)).isFalse();
    }

    @Test
    void spendPreAuthCodeWhenRacedThenExactlyOneWinner() throws Exception {
        String code = components.issuePreAuthCode(PLATFORM.appid());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Boolean>> spends = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return components.spendPreAuthCode(PLATFORM.appid(), code);
            }, pool)).toList();
            start.countDown();
            assertThat(spends.stream().map(CompletableFuture::join).filter(Boolean::booleanValue)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void redeemAuthCodeWhenUsedOrExpiredThenEmpty() {
        String code = components.authorize(PLATFORM.appid(), "wxauthorizer0001");
        String late = components.authorize(PLATFORM.appid(), "wxauthorizer0002");

        assertThat(components.redeemAuthCode(PLATFORM.appid(), code)).contains("wxauthorizer0001");
        assertThat(components.redeemAuthCode(PLATFORM.appid(), code)).isEmpty();
        clock.advance(Duration.ofSeconds(600));
        assertThat(components.redeemAuthCode(PLATFORM.appid(), late)).isEmpty();
        assertThat(components.authorized(PLATFORM.appid(), "wxauthorizer0002")).isTrue();
        assertThat(components.revoke(PLATFORM.appid(), "wxauthorizer0002")).isTrue();
        assertThat(components.authorized(PLATFORM.appid(), "wxauthorizer0002")).isFalse();
    }

    @Test
    void encryptWhenReadBySdkThenTheMessageUnderAValidSignature() {
        String message = "<xml><InfoType><![CDATA[component_verify_ticket]]></InfoType></xml>";
        String encrypt = ComponentMessageCrypto.encrypt(AES_KEY, PLATFORM.appid(), message);
        String signature = ComponentMessageCrypto.signature("token", "1700000000", "nonce1", encrypt);

        String plain = new WxCryptUtil("token", AES_KEY, PLATFORM.appid()).decryptXml(signature, "1700000000", "nonce1",
                "<xml><ToUserName><![CDATA[x]]></ToUserName><Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>");

        assertThat(plain).isEqualTo(message);
    }
}
