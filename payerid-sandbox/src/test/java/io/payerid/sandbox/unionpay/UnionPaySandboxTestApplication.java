package io.payerid.sandbox.unionpay;

import io.payerid.sandbox.support.MovableClock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A stand-in for the gateway: an empty web application into which the sandbox mounts itself through its
 * auto-configuration. Its only bean is a clock the tests move forward, which the sandbox picks up.
 */
@SpringBootApplication
public class UnionPaySandboxTestApplication {

    @Bean
    MovableClock unionPayTestClock() {
        return MovableClock.standingStill();
    }
}
