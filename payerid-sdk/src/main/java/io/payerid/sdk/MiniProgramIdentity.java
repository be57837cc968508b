package io.payerid.sdk;

/**
 * Who the payer in a mini-program is ({@code POST /v1/miniprogram/identity}).
 *
 * @param channel             {@code WECHAT_MINIAPP} or {@code ALIPAY_MINIAPP}
 * @param channelAppId        the mini-program's appid / Alipay app_id the ids belong to
 * @param openid              WeChat openid, or Alipay open_id (null for Alipay apps on the user_id scheme)
 * @param unionid             WeChat unionid / Alipay union_id, when the upstream gave one, else null
 * @param userId              Alipay user_id (2088…), when Alipay gave one, else null
 * @param encryptedSessionKey WeChat's session_key sealed to this app, only when the gateway's configuration
 *                            delivers it, else null; open it with {@link SessionKeys#open}
 */
public record MiniProgramIdentity(String channel, String channelAppId, String openid, String unionid, String userId,
                                  String encryptedSessionKey) {
}
