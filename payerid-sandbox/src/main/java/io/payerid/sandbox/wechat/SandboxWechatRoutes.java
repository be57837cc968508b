package io.payerid.sandbox.wechat;

import io.payerid.sandbox.faults.ServerApiFaults;
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
                                                SandboxAppAdminController admin, ServerApiFaults faults) {
        return RouterFunctions.route()
                .GET(paths.authorize(), authorize::authorize)
                .POST(paths.consent(), authorize::consent)
                .GET(paths.accessToken(), faults.around(api::accessToken, WechatApiResponses::busy))
                .GET(paths.componentOAuthAccessToken(), faults.around(api::componentAccessToken, WechatApiResponses::busy))
                .GET(paths.refreshToken(), faults.around(api::refreshToken, WechatApiResponses::busy))
                .GET(paths.userInfo(), faults.around(api::userInfo, WechatApiResponses::busy))
                .GET(paths.validateToken(), faults.around(api::validateToken, WechatApiResponses::busy))
                .GET(paths.users(), picker::page)
                .GET(paths.selectUser(), picker::select)
                .POST(paths.apps(), admin::register)
                .GET(paths.apps() + "/{appid}", admin::find)
                .build();
    }
}
