package io.payerid.core.tenant;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;

/**
 * Typed view of a merchant's {@link ChannelKind#WECHAT_OA} or {@link ChannelKind#WECHAT_MINIAPP} configuration in
 * mode {@link ChannelMode#COMPONENT}: the merchant's own account (the authorizer) reached through the institution's
 * third-party platform. Onboarding writes it; an {@code unauthorized} push sets {@code authorized=false}.
 */
public record WechatComponentAuthorizer(String authorizerAppId, String componentAppId, boolean authorized) {

    public static final String APP_ID = "appId";
    public static final String COMPONENT_APP_ID = "componentAppId";
    public static final String AUTHORIZED = "componentAuthorized";

    public static boolean applies(ChannelConfig config) {
        return config.mode() == ChannelMode.COMPONENT;
    }

    /** The authorizer, refused when the merchant withdrew its authorization. */
    public static WechatComponentAuthorizer from(ChannelConfig config) {
        if (!applies(config)) {
            throw new IllegalArgumentException("not a component-mode configuration: " + config.mode());
        }
        WechatComponentAuthorizer authorizer = new WechatComponentAuthorizer(
                config.setting(APP_ID).orElseThrow(() -> notAuthorized()),
                config.setting(COMPONENT_APP_ID).orElseThrow(() -> notAuthorized()),
                !"false".equals(config.setting(AUTHORIZED).orElse("true")));
        if (!authorizer.authorized()) {
            throw notAuthorized();
        }
        return authorizer;
    }

    private static PayerIdException notAuthorized() {
        return new PayerIdException(ErrorCode.COMPONENT_NOT_AUTHORIZED,
                "the merchant's WeChat account is not authorized to the institution's third-party platform");
    }
}
