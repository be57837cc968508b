package io.payerid.sandbox.alipay;

import io.payerid.sandbox.support.MovableClock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A stand-in for the gateway: an empty web application into which the Alipay sandbox mounts itself
 * through its auto-configuration. Its only bean is a clock the tests can move forward.
 */
@SpringBootApplication
public class AlipaySandboxTestApplication {

    @Bean
    MovableClock alipayTestClock() {
        return MovableClock.followingRealTime();
    }
}
