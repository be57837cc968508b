package io.payerid.sandbox.wechat;

import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The sandbox's URL map, built from the configured base path.
 *
 * <p>Functional routes rather than {@code @Controller} classes on purpose: a gateway whose
 * {@code @SpringBootApplication} sits in {@code io.payerid} would component-scan annotated
 * controllers and expose the sandbox even with {@code payerid.sandbox.enabled=false}. These
 * routes exist only when the auto-configuration creates them.
 */
final class SandboxWechatRoutes {

    private SandboxWechatRoutes() {
    }

    static RouterFunction<ServerResponse> build(SandboxWechatPaths paths, WechatAuthorizeController authorize,
                                                WechatSnsApiController api, SandboxUserPickerController picker,
                                                SandboxAppAdminController admin) {
        return RouterFunctions.route()
                .GET(paths.authorize(), authorize::authorize)
                .POST(paths.consent(), authorize::consent)
                .GET(paths.accessToken(), api::accessToken)
                .GET(paths.refreshToken(), api::refreshToken)
                .GET(paths.userInfo(), api::userInfo)
                .GET(paths.validateToken(), api::validateToken)
                .GET(paths.users(), picker::page)
                .GET(paths.selectUser(), picker::select)
                .POST(paths.apps(), admin::register)
                .GET(paths.apps() + "/{appid}", admin::find)
                .build();
    }
}
