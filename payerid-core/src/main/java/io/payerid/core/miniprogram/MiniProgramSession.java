package io.payerid.core.miniprogram;

import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Secret;

/**
 * What one upstream redemption of a mini-program login code gave.
 *
 * @param channel    WECHAT_MINIAPP or ALIPAY_MINIAPP
 * @param appId      the mini-program's appid / Alipay app_id the ids belong to
 * @param openId     WeChat openid, or Alipay open_id (null when the app is on Alipay's user_id scheme)
 * @param unionId    WeChat unionid / Alipay union_id, when the upstream returned one
 * @param userId     Alipay user_id (2088…), when Alipay returned one; always null for WeChat
 * @param sessionKey WeChat's session_key, else null; never logged (a {@link Secret} hides it)
 */
public record MiniProgramSession(ChannelKind channel, String appId, String openId, String unionId, String userId,
                                 Secret sessionKey) {
}
