package io.payerid.server.config;

import io.payerid.core.crypto.KeyRing;
import io.payerid.core.crypto.SecretCipher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The master key ring and what is derived from it. */
@Configuration(proxyBeanMethods = false)
public class CryptoConfiguration {

    @Bean
    KeyRing masterKeyRing(PayerIdProperties properties) {
        String key = properties.masterKey();
        if (key == null || key.isBlank()) {
            key = EmbeddedSecrets.readOrCreate(properties.dataDir().resolve("master.key"),
                    () -> EmbeddedSecrets.randomBase64(32));
        }
        return KeyRing.single(properties.masterKeyId(), key);
    }

    @Bean
    SecretCipher secretCipher(KeyRing masterKeyRing) {
        return new SecretCipher(masterKeyRing.derive("payerid.secrets-at-rest"));
    }
}
