package io.payerid.sandbox.wechatpay;

import io.payerid.sandbox.faults.ServerApiFaults;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The WeChat Pay sandbox's URL map. Functional routes, not {@code @Controller}s, so that a component scan
 * of {@code io.payerid} never exposes them: they exist only when the auto-configuration builds them.
 */
final class SandboxWechatPayRoutes {

    private SandboxWechatPayRoutes() {
    }

    static RouterFunction<ServerResponse> build(SandboxWechatPayPaths paths, AuthcodeToOpenidController api,
                                                WalletController wallet, CodeIssueController codes,
                                                PayMerchantAdminController admin, ServerApiFaults faults) {
        return RouterFunctions.route()
                .POST(paths.authcodeToOpenid(), faults.around(api::authcodeToOpenid, AuthcodeToOpenidController::busy))
                .GET(paths.wallet(), wallet::wallet)
                .POST(paths.walletRefresh(), wallet::refresh)
                .POST(paths.codes(), codes::issue)
                .POST(paths.merchants(), admin::register)
                .GET(paths.merchants() + "/{mchId}", admin::find)
                .build();
    }
}
