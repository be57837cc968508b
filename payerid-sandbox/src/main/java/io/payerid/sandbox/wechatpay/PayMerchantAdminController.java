package io.payerid.sandbox.wechatpay;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Registers sandbox WeChat Pay merchants at runtime:
 * <ul>
 *   <li>{@code POST {base}/merchants} with {@code {"mchId","apiKey","appid","subMerchants":[{"subMchId",
 *       "subAppids":[...]}]}} → 201, idempotent upsert;</li>
 *   <li>{@code GET {base}/merchants/{mchId}} → the merchant without its API key, or 404.</li>
 * </ul>
 * No authentication on purpose: a sandbox, enabled only on dev and test deployments, with test keys.
 */
final class PayMerchantAdminController {

    /** The JSON a client posts; validated by turning it into a {@link SandboxPayMerchant}. */
    record MerchantRegistration(String mchId, String apiKey, String appid, List<SandboxSubMerchant> subMerchants) {
    }

    private final SandboxPayMerchants merchants;
    private final SandboxWechatPayPaths paths;

    PayMerchantAdminController(SandboxPayMerchants merchants, SandboxWechatPayPaths paths) {
        this.merchants = merchants;
        this.paths = paths;
    }

    ServerResponse register(ServerRequest request) {
        SandboxPayMerchant merchant;
        try {
            MerchantRegistration body = request.body(MerchantRegistration.class);
            merchant = new SandboxPayMerchant(body.mchId(), body.apiKey(), body.appid(), body.subMerchants());
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (Exception e) {
            // Unreadable JSON, wrong content type, empty body, a sub-merchant that does not validate.
            return problem(HttpStatus.BAD_REQUEST, "expected JSON {mchId, apiKey, appid, subMerchants:[{subMchId, subAppids}]}");
        }
        merchants.register(merchant);
        URI location = URI.create(request.servletRequest().getContextPath() + paths.merchants() + "/" + merchant.mchId());
        return ServerResponse.created(location).contentType(MediaType.APPLICATION_JSON).body(view(merchant));
    }

    ServerResponse find(ServerRequest request) {
        return merchants.find(request.pathVariable("mchId"))
                .map(merchant -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(view(merchant)))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "unknown mchId"));
    }

    /** Everything but the API key. */
    private static Map<String, Object> view(SandboxPayMerchant merchant) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("mchId", merchant.mchId());
        view.put("appid", merchant.appid());
        view.put("subMerchants", merchant.subMerchants().stream()
                .map(sub -> Map.of("subMchId", sub.subMchId(), "subAppids", sub.subAppids())).toList());
        return view;
    }

    private static ServerResponse problem(HttpStatus status, String message) {
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }
}
