package io.payerid.server.support.logguard;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Active for every test of this module (registered through the JUnit extension auto-detection in
 * junit-platform.properties): fails a test whose run logged a secret. Lines logged before the first test
 * (context start) are checked with the first test.
 */
public class LogGuardExtension implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        LogGuard.assertNoSecretLogged();
    }
}
