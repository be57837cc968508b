package io.payerid.server.dialect.wxcompat;

/**
 * WeChat's paths, under {@code payerid.dialects.wxcompat.path-prefix} (default empty: exactly WeChat's, so
 * a client changes only its host, e.g. WxJava's {@code WxMaConfig.setApiHostUrl}).
 */
final class WxCompatPaths {

    static final String PREFIX = "${payerid.dialects.wxcompat.path-prefix:}";
    static final String TOKEN = PREFIX + "/cgi-bin/token";
    static final String STABLE_TOKEN = PREFIX + "/cgi-bin/stable_token";
    static final String GET_PAID_UNIONID = PREFIX + "/wxa/getpaidunionid";

    private WxCompatPaths() {
    }
}
