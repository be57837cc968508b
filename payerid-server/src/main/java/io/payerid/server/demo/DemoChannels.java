package io.payerid.server.demo;

import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every demo seeder does with its channel: keep the configuration a data directory already holds
 * (so restarts reuse generated secrets), or create it once with freshly generated ones.
 */
final class DemoChannels {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DemoChannels() {
    }

    static ChannelConfig ensure(TenantAdmin admin, OwnerType ownerType, String ownerId, ChannelKind kind, ChannelMode mode,
                                Map<String, String> settings, Supplier<Map<String, Secret>> newSecrets) {
        return admin.channel(ownerType, ownerId, kind)
                .orElseGet(() -> admin.putChannel(ownerType, ownerId, kind, mode, settings, newSecrets.get()));
    }

    /** A generated demo secret: {@code bytes} random bytes as lowercase hex. */
    static String randomHex(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return HexFormat.of().formatHex(raw);
    }
}
