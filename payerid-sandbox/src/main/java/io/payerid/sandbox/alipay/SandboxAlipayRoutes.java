package io.payerid.sandbox.alipay;

import io.payerid.sandbox.faults.ServerApiFaults;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The Alipay sandbox's URL map. Functional routes rather than {@code @Controller}s so that a component
 * scan can never expose the sandbox: these exist only when the auto-configuration creates them.
 */
final class SandboxAlipayRoutes {

    private SandboxAlipayRoutes() {
    }

    static RouterFunction<ServerResponse> build(SandboxAlipayPaths paths, AlipayAuthorizeController authorize,
                                                AlipayGatewayController gateway, SandboxAlipayUserPickerController picker,
                                                SandboxAlipayAppAdminController admin, ServerApiFaults faults) {
        return RouterFunctions.route()
                .GET(paths.authorize(), authorize::authorize)
                .POST(paths.consent(), authorize::consent)
                .POST(paths.gateway(), faults.around(gateway::handle, gateway::busy))
                .GET(paths.users(), picker::page)
                .GET(paths.selectUser(), picker::select)
                .POST(paths.apps(), admin::register)
                .GET(paths.apps() + "/{appId}", admin::find)
                .GET(paths.alipayPublicKey(), admin::alipayPublicKey)
                .build();
    }
}
