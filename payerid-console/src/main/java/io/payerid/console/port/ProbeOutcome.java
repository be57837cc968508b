package io.payerid.console.port;

/** The few things a channel test can find; the console shows each in zh-CN or English. */
public enum ProbeOutcome {
    /** The upstream accepted the credentials. */
    OK,
    /** The upstream refused the appid, secret, key or signature, with its own code. */
    CREDENTIALS_REFUSED,
    /** No connection, a refused connection, a 5xx, or the upstream said it is busy. */
    UNREACHABLE,
    /** No answer within {@code payerid.console.channel-test-timeout}. */
    TIMEOUT,
    /** An answer the gateway cannot read or trust (not the API's format, a bad answer signature). */
    GARBLED,
    /** A WeChat third-party platform without a pushed component_verify_ticket yet: its token cannot be asked. */
    NO_TICKET,
    /** The saved configuration lacks what the test needs (e.g. a component-mode account has no secret of its own). */
    INCOMPLETE
}
