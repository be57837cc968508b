package io.payerid.server.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * WeChat third-party platform mode ({@code payerid.wechat-component.*}). WeChat documents a ticket push every
 * 10 minutes and a ticket life of 12 hours, but guarantees neither: both ends are settings.
 *
 * @param ticketMaxAge      a ticket older than this buys no component token (COMPONENT_TICKET_MISSING)
 * @param onboardingLinkTtl how long an onboarding link the admin API hands out can be opened and completed
 * @param pushMaxBytes      the largest push body read (WeChat's are under 2 KiB)
 */
@ConfigurationProperties("payerid.wechat-component")
public record ComponentProperties(@DefaultValue("12h") Duration ticketMaxAge,
                                  @DefaultValue("7d") Duration onboardingLinkTtl,
                                  @DefaultValue("65536") int pushMaxBytes) {
}
