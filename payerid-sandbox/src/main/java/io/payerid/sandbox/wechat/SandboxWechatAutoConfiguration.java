package io.payerid.sandbox.wechat;

import io.payerid.sandbox.faults.ServerApiFaults;
import java.time.Clock;

import io.payerid.sandbox.support.PendingConsents;
import io.payerid.sandbox.support.SandboxClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Mounts the offline WeChat Official Account web-OAuth2 simulator inside the application's own
 * servlet server, on the same port, when {@code payerid.sandbox.enabled=true}.
 *
 * <p>Point WxJava (weixin-java-mp) at it with a {@code WxMpHostConfig}; WxJava builds every URL
 * as {@code host + WeChat path} ({@code WxMpHostConfig.buildUrl}), so with the default base path:
 * <pre>
 * openHost = http://127.0.0.1:PORT/sandbox/wechat/open   (instead of https://open.weixin.qq.com)
 * apiHost  = http://127.0.0.1:PORT/sandbox/wechat/api    (instead of https://api.weixin.qq.com)
 * </pre>
 * (add the servlet context path, if any, before {@code /sandbox}). The user picker is at
 * {@code {base-path}/users}, runtime app registration at {@code {base-path}/apps}. The api host also
 * serves base access tokens ({@code /cgi-bin/token}, {@code /cgi-bin/stable_token}) and
 * {@code /wxa/getpaidunionid} over sandbox payments made at {@code {base-path}/payments}; WxJava's
 * mini-program client takes the api host as {@code WxMaConfig.setApiHostUrl}.
 *
 * <p>Time comes from the context's {@link Clock} bean when there is exactly one (tests supply a
 * movable one), else from the system UTC clock; the sandbox does not add a Clock bean of its own
 * so it cannot change which clock the rest of the application gets.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "payerid.sandbox.enabled", havingValue = "true")
@EnableConfigurationProperties({SandboxWechatProperties.class, SandboxComponentProperties.class})
public class SandboxWechatAutoConfiguration {

    @Bean
    SandboxWechatApps sandboxWechatApps(SandboxWechatProperties properties) {
        return new SandboxWechatApps(properties.getApps());
    }

    @Bean
    SandboxUsers sandboxWechatUsers(SandboxWechatProperties properties) {
        return new SandboxUsers(properties.getUsers());
    }

    @Bean
    OpenIdDerivation sandboxWechatOpenIdDerivation(SandboxWechatProperties properties) {
        return new OpenIdDerivation(properties.getSecret());
    }

    @Bean
    OAuthCodeStore sandboxWechatCodeStore(SandboxWechatProperties properties, ObjectProvider<Clock> clock) {
        return new OAuthCodeStore(SandboxClock.of(clock), properties.getCodeTtl());
    }

    @Bean
    OAuthTokenStore sandboxWechatTokenStore(SandboxWechatProperties properties, ObjectProvider<Clock> clock) {
        return new OAuthTokenStore(SandboxClock.of(clock), properties.getAccessTokenTtl(), properties.getRefreshTokenTtl());
    }

    @Bean
    RouterFunction<ServerResponse> sandboxWechatRoutes(SandboxWechatProperties properties, SandboxWechatApps apps,
                                                       SandboxUsers users, OpenIdDerivation ids, OAuthCodeStore codes,
                                                       OAuthTokenStore tokens, ObjectProvider<Clock> clock,
                                                       ServerApiFaults serverApiFaults, SandboxComponents components) {
        SandboxWechatPaths paths = new SandboxWechatPaths(properties.getBasePath());
        // Consent tickets live as long as a code would: both are "this authorization, now".
        PendingConsents<AuthorizeRequest, SandboxUser> consents =
                new PendingConsents<>(SandboxClock.of(clock), properties.getCodeTtl());
        AuthorizeRequestValidator validator = new AuthorizeRequestValidator(apps, properties.isStrictState());
        SandboxUserPickerController picker = new SandboxUserPickerController(users, paths);
        return SandboxWechatRoutes.build(paths,
                new WechatAuthorizeController(validator, picker, codes, consents, paths, components),
                new WechatSnsApiController(apps, users, codes, tokens, ids, components),
                picker,
                new SandboxAppAdminController(apps, paths), serverApiFaults);
    }

