package io.payerid.server.dialect.exchange;

import io.payerid.server.config.PlatformKeys;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The platform public key SHA256-RSA merchants verify answers and callbacks with (the seed does not say
 * how the vendor hands it out). Public by nature, so served without authentication, in the seed's shape.
 */
@RestController
public class ExchangePlatformKeyController {

    public static final String PATH = "/v1/openapi/platform-public-key";

    private final PlatformKeys platformKeys;
    private final ExchangeResponses responses;
    private final ExchangeProperties properties;
    private final JsonMapper json;

    public ExchangePlatformKeyController(PlatformKeys platformKeys, ExchangeResponses responses,
                                         ExchangeProperties properties, JsonMapper json) {
        this.platformKeys = platformKeys;
        this.responses = responses;
        this.properties = properties;
        this.json = json;
    }

    @GetMapping(PATH)
    public ResponseEntity<String> publicKey() {
        ObjectNode body = json.createObjectNode();
        body.put("status", properties.successStatus());
        body.put("message", "success");
        body.putObject("data").put("publicKey", platformKeys.publicKeyBase64());
        return responses.unsigned(body);
    }
}
