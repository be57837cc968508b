package io.payerid.server.oauth;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.flow.FlowCompletion;
import io.payerid.core.tenant.ChannelKind;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import io.payerid.server.web.BrowserFlow;
import io.payerid.server.web.Redirects;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Where upstreams send the payer back: {@code /v1/oauth/callback/{channel}/{sealed}}. Any node can
 * serve it: everything it needs is in the sealed path segment (and the browser's flow cookie).
 */
@Controller
@BrowserFlow
public class OAuthCallbackController {

    private final BrowserBinding binding;
    private final Map<String, FlowResponder> responders;

    public OAuthCallbackController(BrowserBinding binding, List<FlowResponder> responders) {
        this.binding = binding;
        this.responders = responders.stream().collect(Collectors.toMap(FlowResponder::dialect, Function.identity()));
    }

    @GetMapping("/v1/oauth/callback/{channel}/{sealed}")
    public ResponseEntity<?> callback(@PathVariable String channel, @PathVariable String sealed, HttpServletRequest request) {
        FlowCompletion completion = binding.complete(kind(channel), sealed, request);
        if (completion.restarted()) {
            // Not an answer yet, in any dialect: the same browser fetches a fresh code for the same callback.
            return Redirects.found(completion.restartUrl());
        }
        FlowResponder responder = responders.get(completion.context().dialect());
        if (responder == null) {
            throw new PayerIdException(ErrorCode.FLOW_STATE_INVALID, "unknown dialect " + completion.context().dialect());
        }
        return responder.respond(completion);
    }

    private static ChannelKind kind(String slug) {
        try {
            return ChannelKind.valueOf(slug.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PayerIdException(ErrorCode.UNSUPPORTED_CHANNEL, "unknown channel " + slug);
        }
    }
}