    /** 小程序登录: wx.login's codes (a code space of their own, as in WeChat) and jscode2session. */
    @Bean
    RouterFunction<ServerResponse> sandboxWechatMiniProgramRoutes(SandboxWechatProperties properties,
                                                                  SandboxWechatApps apps, SandboxUsers users,
                                                                  OpenIdDerivation ids, SandboxFaults faults,
                                                                  ObjectProvider<Clock> clock,
                                                                  ServerApiFaults serverApiFaults,
                                                                  SandboxComponents components) {
        SandboxWechatPaths paths = new SandboxWechatPaths(properties.getBasePath());
        Clock now = SandboxClock.of(clock);
        MiniProgramLoginController login = new MiniProgramLoginController(apps, users,
                new OAuthCodeStore(now, properties.getCodeTtl()), ids, new SessionKeyDerivation(properties.getSecret()),
                new JsCodeQuota(now, properties.getJsCodeLoginsPerMinute()), faults, components);
        return RouterFunctions.route()
                .POST(paths.miniProgramLogin(), login::login)
                // jscode2session is a server-side call: the latency / error knob applies; wx.login is the payer's side.
                .GET(paths.jsCodeToSession(), serverApiFaults.around(login::jsCodeToSession, WechatApiResponses::busy))
                .GET(paths.componentJsCodeToSession(),
                        serverApiFaults.around(login::componentJsCodeToSession, WechatApiResponses::busy))
                .build();
    }

    @Bean
    SandboxComponents sandboxWechatComponents(SandboxComponentProperties properties, ObjectProvider<Clock> clock) {
        return new SandboxComponents(properties.getPlatforms(), properties, SandboxClock.of(clock));
    }

    @Bean
    ComponentPusher sandboxWechatComponentPusher(SandboxComponents components, ObjectProvider<Clock> clock) {
        return new ComponentPusher(components, SandboxClock.of(clock));
    }

    @Bean
    ComponentTicketTimer sandboxWechatComponentTicketTimer(SandboxComponents components, ComponentPusher pusher,
                                                           SandboxComponentProperties properties) {
        return new ComponentTicketTimer(components, pusher, properties.getTicketInterval());
    }

    /** The third-party platform (第三方平台): component token, pre_auth_code, authorization page, query_auth, controls. */
    @Bean
    RouterFunction<ServerResponse> sandboxWechatComponentRoutes(SandboxWechatProperties properties,
                                                                SandboxComponents components, ComponentPusher pusher,
                                                                SandboxWechatApps apps, ServerApiFaults serverApiFaults) {
        SandboxWechatPaths paths = new SandboxWechatPaths(properties.getBasePath());
        ComponentApiController api = new ComponentApiController(components);
        ComponentLoginController login = new ComponentLoginController(components, apps, pusher, paths);
        ComponentControlController control = new ComponentControlController(components, pusher);
        return RouterFunctions.route()
                .POST(paths.componentToken(), serverApiFaults.around(api::componentToken, WechatApiResponses::busy))
                .POST(paths.componentPreAuthCode(), serverApiFaults.around(api::preAuthCode, WechatApiResponses::busy))
                .POST(paths.componentQueryAuth(), serverApiFaults.around(api::queryAuth, WechatApiResponses::busy))
                .GET(paths.componentLoginPage(), login::page)
                .POST(paths.componentApprove(), login::approve)
                .POST(paths.components(), control::register)
                .POST(paths.components() + "/{appid}/ticket", control::pushTicket)
                .POST(paths.components() + "/{appid}/push", control::pushAuthorization)
                .POST(paths.components() + "/{appid}/prepared-ticket", control::preparedTicket)
                .build();
    }

    @Bean
    BaseAccessTokens sandboxWechatBaseAccessTokens(SandboxWechatProperties properties, ObjectProvider<Clock> clock) {
        return new BaseAccessTokens(SandboxClock.of(clock), properties.getBaseTokenTtl());
    }

    @Bean
    TokenFetchCounter sandboxWechatTokenFetchCounter() {
        return new TokenFetchCounter();
    }

    @Bean
    SandboxPayments sandboxWechatPayments() {
        return new SandboxPayments();
    }

    @Bean
    SandboxFaults sandboxWechatFaults() {
        return new SandboxFaults();
    }

    /** Base access tokens, getpaidunionid, payments and the test controls (stats, faults). */
    @Bean
    RouterFunction<ServerResponse> sandboxWechatBaseApiRoutes(SandboxWechatProperties properties,
                                                              SandboxWechatApps apps, SandboxUsers users,
                                                              OpenIdDerivation ids, BaseAccessTokens tokens,
                                                              TokenFetchCounter fetches, SandboxPayments payments,
                                                              SandboxFaults faults, ObjectProvider<Clock> clock,
                                                              ServerApiFaults serverApiFaults) {
        SandboxWechatPaths paths = new SandboxWechatPaths(properties.getBasePath());
        Clock now = SandboxClock.of(clock);
        return SandboxWechatBaseApiRoutes.build(paths,
                new WechatBaseTokenController(apps, tokens, new ForceRefreshLimiter(), fetches, now),
                new WechatPaidUnionIdController(apps, users, ids, tokens, payments, faults, now,
                        properties.getPaidUnionIdWindow()),
                new SandboxPaymentController(apps, users, ids, payments, now),
                new SandboxStatsController(fetches),
                new SandboxFaultsController(apps, faults, tokens), serverApiFaults);
    }
}
