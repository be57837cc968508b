package io.payerid.server.component;

import io.payerid.channels.http.BoundedBody;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.server.config.ComponentProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The institution's authorization-event URL (授权事件接收URL) for WeChat's pushes: {@code POST
 * /v1/wechat/component/{instNo}/events?timestamp&nonce&encrypt_type=aes&msg_signature}, an encrypted XML body, the
 * answer plain {@code success} (what WeChat waits for). A bad signature, garbage or an oversized body is
 * COMPONENT_PUSH_INVALID as JSON; nothing of the body is echoed or logged.
 */
@RestController
@Tag(name = "Server APIs")
class ComponentPushController {

    private final ComponentPushes pushes;
    private final int maxBytes;

    ComponentPushController(ComponentPushes pushes, ComponentProperties properties) {
        this.pushes = pushes;
        this.maxBytes = properties.pushMaxBytes();
    }

    @PostMapping(path = "/v1/wechat/component/{instNo}/events", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Receive WeChat's component pushes (tickets, authorization events)",
            description = "Answers `success`; 400 COMPONENT_PUSH_INVALID for a wrong msg_signature, a body that is "
                    + "no encrypted push for this institution's platform, or one over the size cap.")
    ResponseEntity<String> receive(@PathVariable String instNo,
                                   @RequestParam(name = "msg_signature", required = false) String msgSignature,
                                   @RequestParam(required = false) String timestamp,
                                   @RequestParam(required = false) String nonce,
                                   HttpServletRequest request) {
        pushes.receive(instNo, msgSignature, timestamp, nonce, body(request));
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("success");
    }

    private byte[] body(HttpServletRequest request) {
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = BoundedBody.read(in, request.getContentLengthLong(), maxBytes);
            if (body.length > maxBytes) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new PayerIdException(ErrorCode.COMPONENT_PUSH_INVALID, "the push body could not be read");
        }
    }

    private PayerIdException tooLarge() {
        return new PayerIdException(ErrorCode.COMPONENT_PUSH_INVALID, "the push body is over " + maxBytes + " bytes");
    }
}
