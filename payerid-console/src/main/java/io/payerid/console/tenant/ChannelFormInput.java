package io.payerid.console.tenant;

import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Secret;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.util.MultiValueMap;

/**
 * What a channel form posted: the kind's settings ({@code setting.<name>}) and secrets ({@code secret.<name>}) that
 * were filled in, trimmed. Fields the kind does not have are ignored; an over-long value is refused, not cut.
 */
record ChannelFormInput(Map<String, String> settings, Map<String, Secret> secrets) {

    private static final int MAX_VALUE = 8192;

    /** @throws IllegalArgumentException when a value is longer than any real setting or key */
    static ChannelFormInput read(ChannelKind kind, MultiValueMap<String, String> form) {
        ChannelForms fields = ChannelForms.of(kind);
        Map<String, String> settings = new TreeMap<>();
        Map<String, Secret> secrets = new TreeMap<>();
        for (String name : fields.settings()) {
            String value = field(form, "setting." + name);
            if (!value.isEmpty()) {
                settings.put(name, value);
            }
        }
        for (String name : fields.secrets()) {
            String value = field(form, "secret." + name);
            if (!value.isEmpty()) {
                secrets.put(name, Secret.of(value));
            }
        }
        return new ChannelFormInput(settings, secrets);
    }

    /** For the audit log: the settings' values, the secrets by name only. */
    String auditDetail(Object mode) {
        return "mode=" + mode + ", settings=" + settings + ", secrets set=" + secrets.keySet();
    }

    private static String field(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        if (value == null) {
            return "";
        }
        if (value.length() > MAX_VALUE) {
            throw new IllegalArgumentException(name + " is too long");
        }
        return value.trim();
    }
}
