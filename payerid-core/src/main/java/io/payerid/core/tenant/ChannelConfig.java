package io.payerid.core.tenant;

import java.util.Map;
import java.util.Optional;

/**
 * One upstream configuration. Plain settings (appid, sub_appid, mch_id, hosts…) and secrets are kept
 * as open maps so a new channel needs no schema change; typed views such as
 * {@link WechatOfficialAccount} give each channel its named fields.
 */
public record ChannelConfig(String id, OwnerType ownerType, String ownerId, ChannelKind kind, ChannelMode mode,
                            Map<String, String> settings, Map<String, Secret> secrets, long createdAt,
                            long updatedAt) {

    public ChannelConfig {
        settings = Map.copyOf(settings);
        secrets = Map.copyOf(secrets);
    }

    /** A configuration that has not been replaced since it was created. */
    public ChannelConfig(String id, OwnerType ownerType, String ownerId, ChannelKind kind, ChannelMode mode,
                         Map<String, String> settings, Map<String, Secret> secrets, long createdAt) {
        this(id, ownerType, ownerId, kind, mode, settings, secrets, createdAt, createdAt);
    }

    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name)).filter(v -> !v.isBlank());
    }

    public Optional<Secret> secret(String name) {
        return Optional.ofNullable(secrets.get(name));
    }
}
