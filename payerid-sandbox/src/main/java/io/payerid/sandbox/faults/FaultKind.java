package io.payerid.sandbox.faults;

/** How an injected failure of a server-side call looks to the client. */
public enum FaultKind {
    /** The upstream's own "busy, retry later" answer, in its dialect (WeChat -1, SYSTEMERROR, Alipay 20000…). */
    BUSY,
    /** HTTP 500 with an HTML body, as a failing load balancer answers. */
    HTTP_500,
    /** HTTP 200 with a body that is neither the upstream's JSON nor its XML. */
    GARBAGE,
    /** No answer for {@code hang} (longer than any sane client read timeout), then an empty HTTP 504. */
    HANG
}
