package io.payerid.channels.unionpay;

import io.payerid.core.signing.ConstantTime;
import io.payerid.core.signing.Digests;
import io.payerid.core.signing.HexCase;
import java.util.Map;
import java.util.TreeMap;

/**
 * 通联收银宝's MD5 rule: every non-empty field except {@code sign}, plus {@code key=<the merchant's key>} as a
 * field of its own (sorted in, not appended), sorted by name, joined {@code k=v&k=v}, MD5 of the UTF-8 bytes in
 * upper-case hex. The key is never sent. Compared in constant time.
 */
final class AllinpaySignature {

    private AllinpaySignature() {
    }

    static String sign(Map<String, String> fields, String key) {
        Map<String, String> sorted = new TreeMap<>();
        fields.forEach((name, value) -> {
            if (!"sign".equals(name) && value != null && !value.isEmpty()) {
                sorted.put(name, value);
            }
        });
        sorted.put("key", key);
        StringBuilder text = new StringBuilder();
        sorted.forEach((name, value) -> text.append(text.isEmpty() ? "" : "&").append(name).append('=').append(value));
        return Digests.md5Hex(text.toString(), HexCase.UPPER);
    }

    static boolean verify(Map<String, String> fields, String key) {
        String given = fields.get("sign");
        return given != null && ConstantTime.equals(sign(fields, key), given);
    }
}
