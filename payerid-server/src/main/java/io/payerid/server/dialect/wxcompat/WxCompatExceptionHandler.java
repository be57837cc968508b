package io.payerid.server.dialect.wxcompat;

import io.payerid.core.error.PayerIdException;
import io.payerid.core.error.RedactedFailure;
import io.payerid.server.web.RetryAfterHeader;
import io.payerid.server.web.ClientFault;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;

/**
 * Failures of the WeChat-compatible endpoints, answered as WeChat does: HTTP 200 and an errcode in the
 * shape of the endpoint ({@link WxAnswers}). Gateway codes are translated by {@link WxErrcodes}; anything
 * unexpected is WeChat's -1 "system error", logged here with its request id and never shown. Logs carry
 * errcodes and request ids only: no token, secret or query string.
 */
@RestControllerAdvice(annotations = WxAnswers.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WxCompatExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(WxCompatExceptionHandler.class);

    @ExceptionHandler(WxErrcodeException.class)
    ResponseEntity<Map<String, Object>> refused(WxErrcodeException e, HandlerMethod handler) {
        String rid = WxAnswerShape.newRid();
        log.info("WeChat-compatible call refused: errcode {}, rid {}", e.errcode(), rid);
        return answer(handler, e, rid);
    }

    @ExceptionHandler(PayerIdException.class)
    ResponseEntity<Map<String, Object>> gatewayFailure(PayerIdException e, HandlerMethod handler) {
        WxErrcodeException translated = WxErrcodes.translate(e);
        String rid = WxAnswerShape.newRid();
        if (e.code().httpStatus() >= 500) {
            log.warn("WeChat-compatible call failed: {} → errcode {}, rid {}", e.getMessage(), translated.errcode(), rid,
                    e.getCause());
        } else {
            log.info("WeChat-compatible call refused: {} → errcode {}, rid {}", e.code(), translated.errcode(), rid);
        }
        return RetryAfterHeader.added(answer(handler, translated, rid), e.retryAfterSeconds());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e, HandlerMethod handler) {
        String rid = WxAnswerShape.newRid();
        Optional<ClientFault> fault = ClientFault.of(e);
        if (fault.isPresent()) {
            log.info("WeChat-compatible call refused: {}, rid {}", fault.get().description(), rid);
            return answer(handler, fault.get() == ClientFault.UNREADABLE
                    ? WxErrcodes.of(WxErrcodes.DATA_FORMAT_ERROR, "data format error hint: [" + fault.get().description() + "]")
                    : WxErrcodes.invalidArgs(fault.get().description()), rid);
        }
        log.error("Unexpected failure of a WeChat-compatible call, rid {}", rid, RedactedFailure.of(e));
        return answer(handler, WxErrcodes.systemError(), rid);
    }

    private static ResponseEntity<Map<String, Object>> answer(HandlerMethod handler, WxErrcodeException e, String rid) {
        WxAnswers shape = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), WxAnswers.class);
        WxAnswerShape answerShape = shape == null ? WxAnswerShape.HTTPS : shape.value();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                .body(answerShape.error(e, rid));
    }
}
