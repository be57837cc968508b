package io.payerid.channels.wechat.component;

import java.util.Map;
import java.util.Optional;

/**
 * One decrypted push to a third-party platform's authorization-event URL (授权事件接收URL): {@code InfoType}
 * {@code component_verify_ticket}, {@code authorized}, {@code updateauthorized} or {@code unauthorized}, with its
 * flat fields. Its toString names only the type: a ticket or authorization code must not reach a log.
 */
public record ComponentEvent(String infoType, Map<String, String> fields) {

    public static final String VERIFY_TICKET = "component_verify_ticket";
    public static final String AUTHORIZED = "authorized";
    public static final String UPDATE_AUTHORIZED = "updateauthorized";
    public static final String UNAUTHORIZED = "unauthorized";

    public ComponentEvent {
        fields = Map.copyOf(fields);
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    @Override
    public String toString() {
        return "ComponentEvent[" + infoType + "]";
    }
}
