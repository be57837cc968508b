package io.payerid.sandbox.wechatpay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.payerid.sandbox.support.RegistrationAdmin;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Registers sandbox WeChat Pay merchants at runtime:
 * <ul>
 *   <li>{@code POST {base}/merchants} with {@code {"mchId","apiKey","appid","subMerchants":[{"subMchId",
 *       "subAppids":[...]}]}} → 201, idempotent upsert;</li>
 *   <li>{@code GET {base}/merchants/{mchId}} → the merchant without its API key, or 404.</li>
 * </ul>
 * A sub-merchant that does not validate makes the JSON unreadable, so it gets the generic 400 answer.
 */
final class PayMerchantAdminController extends RegistrationAdmin<SandboxPayMerchant> {

    /** The JSON a client posts; validated by turning it into a {@link SandboxPayMerchant}. */
    record MerchantRegistration(String mchId, String apiKey, String appid, List<SandboxSubMerchant> subMerchants) {
    }

    PayMerchantAdminController(SandboxPayMerchants merchants, SandboxWechatPayPaths paths) {
        super(merchants, paths.merchants(), "mchId",
                "expected JSON {mchId, apiKey, appid, subMerchants:[{subMchId, subAppids}]}");
    }

    @Override
    protected SandboxPayMerchant read(ServerRequest request) throws Exception {
        MerchantRegistration body = request.body(MerchantRegistration.class);
        return new SandboxPayMerchant(body.mchId(), body.apiKey(), body.appid(), body.subMerchants());
    }

    /** Everything but the API key. */
    @Override
    protected Map<String, Object> view(SandboxPayMerchant merchant) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("mchId", merchant.mchId());
        view.put("appid", merchant.appid());
        view.put("subMerchants", merchant.subMerchants().stream()
                .map(sub -> Map.of("subMchId", sub.subMchId(), "subAppids", sub.subAppids())).toList());
        return view;
    }
}
