package io.payerid.server.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.MerchantApp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * An app as the admin API shows it. Sign types use their canonical request spelling ({@code HMAC-SHA256}).
 * {@code signKey} is present only in the response that created the app with a generated key or rotated it:
 * it is shown once and never again. {@code previousKeyValidUntil} is set while a rotated-out key still verifies.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AppView(String appId, String mchNo, boolean enabled, List<String> signTypes, boolean hasSignKey, String rsaPublicKey,
               String resultDelivery, Instant createdAt, Instant updatedAt, Instant previousKeyValidUntil,
               AppRateLimitView rateLimit, String signKey) {

    static AppView of(MerchantApp app, String mchNo, AppRateLimitView rateLimit, String shownSignKey) {
        List<String> types = app.signTypes().isEmpty() ? List.of()
                : EnumSet.copyOf(app.signTypes()).stream().map(SignType::wireName).toList();
        Instant previousUntil = app.previousSignKey() == null || app.previousKeyExpiresAt() <= System.currentTimeMillis()
                ? null : Instant.ofEpochMilli(app.previousKeyExpiresAt());
        return new AppView(app.appId(), mchNo, app.enabled(), types, app.signKey() != null, app.rsaPublicKey(),
                app.resultDelivery().wireName(), Instant.ofEpochMilli(app.createdAt()),
                Instant.ofEpochMilli(app.updatedAt()), previousUntil, rateLimit, shownSignKey);
    }
}
