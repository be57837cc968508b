package io.payerid.server.admin;

import io.payerid.core.error.PayerIdException;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.ResultDelivery;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * A PATCH of an app, checked as a whole before anything is written, so a bad field changes nothing.
 * A {@code null} component keeps the value; {@code overlap} is non-null exactly when the key is rotated.
 */
record AppChange(String rsaPublicKey, Set<SignType> signTypes, ResultDelivery delivery, Duration overlap) {

    static AppChange of(MerchantApp app, AppController.UpdateApp body) {
        boolean rotate = Boolean.TRUE.equals(body.rotateSignKey());
        if (body.overlap() != null && !rotate) {
            throw PayerIdException.invalid("overlap: only with rotateSignKey: true");
        }
        if (body.rsaPublicKey() != null && body.rsaPublicKey().isBlank()) {
            throw PayerIdException.invalid("rsaPublicKey: must not be blank");
        }
        String rsaPublicKey = AppKeyRules.canonicalPublicKey(body.rsaPublicKey());
        boolean hasRsaKey = rsaPublicKey != null || app.rsaPublicKey() != null;
        Set<SignType> signTypes = body.signTypes() == null ? null : AppKeyRules.signTypes(body.signTypes(), hasRsaKey);
        if (signTypes == null && rsaPublicKey != null && !app.accepts(SignType.RSA2)) {
            signTypes = EnumSet.copyOf(app.signTypes().isEmpty() ? EnumSet.noneOf(SignType.class) : app.signTypes());
            signTypes.add(SignType.RSA2);
        }
        boolean sharedKey = app.signKey() != null || rotate;
        if (signTypes != null && !sharedKey && (signTypes.contains(SignType.MD5) || signTypes.contains(SignType.HMAC_SHA256))) {
            throw PayerIdException.invalid("signTypes: MD5 and HMAC-SHA256 need a sign key (rotateSignKey: true)");
        }
        ResultDelivery delivery = body.resultDelivery() == null ? null : AppController.resultDelivery(body.resultDelivery());
        return new AppChange(rsaPublicKey, signTypes, delivery, rotate ? AppKeyRules.overlap(body.overlap()) : null);
    }

    boolean touchesKeys() {
        return rsaPublicKey != null || signTypes != null;
    }
}
