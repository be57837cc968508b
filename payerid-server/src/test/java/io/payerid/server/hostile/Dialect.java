package io.payerid.server.hostile;

import io.payerid.server.support.RawHttp.Answer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an endpoint must answer a request it refuses: the shape its callers parse. The hostile suite checks
 * each answer against the dialect of the endpoint that gave it.
 */
enum Dialect {

    /** Our JSON APIs (server APIs, admin): {@code {"code":"<ErrorCode>","message":"..."}} with the code's status. */
    NATIVE_JSON {
        @Override
        Optional<String> shapeProblem(Answer answer) {
            if (answer.status() < 400) {
                return Optional.empty();
            }
            return json(answer).filter(j -> j.path("code").isString() && j.path("message").isString()).isPresent()
                    ? Optional.empty() : Optional.of("not a {code,message} JSON error");
        }
    },
    /** Pages a payer's browser visits: a redirect or a zh-CN HTML page, never JSON. */
    BROWSER {
        @Override
        Optional<String> shapeProblem(Answer answer) {
            if (answer.status() >= 300 && answer.status() < 400) {
                return answer.header("location") != null ? Optional.empty() : Optional.of("redirect without Location");
            }
            String type = answer.header("content-type");
            return type != null && type.startsWith("text/html") ? Optional.empty() : Optional.of("not an HTML page: " + type);
        }
    },
    /** The console's pages: a redirect, an HTML page, or (QR preview, download) a PNG or SVG; never JSON or a trace. */
    CONSOLE {
        @Override
        Optional<String> shapeProblem(Answer answer) {
            if (answer.status() >= 300 && answer.status() < 400) {
                return answer.header("location") != null ? Optional.empty() : Optional.of("redirect without Location");
            }
            String type = answer.header("content-type");
            return type != null && (type.startsWith("text/html") || (answer.status() == 200
                    && (type.startsWith("image/png") || type.startsWith("image/svg+xml"))))
                    ? Optional.empty() : Optional.of("not a console page: " + type);
        }
    },
    /** Seed 000 (巨彩 auth2OpenId): always HTTP 200, {@code {"code":..,"msg":..,"data":..,"sign":..}}. */
    SEED_000 {
        @Override
        Optional<String> shapeProblem(Answer answer) {
            return answer.status() == 200 && json(answer).filter(j -> j.path("code").isNumber() && j.has("msg")).isPresent()
                    ? Optional.empty() : Optional.of("not seed 000's HTTP 200 {code,msg,data,sign}");
        }
    },
    /**
     * Seed 003 (WeChat-compatible): HTTP 200 with WeChat's {@code {"errcode":..,"errmsg":..}}, or the cloud-call
     * shape {@code {"errCode":..,"errMsg":..}} on the cloud-call path.
     */
    SEED_003 {
        @Override
        Optional<String> shapeProblem(Answer answer) {
            return answer.status() == 200 && json(answer).filter(j -> j.path("errcode").isNumber()
                    || j.path("errCode").isNumber() || j.has("access_token") || j.has("unionid")).isPresent()
                    ? Optional.empty() : Optional.of("not WeChat's HTTP 200 {errcode,errmsg}");
        }
    },
    /** Seed 004 (兑换系统): HTTP 200 with {@code {"status":..,"message":..,"data":..}}. */
    SEED_004 {
        @Override
        Optional<String> shapeProblem(Answer answer) {
            return answer.status() == 200 && json(answer).filter(j -> j.has("status") && j.has("message")).isPresent()
                    ? Optional.empty() : Optional.of("not seed 004's HTTP 200 {status,message,data}");
        }
    },
    /** Sandbox simulators, actuator, API docs, static pages: no shape promised beyond "no 5xx, no trace". */
    OTHER {
        @Override
        Optional<String> shapeProblem(Answer answer) {
            return Optional.empty();
        }
    };

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every parameter name any dialect reads: each endpoint gets hostile values in all of them. */
    private static final List<String> KNOWN_PARAMETERS = List.of("appId", "mchNo", "instNo", "redirectUri", "channel",
            "scope", "state", "timestamp", "nonce", "signType", "sign", "code", "auth_code", "userAuthCode", "respCode",
            "merchantCode", "inst_no", "mch_no", "redirect_url", "url", "access_token", "openid", "grant_type", "appid",
            "secret", "transaction_id", "mch_id", "out_trade_no", "status", "reference", "limit", "after", "authCode",
            "wayCode", "termId", "mchOrderNo", "businessId", "callbackUrl", "serialNo", "userId",
            // WeChat third-party platform: pushes and onboarding links
            "msg_signature", "link");

    /** A stack frame, an exception class name, or a "Caused by": what a body must never show. */
    static final Pattern TRACE = Pattern.compile("(\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\))|(\\b[\\w.]*[A-Z]\\w*Exception\\b)"
            + "|(Caused by:)|(java\\.lang\\.)");

    abstract Optional<String> shapeProblem(Answer answer);

    List<String> knownParameters() {
        return KNOWN_PARAMETERS;
    }

    static Dialect of(String path, String packageName, boolean browser) {
        if (browser) {
            return BROWSER;
        }
        if (packageName.startsWith("io.payerid.console")) {
            return CONSOLE;
        }
        if (packageName.endsWith(".dialect.jucai")) {
            return SEED_000;
        }
        if (packageName.endsWith(".dialect.wxcompat")) {
            return SEED_003;
        }
        if (packageName.endsWith(".dialect.exchange") && path.startsWith("/v1/openapi/auth/alipay/url")) {
            return SEED_004;
        }
        if (packageName.startsWith("io.payerid.server") && (path.startsWith("/v1/") || path.startsWith("/admin/"))) {
            return NATIVE_JSON;
        }
        return OTHER;
    }

    private static Optional<JsonNode> json(Answer answer) {
        String type = answer.header("content-type");
        if (type == null || !type.startsWith("application/json")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(answer.body())).filter(JsonNode::isObject);
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
    }
}
