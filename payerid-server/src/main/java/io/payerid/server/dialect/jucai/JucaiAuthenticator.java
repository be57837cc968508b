package io.payerid.server.dialect.jucai;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.web.RequestParameters;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Seed 000's authentication: {@code appId} is a merchant app, {@code mchNo} its merchant, and {@code sign} the
 * MD5 of every other non-empty field under the app's key. In two steps, so that once the app is known
 * every later refusal can be signed with its key.
 */
@Component
class JucaiAuthenticator {

    private final TenantDirectory tenants;
    private final JucaiProperties properties;

    JucaiAuthenticator(TenantDirectory tenants, JucaiProperties properties) {
        this.tenants = tenants;
        this.properties = properties;
    }

    /** Step 1: the app named by {@code appId}, with its merchant, institution and rules. */
    JucaiApp identify(Map<String, String> params) {
        MerchantApp app = tenants.appByAppId(RequestParameters.required(params, "appId"))
                .orElseThrow(() -> new PayerIdException(ErrorCode.APP_NOT_FOUND, "unknown appId"));
        Merchant owner = tenants.merchantById(app.merchantId())
                .orElseThrow(() -> new IllegalStateException("app " + app.appId() + " has no merchant"));
        Institution institution = tenants.institutionById(owner.institutionId())
                .orElseThrow(() -> new IllegalStateException("merchant " + owner.mchNo() + " has no institution"));
        return new JucaiApp(app, owner, institution, properties.rulesFor(institution.instNo()));
    }

    /** Step 2: {@code mchNo} must be the app's enabled merchant, and the sign must match. */
    void authenticate(JucaiApp app, Map<String, String> params) {
        Merchant named = tenants.merchantByMchNo(RequestParameters.required(params, "mchNo"))
                .orElseThrow(() -> new PayerIdException(ErrorCode.MERCHANT_NOT_FOUND, "unknown mchNo"));
        if (!named.id().equals(app.merchant().id())) {
            throw new PayerIdException(ErrorCode.MERCHANT_MISMATCH, "appId does not belong to mchNo");
        }
        if (!named.enabled()) {
            throw new PayerIdException(ErrorCode.MERCHANT_DISABLED, "merchant " + named.mchNo() + " is disabled");
        }
        app.app().requireEnabled();
        String sign = RequestParameters.required(params, "sign");
        if (!app.signsMd5()) {
            throw new PayerIdException(ErrorCode.UNSUPPORTED_SIGN_TYPE, "this app has no MD5 key enabled");
        }
        if (!app.verify(params, sign)) {
            throw new PayerIdException(ErrorCode.INVALID_SIGNATURE, "sign does not match the fields");
        }
    }
}
