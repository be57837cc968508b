package io.payerid.server.admin;

import io.payerid.console.port.AppChanges;
import io.payerid.core.tenant.MerchantApp;
import org.springframework.stereotype.Component;

/** The console's app port: the admin API's own PATCH rules and writes ({@link AppUpdates}). */
@Component
class ConsoleAppChanges implements AppChanges {

    private final AppUpdates updates;

    ConsoleAppChanges(AppUpdates updates) {
        this.updates = updates;
    }

    @Override
    public Changed apply(MerchantApp app, Change change) {
        AppUpdates.Updated updated = updates.apply(app, new AppController.UpdateApp(null, change.rotateSignKey(),
                change.overlap(), change.rsaPublicKey(), change.signTypes(), change.enabled()));
        return new Changed(updated.app(), updated.newSignKey());
    }
}
