package io.payerid.sandbox.wechatpay;

import io.payerid.sandbox.support.MovableClock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A stand-in for the gateway for the WeChat Pay sandbox tests: an empty web application into which the
 * sandbox mounts itself (profile {@code wechatpay} adds the pay merchants), with a movable clock.
 */
@SpringBootApplication
public class PaySandboxTestApplication {

    @Bean
    MovableClock payTestClock() {
        return MovableClock.standingStill();
    }
}
