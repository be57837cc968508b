package io.payerid.sandbox.wechat;

import java.util.Optional;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * The checks WeChat runs before it looks at a code a third-party platform redeems for an authorizer account
 * ({@code sns/oauth2/component/access_token}, {@code sns/component/jscode2session}): appid, code, grant_type,
 * component_appid and component_access_token present, the token current for that platform (else 40001 / 42001),
 * the account known and authorized to the platform (else 61003). What passes is redeemed like a secret-bearing
 * request ({@link AppCodeRequest}), so code rules stay in one place.
 */
final class ComponentCodeRequest {

    private ComponentCodeRequest() {
    }

    static AppCodeRequest.Check check(ServerRequest request, String codeParameter, SandboxWechatApps apps,
                                      SandboxComponents components) {
        String appid = request.param("appid").orElse(null);
        String code = request.param(codeParameter).orElse(null);
        String componentAppId = request.param("component_appid").orElse(null);
        String token = request.param("component_access_token").orElse(null);
        if (appid == null) {
            return refused(41002, "appid missing");
        }
        if (code == null) {
            return refused(41008, "missing code");
        }
        if (!"authorization_code".equals(request.param("grant_type").orElse(null))) {
            return refused(40002, "invalid grant_type");
        }
        if (componentAppId == null || token == null) {
            return refused(41001, "access_token missing");
        }
        if (components.find(componentAppId).isEmpty()) {
            return refused(40013, "invalid component appid");
        }
        if (!components.tokenValid(componentAppId, token)) {
            return refused(40001, "invalid credential, access_token is invalid or not latest");
        }
        Optional<SandboxWechatApp> app = apps.find(appid);
        if (app.isEmpty()) {
            return refused(40013, "invalid appid");
        }
        if (!components.authorized(componentAppId, appid)) {
            return refused(61003, "component is not authorized by this account");
        }
        return new AppCodeRequest.Passed(new AppCodeRequest(app.get(), code));
    }

    private static AppCodeRequest.Refused refused(int errcode, String errmsg) {
        return new AppCodeRequest.Refused(WechatApiResponses.error(errcode, errmsg));
    }
}
