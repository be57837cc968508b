package io.payerid.core.miniprogram;

import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;

/** Redeems a mini-program login code (wx.login / my.getAuthCode) with one upstream, exactly once per call. */
public interface MiniProgramCodeExchange {

    ChannelKind kind();

    /**
     * @throws io.payerid.core.error.PayerIdException MINIPROGRAM_CODE_INVALID, MINIPROGRAM_CODE_USED,
     *         UPSTREAM_RATE_LIMITED, UPSTREAM_UNAVAILABLE, CHANNEL_NOT_CONFIGURED, UPSTREAM_ERROR
     */
    MiniProgramSession exchange(ChannelConfig config, String code);
}
