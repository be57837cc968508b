package io.payerid.server.admin;

import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.server.persistence.Ids;
import org.springframework.stereotype.Component;

/**
 * Applies a checked change of an app: the one place the admin API's PATCH and the console's app page write an
 * app's keys, sign types, delivery and enabled flag, so both follow the same rules ({@link AppChange}).
 */
@Component
class AppUpdates {

    /** The changed app, and the generated key when it was rotated (to be shown once, never stored in clear). */
    record Updated(MerchantApp app, String newSignKey) {
    }

    private final TenantAdmin admin;

    AppUpdates(TenantAdmin admin) {
        this.admin = admin;
    }

    /** Checks the whole change first ({@code INVALID_REQUEST} changes nothing), then writes it. */
    Updated apply(MerchantApp app, AppController.UpdateApp body) {
        AppChange change = AppChange.of(app, body);
        MerchantApp changed = app;
        if (change.touchesKeys()) {
            changed = admin.updateApp(changed.id(), null, change.rsaPublicKey(), change.signTypes());
        }
        if (change.delivery() != null) {
            changed = admin.setResultDelivery(changed.id(), change.delivery());
        }
        if (body.enabled() != null && body.enabled() != changed.enabled()) {
            changed = admin.setAppEnabled(changed.id(), body.enabled());
        }
        if (change.overlap() == null) {
            return new Updated(changed, null);
        }
        String newKey = Ids.randomAlphanumeric(AppController.GENERATED_KEY_LENGTH);
        changed = admin.rotateSignKey(changed.id(), Secret.of(newKey),
                System.currentTimeMillis() + change.overlap().toMillis());
        return new Updated(changed, newKey);
    }
}
