package io.payerid.server.probe;

import io.payerid.channels.wechat.component.WechatComponentClient;
import io.payerid.core.component.ComponentTickets;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.WechatComponentAccount;
import io.payerid.core.token.AccessToken;

/**
 * A third-party platform's appid and appsecret, proven by {@code api_component_token} with the latest ticket WeChat
 * pushed (without one the answer is NO_TICKET: WeChat pushes a ticket every 10 minutes once the platform's push URL
 * is set). Asked directly rather than through the central holder, whose cached token would prove nothing about a
 * secret saved since. WeChat's documentation does not say that a new component token retires the previous one (the
 * sandbox keeps both valid); should it, the platform's calls ({@code ComponentCalls}) already fetch a fresh token
 * and retry once when WeChat rejects the one used (40001/40014/42001). The token is dropped.
 */
final class ComponentTokenProbe implements ChannelProbe {

    private final WechatComponentClient client;
    private final ComponentTickets tickets;

    ComponentTokenProbe(WechatComponentClient client, ComponentTickets tickets) {
        this.client = client;
        this.tickets = tickets;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WECHAT_COMPONENT;
    }

    @Override
    public void requireComplete(ChannelConfig saved) {
        WechatComponentAccount.from(saved);
    }

    @Override
    public String call(ChannelConfig saved) {
        WechatComponentAccount account = WechatComponentAccount.from(saved);
        String ticket = tickets.current(account.componentAppId());
        AccessToken token = client.componentToken(account.componentAppId(), account.appSecret(), ticket);
        return "api_component_token issued a component_access_token (expires_in " + token.expiresIn().toSeconds() + " s)";
    }
}
