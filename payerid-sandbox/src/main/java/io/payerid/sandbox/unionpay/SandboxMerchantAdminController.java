package io.payerid.sandbox.unionpay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.payerid.sandbox.support.RegistrationAdmin;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Registers acquirer merchants at runtime, so a test or a developer can create the mch_id a gateway
 * configuration points at without restarting.
 *
 * <ul>
 *   <li>{@code POST {base}/merchants} with {@code {"mchId","key","redirectDomains":[...]}} → 201, idempotent upsert;</li>
 *   <li>{@code GET {base}/merchants/{mchId}} → the merchant without its key, or 404.</li>
 * </ul>
 */
public class SandboxMerchantAdminController extends RegistrationAdmin<SandboxAcquirerMerchant> {

    /** The JSON a client posts; validated by turning it into a {@link SandboxAcquirerMerchant}. */
    record MerchantRegistration(String mchId, String key, List<String> redirectDomains) {
    }

    SandboxMerchantAdminController(SandboxAcquirerMerchants merchants, SandboxUnionPayPaths paths) {
        super(merchants, paths.merchants(), "mchId", "expected JSON {mchId, key, redirectDomains}");
    }

    @Override
    protected SandboxAcquirerMerchant read(ServerRequest request) throws Exception {
        MerchantRegistration body = request.body(MerchantRegistration.class);
        return new SandboxAcquirerMerchant(body.mchId(), body.key(), body.redirectDomains());
    }

    /** Everything but the key. */
    @Override
    protected Map<String, Object> view(SandboxAcquirerMerchant merchant) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("mchId", merchant.mchId());
        view.put("redirectDomains", merchant.redirectDomains());
        return view;
    }
}
