package io.payerid.core.error;

import java.time.Duration;
import java.util.Optional;

/**
 * Every failure the gateway can report, with its HTTP status and the texts shown to merchants (English)
 * and payers (zh-CN). The table is published in docs/errors.md; a test keeps the two in step.
 */
public enum ErrorCode {
    INVALID_REQUEST(400, "Missing or malformed parameter", "请求参数错误"),
    UNSUPPORTED_SIGN_TYPE(400, "Sign type not accepted for this app", "不支持的签名方式"),
    INVALID_SIGNATURE(401, "Signature verification failed", "签名验证失败"),
    STALE_TIMESTAMP(401, "Timestamp outside the accepted window", "请求已过期,请重新发起"),
    NONCE_REUSED(401, "Nonce already used", "请求重复,请重新发起"),
    APP_NOT_FOUND(404, "Unknown appId", "应用不存在"),
    MERCHANT_NOT_FOUND(404, "Unknown merchant", "商户不存在"),
    MERCHANT_MISMATCH(403, "The app does not belong to this merchant", "应用与商户不匹配"),
    MERCHANT_DISABLED(403, "Merchant is disabled", "商户已停用"),
    APP_DISABLED(403, "App is disabled", "应用已停用"),
    REDIRECT_NOT_ALLOWED(403, "Redirect URI is not in the merchant's whitelist", "回跳地址未授权"),
    UNSUPPORTED_CHANNEL(400, "Channel not supported by this endpoint", "暂不支持该支付渠道"),
    UNSUPPORTED_BROWSER(400, "Not opened inside a supported wallet app", "请使用微信、支付宝或云闪付扫码打开"),
    WECHAT_ALIPAY_ONLY(400, "This entry identifies WeChat and Alipay payers only", "此入口仅支持微信和支付宝,请使用微信或支付宝扫码打开"),
    CHANNEL_NOT_CONFIGURED(409, "Channel not configured for this merchant", "商户未开通该渠道"),
    FLOW_STATE_INVALID(400, "Authorization state is invalid or was tampered with", "授权信息无效,请重新扫码"),
    FLOW_EXPIRED(400, "Authorization flow expired", "授权已超时,请重新扫码"),
    FLOW_BROWSER_MISMATCH(403, "The callback came from another browser than the one that started the flow",
            "请在发起授权的同一页面中完成授权,或返回商户页面重新发起"),
    FLOW_ALREADY_COMPLETED(409, "The authorization flow was already completed with another code",
            "该授权已完成,请返回商户页面重新发起"),
    TICKET_INVALID(400, "Result ticket unknown, expired, already redeemed or issued to another app",
            "授权结果已失效,请重新发起"),
    PAYER_DENIED(403, "The payer refused authorization", "您已取消授权"),
    SNAPSHOT_USER(403, "Snapshot-mode (virtual) user has no real identity", "请点击页面底部“使用完整服务”后重试"),
    AUTH_CODE_INVALID(400, "Authorization code invalid, expired or already used", "授权码无效或已过期,请重新扫码"),
    PAYMENT_CODE_INVALID(400, "Payment code is malformed, unknown, or bound to another merchant", "付款码无效,请刷新付款码后重试"),
    PAYMENT_CODE_EXPIRED(400, "Payment code expired", "付款码已过期,请刷新付款码后重试"),
    UNSUPPORTED_WALLET(400, "The wallet has no payment-code to payer-id lookup", "暂不支持该钱包的付款码"),
    UPSTREAM_ERROR(502, "Upstream returned an error", "渠道服务返回错误,请稍后重试"),
    UPSTREAM_UNAVAILABLE(503, "Upstream unreachable", "渠道服务暂时不可用,请稍后重试"),
    INVALID_OPENID(400, "The openid is not a user of this WeChat app", "用户标识无效"),
    PAID_ORDER_INVALID(400, "Paid order unknown, not paid by this payer, or paid more than 5 minutes ago",
            "订单无效或已超过查询时限"),
    NO_OPEN_PLATFORM_BINDING(409, "The WeChat app is not bound to an open platform account", "该应用未绑定微信开放平台"),
    ACCESS_TOKEN_NOT_SHARED(403, "The configuration belongs to the institution; its access token is not given out",
            "无权获取该渠道的接口凭证"),
    MINIPROGRAM_CODE_INVALID(400, "Mini-program login code invalid, expired or issued to another app",
            "登录凭证无效,请重新进入小程序"),
    MINIPROGRAM_CODE_USED(400, "Mini-program login code was already redeemed outside this gateway's retry window",
            "登录凭证已使用,请重新进入小程序"),
    MINIPROGRAM_USER_BLOCKED(403, "WeChat blocked this high-risk user's mini-program login", "当前账号存在风险,暂无法登录"),
    UPSTREAM_RATE_LIMITED(429, "The upstream's rate limit for this app or payer was reached; retry in a minute",
            "请求过于频繁,请稍后重试"),
    // WeChat third-party platform (component) mode
    COMPONENT_PUSH_INVALID(400, "WeChat component push with a wrong signature, a wrong appid or an unreadable body",
            "请求参数错误"),
    COMPONENT_TICKET_MISSING(503, "No current component_verify_ticket from WeChat yet; the component token cannot be fetched",
            "系统繁忙,请稍后重试"),
    COMPONENT_NOT_AUTHORIZED(409, "The merchant's WeChat account is not (or no longer) authorized to the institution's third-party platform",
            "商户未完成微信授权"),
    COMPONENT_AUTH_CODE_INVALID(400, "Onboarding link, authorization code or pre_auth_code invalid, expired or already used",
            "授权已失效,请重新扫码授权"),
    UNAUTHORIZED(401, "Missing or wrong operator token", "未授权"),
    NOT_FOUND(404, "No such resource", "资源不存在"),
    FORBIDDEN(403, "The API token's role does not allow this request", "无权访问"),
    CONFLICT(409, "Resource already exists", "资源已存在"),
    METHOD_NOT_ALLOWED(405, "HTTP method not allowed", "请求方式错误"),
    NOT_ACCEPTABLE(406, "The Accept header excludes every type this endpoint answers in", "请求格式错误"),
    RATE_LIMITED(429, "Too many requests; retry after the Retry-After header's seconds", "请求过于频繁,请稍后重试"),
    STORE_UNAVAILABLE(503, "Shared state store unreachable", "系统繁忙,请稍后重试"),
    STORE_FULL(503, "Shared state store full; the request is refused rather than forgetting used nonces, codes or tokens",
            "系统繁忙,请稍后重试"),
    DATABASE_UNAVAILABLE(503, "Database unreachable", "系统繁忙,请稍后重试"),
    INTERNAL_ERROR(500, "Internal error", "系统繁忙,请稍后重试");

    private final int httpStatus;
    private final String message;
    private final String payerMessage;

    ErrorCode(int httpStatus, String message, String payerMessage) {
        this.httpStatus = httpStatus;
        this.message = message;
        this.payerMessage = payerMessage;
    }

    /**
     * How long a caller should wait before trying again when the code itself implies it ({@code Retry-After});
     * empty when it does not. WeChat's per-minute quotas (45011) reset within a minute.
     */
    public Optional<Duration> retryAfter() {
        return this == UPSTREAM_RATE_LIMITED ? Optional.of(Duration.ofMinutes(1)) : Optional.empty();
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** English, for merchant developers (API bodies, {@code error_description}). */
    public String message() {
        return message;
    }

    /** Simplified Chinese, for the payer's error page. */
    public String payerMessage() {
        return payerMessage;
    }
}
