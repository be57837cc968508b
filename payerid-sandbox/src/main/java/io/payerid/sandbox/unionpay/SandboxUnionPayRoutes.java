package io.payerid.sandbox.unionpay;

import io.payerid.sandbox.faults.ServerApiFaults;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The UnionPay sandbox's URL map. Functional routes rather than {@code @Controller}s so that a component
 * scan can never expose the sandbox: the routes exist only when the auto-configuration creates them.
 */
final class SandboxUnionPayRoutes {

    private SandboxUnionPayRoutes() {
    }

    static RouterFunction<ServerResponse> build(SandboxUnionPayPaths paths, UserAuthController userAuth,
                                                UserIdGatewayController gateway, AllinpayGatewayController allinpay,
                                                SandboxMerchantAdminController admin, ServerApiFaults faults) {
        return RouterFunctions.route()
                .GET(paths.userAuth(), userAuth::userAuth)
                .POST(paths.userAuthDecision(), userAuth::decision)
                .POST(paths.gateway(), faults.around(gateway::gateway, gateway::busy))
                .POST(paths.allinpayAuthCodeToUserId(), faults.around(allinpay::authCodeToUserId, allinpay::busy))
                .POST(paths.merchants(), admin::register)
                .GET(paths.merchants() + "/{mchId}", admin::find)
                .build();
    }
}
