package io.payerid.server.api;

import io.payerid.core.flow.ResultTickets;
import io.payerid.server.oauth.NativeRedirectResponder;
import io.payerid.server.web.RequestParameters;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /v1/oauth/ticket}: the {@code ticket} result delivery's second half. The merchant's backend
 * sends the ticket its redirect URI received (signed flat JSON {@code appId, mchNo, ticket, timestamp, nonce,
 * [signType], sign}) and gets the identity the redirect mode would have put in the URL, with {@code state}.
 * A ticket is redeemed once, by the app it was issued to, within 60 seconds; otherwise TICKET_INVALID.
 */
@RestController
public class TicketRedemptionController {

    private final JsonMapper json;
    private final SignedApiAuthenticator authenticator;
    private final ResultTickets tickets;
    private final SignedApiResponses responses;

    public TicketRedemptionController(JsonMapper json, SignedApiAuthenticator authenticator, ResultTickets tickets,
                                      SignedApiResponses responses) {
        this.json = json;
        this.authenticator = authenticator;
        this.tickets = tickets;
        this.responses = responses;
    }

    @PostMapping(path = "/v1/oauth/ticket", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, String> redeem(@RequestBody(required = false) String body) {
        Map<String, String> params = JsonParams.flat(json, body);
        ApiCaller caller = authenticator.authenticate(params);
        ResultTickets.Redeemed redeemed = tickets.redeem(caller.app().appId(), RequestParameters.required(params, "ticket"));
        Map<String, String> data = NativeRedirectResponder.identityParams(redeemed.identity());
        data.put("state", redeemed.merchantState());
        return responses.success(caller, data);
    }
}
