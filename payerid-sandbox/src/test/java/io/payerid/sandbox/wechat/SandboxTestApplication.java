package io.payerid.sandbox.wechat;

import io.payerid.sandbox.support.MovableClock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A stand-in for the gateway: an empty web application into which the sandbox mounts itself
 * through its auto-configuration (settings in src/test/resources/application.yml). Its only
 * bean is a {@link java.time.Clock} the tests can move forward, which the sandbox picks up.
 */
@SpringBootApplication
public class SandboxTestApplication {

    @Bean
    MovableClock testClock() {
        return MovableClock.standingStill();
    }
}
