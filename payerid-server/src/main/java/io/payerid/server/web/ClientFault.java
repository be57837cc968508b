package io.payerid.server.web;

import java.util.Optional;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeException;

/**
 * Recognises the exceptions Tomcat and Spring raise for a request that is the caller's fault (malformed
 * percent-encoding, a body that is not readable, a content type nobody supports, a missing or mistyped
 * parameter), so each dialect's last-resort handler answers them as bad input in its own shape instead of
 * logging a stack trace for what is only garbage from outside.
 */
public enum ClientFault {

    /** The request's encoding or body cannot be read at all (WeChat: 47001 data format error). */
    UNREADABLE("the request body or its Content-Type cannot be read"),
    /** A parameter is missing, malformed or of the wrong type (WeChat: 40097 invalid args). */
    INVALID_PARAMETER("a parameter is missing or malformed");

    private final String description;

    ClientFault(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public static Optional<ClientFault> of(Throwable e) {
        if (e instanceof HttpMessageNotReadableException || e instanceof HttpMediaTypeException) {
            return Optional.of(UNREADABLE);
        }
        if (e instanceof InvalidParameterException) {
            return Optional.of(INVALID_PARAMETER);
        }
        if (e instanceof ErrorResponse spring && spring.getStatusCode().is4xxClientError()) {
            return Optional.of(INVALID_PARAMETER);
        }
        return Optional.empty();
    }
}
