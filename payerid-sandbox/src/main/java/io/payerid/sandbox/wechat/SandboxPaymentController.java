package io.payerid.sandbox.wechat;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Makes sandbox payments, standing in for a payer completing a WeChat Pay order in a mini-program:
 * {@code POST {base}/payments} with {@code {"appid","user","mch_id","out_trade_no"[,"paid_at"]}} → 201 with
 * the {@code transaction_id} and the payer's {@code openid} for that appid (derived as everywhere else in
 * the sandbox). {@code paid_at} (ISO-8601, default now) lets a tester backdate a payment past the window.
 * No authentication, as for app registration: a dev/test tool.
 */
public class SandboxPaymentController {

    private static final Pattern MCH_ID = Pattern.compile("[0-9]{1,32}");
    private static final Pattern OUT_TRADE_NO = Pattern.compile("[0-9A-Za-z_\\-|*]{1,32}");

    private final SandboxWechatApps apps;
    private final SandboxUsers users;
    private final OpenIdDerivation ids;
    private final SandboxPayments payments;
    private final Clock clock;

    SandboxPaymentController(SandboxWechatApps apps, SandboxUsers users, OpenIdDerivation ids, SandboxPayments payments,
                             Clock clock) {
        this.apps = apps;
        this.users = users;
        this.ids = ids;
        this.payments = payments;
        this.clock = clock;
    }

    ServerResponse pay(ServerRequest request) {
        Map<String, Object> body;
        try {
            body = SandboxJson.object(request);
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, "expected JSON {appid, user, mch_id, out_trade_no, paid_at?}");
        }
        Optional<SandboxWechatApp> app = apps.find(SandboxJson.text(body, "appid"));
        Optional<SandboxUser> user = users.find(SandboxJson.text(body, "user"));
        String mchId = SandboxJson.text(body, "mch_id");
        String outTradeNo = SandboxJson.text(body, "out_trade_no");
        Optional<Instant> paidAt = paidAt(SandboxJson.text(body, "paid_at"));
        if (app.isEmpty() || user.isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, app.isEmpty() ? "unknown appid" : "unknown user");
        }
        if (mchId == null || !MCH_ID.matcher(mchId).matches()) {
            return problem(HttpStatus.BAD_REQUEST, "mch_id must be 1-32 digits");
        }
        if (outTradeNo == null || !OUT_TRADE_NO.matcher(outTradeNo).matches()) {
            return problem(HttpStatus.BAD_REQUEST, "out_trade_no must be 1-32 of [0-9A-Za-z_-|*]");
        }
        if (paidAt.isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "paid_at must be an ISO-8601 instant such as 2025-01-01T08:00:00Z");
        }
        return payments.record(app.get().appid(), user.get().id(), mchId, outTradeNo, paidAt.get())
                .map(payment -> created(payment, ids.openId(app.get(), user.get())))
                .orElseGet(() -> problem(HttpStatus.CONFLICT, "out_trade_no already used for this mch_id"));
    }

    private Optional<Instant> paidAt(String value) {
        if (value == null) {
            return Optional.of(clock.instant());
        }
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static ServerResponse created(SandboxPayment payment, String openid) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("transaction_id", payment.transactionId());
        view.put("mch_id", payment.mchId());
        view.put("out_trade_no", payment.outTradeNo());
        view.put("appid", payment.appid());
        view.put("user", payment.userId());
        view.put("openid", openid);
        view.put("paid_at", payment.paidAt().toString());
        return ServerResponse.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(view);
    }

    private static ServerResponse problem(HttpStatus status, String message) {
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }
}
