package io.payerid.server.api;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.web.RequestParameters;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Finds the {@code appId} and {@code mchNo} of a native request and checks they belong together. */
@Component
public class MerchantAppResolver {

    public record Resolved(Merchant merchant, MerchantApp app) {
    }

    private final TenantDirectory tenants;

    public MerchantAppResolver(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    public Resolved resolve(Map<String, String> params) {
        MerchantApp app = tenants.appByAppId(RequestParameters.required(params, "appId"))
                .orElseThrow(() -> new PayerIdException(ErrorCode.APP_NOT_FOUND, "unknown appId"));
        Merchant merchant = tenants.merchantByMchNo(RequestParameters.required(params, "mchNo"))
                .orElseThrow(() -> new PayerIdException(ErrorCode.MERCHANT_NOT_FOUND, "unknown mchNo"));
        if (!merchant.id().equals(app.merchantId())) {
            throw new PayerIdException(ErrorCode.MERCHANT_MISMATCH, "appId does not belong to mchNo");
        }
        if (!merchant.enabled()) {
            throw new PayerIdException(ErrorCode.MERCHANT_DISABLED, "merchant " + merchant.mchNo() + " is disabled");
        }
        app.requireEnabled();
        return new Resolved(merchant, app);
    }
}
