package io.payerid.sandbox.unionpay;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Registers acquirer merchants at runtime, so a test or a developer can create the mch_id a gateway
 * configuration points at without restarting.
 *
 * <ul>
 *   <li>{@code POST {base}/merchants} with {@code {"mchId","key","redirectDomains":[...]}} → 201, idempotent upsert;</li>
 *   <li>{@code GET {base}/merchants/{mchId}} → the merchant without its key, or 404.</li>
 * </ul>
 * No authentication on purpose: the sandbox only runs on dev/test deployments and holds test keys.
 */
public class SandboxMerchantAdminController {

    /** The JSON a client posts; validated by turning it into a {@link SandboxAcquirerMerchant}. */
    record MerchantRegistration(String mchId, String key, List<String> redirectDomains) {
    }

    private final SandboxAcquirerMerchants merchants;
    private final SandboxUnionPayPaths paths;

    SandboxMerchantAdminController(SandboxAcquirerMerchants merchants, SandboxUnionPayPaths paths) {
        this.merchants = merchants;
        this.paths = paths;
    }

    ServerResponse register(ServerRequest request) {
        SandboxAcquirerMerchant merchant;
        try {
            MerchantRegistration body = request.body(MerchantRegistration.class);
            merchant = new SandboxAcquirerMerchant(body.mchId(), body.key(), body.redirectDomains());
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (Exception e) {
            // Unreadable JSON, wrong content type, empty body: a client error, never a 500.
            return problem(HttpStatus.BAD_REQUEST, "expected JSON {mchId, key, redirectDomains}");
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

    /** Everything but the key. */
    private static Map<String, Object> view(SandboxAcquirerMerchant merchant) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("mchId", merchant.mchId());
        view.put("redirectDomains", merchant.redirectDomains());
        return view;
    }

    private static ServerResponse problem(HttpStatus status, String message) {
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }
}
