package io.payerid.server.admin;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantDirectory;
import org.springframework.stereotype.Component;

/** Resolves the admin API's public identifiers (instNo, mchNo, appId) or fails with NOT_FOUND. */
@Component
class AdminLookups {

    private final TenantDirectory directory;

    AdminLookups(TenantDirectory directory) {
        this.directory = directory;
    }

    Institution institution(String instNo) {
        return directory.institutionByInstNo(instNo)
                .orElseThrow(() -> notFound("institution '" + instNo + "' not found"));
    }

    Merchant merchant(String mchNo) {
        return directory.merchantByMchNo(mchNo)
                .orElseThrow(() -> notFound("merchant '" + mchNo + "' not found"));
    }

    MerchantApp app(String appId) {
        return directory.appByAppId(appId)
                .orElseThrow(() -> notFound("app '" + appId + "' not found"));
    }

    String instNoOf(Merchant merchant) {
        return directory.institutionById(merchant.institutionId()).map(Institution::instNo)
                .orElseThrow(() -> new IllegalStateException("merchant " + merchant.id() + " has no institution"));
    }

    String mchNoOf(MerchantApp app) {
        return directory.merchantById(app.merchantId()).map(Merchant::mchNo)
                .orElseThrow(() -> new IllegalStateException("app " + app.id() + " has no merchant"));
    }

    private static PayerIdException notFound(String detail) {
        return new PayerIdException(ErrorCode.NOT_FOUND, detail);
    }
}
