package io.payerid.sandbox.wechat;

import io.payerid.sandbox.faults.ServerApiFaults;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * URL map of the base-API part of the sandbox (access tokens, getpaidunionid, payments and the test
 * controls), functional for the same reason as {@link SandboxWechatRoutes}: it exists only when the
 * auto-configuration creates it.
 */
final class SandboxWechatBaseApiRoutes {

    private SandboxWechatBaseApiRoutes() {
    }

    static RouterFunction<ServerResponse> build(SandboxWechatPaths paths, WechatBaseTokenController tokens,
                                                WechatPaidUnionIdController paidUnionId,
                                                SandboxPaymentController payments, SandboxStatsController stats,
                                                SandboxFaultsController faults, ServerApiFaults serverApiFaults) {
        return RouterFunctions.route()
                .GET(paths.classicToken(), serverApiFaults.around(tokens::classicToken, WechatApiResponses::busy))
                .POST(paths.stableToken(), serverApiFaults.around(tokens::stableToken, WechatApiResponses::busy))
                .GET(paths.paidUnionId(), serverApiFaults.around(paidUnionId::paidUnionId, WechatApiResponses::busy))
                .POST(paths.payments(), payments::pay)
                .GET(paths.stats(), stats::stats)
                .POST(paths.faults(), faults::apply)
                .build();
    }
}
