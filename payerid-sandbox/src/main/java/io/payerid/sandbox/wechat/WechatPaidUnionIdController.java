package io.payerid.sandbox.wechat;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code GET /wxa/getpaidunionid?access_token&openid&(transaction_id | mch_id&out_trade_no)} on the "api"
 * host, over the sandbox payments. Checks in order: 41001 no token; 40001 / 42001 invalid or expired
 * token; 41009 no openid; -1 when switched on for the app; 89002 app without open platform binding;
 * 40003 openid of no user of the app; 89300 order unknown, of another app or payer, or older than the
 * window (WeChat: 5 minutes).
 */
public class WechatPaidUnionIdController {

    private final SandboxWechatApps apps;
    private final SandboxUsers users;
    private final OpenIdDerivation ids;
    private final BaseAccessTokens tokens;
    private final SandboxPayments payments;
    private final SandboxFaults faults;
    private final Clock clock;
    private final Duration window;

    WechatPaidUnionIdController(SandboxWechatApps apps, SandboxUsers users, OpenIdDerivation ids,
                                BaseAccessTokens tokens, SandboxPayments payments, SandboxFaults faults, Clock clock,
                                Duration window) {
        this.apps = apps;
        this.users = users;
        this.ids = ids;
        this.tokens = tokens;
        this.payments = payments;
        this.faults = faults;
        this.clock = clock;
        this.window = window;
    }

    ServerResponse paidUnionId(ServerRequest request) {
        String accessToken = param(request, "access_token");
        if (accessToken == null) {
            return WechatApiResponses.error(41001, "access_token missing");
        }
        return switch (tokens.lookup(accessToken)) {
            case BaseTokenLookup.Invalid invalid ->
                    WechatApiResponses.error(40001, "invalid credential, access_token is invalid or not latest");
            case BaseTokenLookup.Expired expired -> WechatApiResponses.error(42001, "access_token expired");
            case BaseTokenLookup.Valid valid -> forApp(request, valid.appid());
        };
    }

    private ServerResponse forApp(ServerRequest request, String appid) {
        String openid = param(request, "openid");
        if (openid == null) {
            return WechatApiResponses.error(41009, "missing openid");
        }
        if (faults.busy(appid)) {
            return WechatApiResponses.error(-1, "system error");
        }
        SandboxWechatApp app = apps.find(appid).orElseThrow(() -> new IllegalStateException("token of unknown app"));
        if (!app.boundToOpenPlatform()) {
            return WechatApiResponses.error(89002, "open not exists");
        }
        Optional<SandboxUser> payer = users.all().stream().filter(user -> ids.openId(app, user).equals(openid)).findFirst();
        if (payer.isEmpty()) {
            return WechatApiResponses.error(40003, "invalid openid");
        }
        return order(request)
                .filter(payment -> payment.appid().equals(appid) && payment.userId().equals(payer.get().id()))
                .filter(payment -> !clock.instant().isAfter(payment.paidAt().plus(window)))
                .flatMap(payment -> ids.unionId(app, payer.get()))
                .map(WechatPaidUnionIdController::success)
                .orElseGet(() -> WechatApiResponses.error(89300, "invalid trade"));
    }

    /** transaction_id wins when both forms are given, as the documented "either" suggests. */
    private Optional<SandboxPayment> order(ServerRequest request) {
        String transactionId = param(request, "transaction_id");
        if (transactionId != null) {
            return payments.byTransactionId(transactionId);
        }
        return payments.byMerchantOrder(param(request, "mch_id"), param(request, "out_trade_no"));
    }

    private static ServerResponse success(String unionid) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unionid", unionid);
        body.put("errcode", 0);
        body.put("errmsg", "ok");
        return WechatApiResponses.ok(body);
    }

    private static String param(ServerRequest request, String name) {
        return request.param(name).filter(value -> !value.isBlank()).orElse(null);
    }
}
