package io.payerid.sandbox.wechat;

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
                                                SandboxFaultsController faults) {
        return RouterFunctions.route()
                .GET(paths.classicToken(), tokens::classicToken)
                .POST(paths.stableToken(), tokens::stableToken)
                .GET(paths.paidUnionId(), paidUnionId::paidUnionId)
                .POST(paths.payments(), payments::pay)
                .GET(paths.stats(), stats::stats)
                .POST(paths.faults(), faults::apply)
                .build();
    }
}
