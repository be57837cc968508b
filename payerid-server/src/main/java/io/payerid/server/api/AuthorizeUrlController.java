package io.payerid.server.api;

import io.payerid.core.flow.FlowLinks;
import io.payerid.server.config.PayerIdProperties;
import io.payerid.server.oauth.AuthorizeLinkController;
import io.payerid.server.oauth.NativeAuthorizationParams;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /v1/oauth/authorize-url}: for merchants that show the link themselves (a button in their
 * H5 page, a message). Same parameters as the redirect entry ({@code channel}, {@code redirectUri},
 * {@code scope}, {@code state}) as signed JSON; the answer's {@code authorizeUrl} is the upstream's
 * authorize page with our sealed callback, valid for {@code expiresIn} seconds (the flow lifetime). The
 * payer ends on {@code redirectUri} with the same signed answer as the redirect entry gives.
 */
@RestController
public class AuthorizeUrlController {

    private final JsonMapper json;
    private final SignedApiAuthenticator authenticator;
    private final FlowLinks links;
    private final SignedApiResponses responses;
    private final PayerIdProperties properties;

    public AuthorizeUrlController(JsonMapper json, SignedApiAuthenticator authenticator, FlowLinks links,
                                  SignedApiResponses responses, PayerIdProperties properties) {
        this.json = json;
        this.authenticator = authenticator;
        this.links = links;
        this.responses = responses;
        this.properties = properties;
    }

    @PostMapping(path = "/v1/oauth/authorize-url", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, String> authorizeUrl(@RequestBody(required = false) String body) {
        Map<String, String> params = JsonParams.flat(json, body);
        ApiCaller caller = authenticator.authenticate(params);
        String token = links.issue(NativeAuthorizationParams.toRequest(caller.merchant(), caller.app(), caller.signType(), params));
        String url = properties.publicBaseUrlWithoutSlash() + AuthorizeLinkController.PATH + token;
        Map<String, String> data = new LinkedHashMap<>();
        data.put("authorizeUrl", url);
        data.put("expiresIn", Long.toString(properties.flowTtl().toSeconds()));
        return responses.success(caller, data);
    }
}
