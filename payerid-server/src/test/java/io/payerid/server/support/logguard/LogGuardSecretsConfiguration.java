package io.payerid.server.support.logguard;

import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test-only auto-configuration (see META-INF/spring in test resources): lets {@link LogGuard} know every
 * secret of each running gateway: every key and channel secret in its database (decrypted through the
 * admin side, as the gateway itself would), the configured operator token and master key, and what embedded
 * mode generated into the data directory (master key, operator token, platform key, demo.json secrets).
 */
@AutoConfiguration
@ConditionalOnBean(TenantAdmin.class)
public class LogGuardSecretsConfiguration {

    @Bean
    GatewaySecrets logGuardGatewaySecrets(TenantAdmin admin, Environment environment) {
        return new GatewaySecrets(admin, environment);
    }

    static final class GatewaySecrets implements InitializingBean, DisposableBean, Supplier<Collection<String>> {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        private final TenantAdmin admin;
        private final Environment environment;

        GatewaySecrets(TenantAdmin admin, Environment environment) {
            this.admin = admin;
            this.environment = environment;
        }

        @Override
        public void afterPropertiesSet() {
            LogGuard.addSource(this);
        }

        @Override
        public void destroy() {
            LogGuard.removeSource(this);
        }

        @Override
        public Collection<String> get() {
            List<String> all = new ArrayList<>();
            all.add(environment.getProperty("payerid.operator-token"));
            all.add(environment.getProperty("payerid.master-key"));
            try {
                database(all);
            } catch (RuntimeException databaseGone) {
                // A context whose database was closed (fault tests) still contributes what it can.
            }
            dataDirectory(Path.of(environment.getProperty("payerid.data-dir", "./data")), all);
            return all;
        }

        private void database(List<String> all) {
            for (Institution institution : admin.institutions()) {
                all.add(reveal(institution.signKey()));
                channels(OwnerType.INSTITUTION, institution.id(), all);
                for (Merchant merchant : admin.merchantsOf(institution.id())) {
                    channels(OwnerType.MERCHANT, merchant.id(), all);
                    for (MerchantApp app : admin.appsOf(merchant.id())) {
                        all.add(reveal(app.signKey()));
                    }
                }
            }
        }

        private void channels(OwnerType type, String ownerId, List<String> all) {
            for (ChannelConfig config : admin.channelsOf(type, ownerId)) {
                config.secrets().values().forEach(secret -> all.add(reveal(secret)));
            }
        }

        private static void dataDirectory(Path dir, List<String> all) {
            if (!Files.isDirectory(dir)) {
                return;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".key") || name.endsWith(".password") || name.equals("operator-token")) {
                        all.add(Files.readString(file).trim());
                    } else if (name.equals("demo.json")) {
                        secretsOf(JSON.readTree(Files.readString(file)), all);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void secretsOf(JsonNode node, List<String> all) {
            for (String field : node.propertyNames()) {
                JsonNode value = node.get(field);
                if (value.isObject()) {
                    secretsOf(value, all);
                } else if (value.isString() && field.matches("(?i).*(key|secret|token|password).*")) {
                    all.add(value.asString());
                }
            }
        }

        private static String reveal(Secret secret) {
            return secret == null ? null : secret.reveal();
        }
    }
}
