package io.payerid.core.flow;

import io.payerid.core.tenant.ChannelKind;

/**
 * Who the payer is for one upstream app.
 *
 * @param channel       where the identity comes from
 * @param upstreamAppId the WeChat appid / Alipay app_id the ids belong to
 * @param openId        WeChat openid, or Alipay open_id
 * @param unionId       WeChat unionid / Alipay union_id, when the upstream returned one
 * @param userId        Alipay user_id / UnionPay user_id, when the upstream returned one
 * @param snapshot      WeChat snapshot-mode virtual user: not a real payer
 * @param profile       userinfo-scope profile, else null
 */
public record PayerIdentity(ChannelKind channel, String upstreamAppId, String openId, String unionId, String userId,
                            boolean snapshot, PayerProfile profile) {
}
