package io.payerid.server.dialect.jucai;

/**
 * Which fields the answer's {@code sign} covers. The seed does not say; its closest relative (jeepay's
 * {@code ApiRes.okWithSign}) signs the {@code data} object only.
 */
public enum JucaiResponseSignScope {
    /** The fields of {@code data} (default, jeepay-style). */
    DATA,
    /** {@code code}, {@code msg} and the fields of {@code data}, as one flat set of names. */
    ENVELOPE
}
