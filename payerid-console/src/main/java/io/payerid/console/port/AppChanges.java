package io.payerid.console.port;

import io.payerid.core.tenant.MerchantApp;
import java.util.List;

/**
 * Changes an app with the admin API's PATCH rules (key rotation with an overlap, RSA public key, sign types,
 * enabled flag), which the server owns; the console shows a refusal's detail next to the form.
 */
public interface AppChanges {

    /** What to change; a {@code null} component keeps the value. {@code overlap} is ISO-8601 (PT0S to P7D). */
    record Change(Boolean rotateSignKey, String overlap, String rsaPublicKey, List<String> signTypes, Boolean enabled) {

        public static Change rotation(String overlap) {
            return new Change(true, overlap, null, null, null);
        }

        public static Change rsaPublicKey(String key) {
            return new Change(null, null, key, null, null);
        }

        public static Change signTypes(List<String> types) {
            return new Change(null, null, null, types, null);
        }

        public static Change enabled(boolean enabled) {
            return new Change(null, null, null, null, enabled);
        }
    }

    /** The changed app, and the new key after a rotation (shown once). */
    record Changed(MerchantApp app, String newSignKey) {
    }

    /** @throws io.payerid.core.error.PayerIdException INVALID_REQUEST saying what is wrong; nothing is changed then */
    Changed apply(MerchantApp app, Change change);
}
