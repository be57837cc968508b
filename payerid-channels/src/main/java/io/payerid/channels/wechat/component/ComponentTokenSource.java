package io.payerid.channels.wechat.component;

import io.payerid.core.component.ComponentTickets;
import io.payerid.core.tenant.Secret;
import io.payerid.core.token.AccessToken;
import io.payerid.core.token.AccessTokenSource;

/**
 * The {@link io.payerid.core.token.TokenMode#COMPONENT} source of the central token holder: the platform's latest
 * pushed ticket (COMPONENT_TICKET_MISSING without one) plus its appsecret buy a component_access_token. The holder
 * calls it once per expiry across nodes; WeChat's component token has no force-refresh flag.
 */
public final class ComponentTokenSource implements AccessTokenSource {

    private final WechatComponentClient client;
    private final ComponentTickets tickets;

    public ComponentTokenSource(WechatComponentClient client, ComponentTickets tickets) {
        this.client = client;
        this.tickets = tickets;
    }

    @Override
    public AccessToken fetch(String componentAppId, Secret appSecret, boolean forceRefresh) {
        return client.componentToken(componentAppId, appSecret, tickets.current(componentAppId));
    }
}
