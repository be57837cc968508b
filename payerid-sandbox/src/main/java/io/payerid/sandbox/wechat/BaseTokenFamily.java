package io.payerid.sandbox.wechat;

/**
 * The two independent namespaces of base access tokens: a fetch in one never retires a token of the
 * other, as WeChat documents for {@code /cgi-bin/stable_token}.
 */
enum BaseTokenFamily {
    /** {@code GET /cgi-bin/token}. */
    CLASSIC,
    /** {@code POST /cgi-bin/stable_token}. */
    STABLE
}
