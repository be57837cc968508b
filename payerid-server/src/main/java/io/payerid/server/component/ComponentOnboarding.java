package io.payerid.server.component;

import io.payerid.channels.wechat.component.ComponentCalls;
import io.payerid.channels.wechat.component.WechatComponentClient;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.redirect.PercentEncoding;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WechatComponentAccount;
import io.payerid.core.tenant.WechatComponentAuthorizer;
import io.payerid.server.persistence.ComponentAuthorizerRepository;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merchant onboarding by authorization link (授权注册): the admin API hands out a link for one merchant; opening it
 * creates a pre_auth_code and sends the merchant's admin to WeChat's authorization page; WeChat's redirect brings an
 * auth_code, which {@code api_query_auth} turns into the authorizer appid and refresh token. Those are stored
 * (refresh token encrypted) and the merchant's WECHAT_OA or WECHAT_MINIAPP channel becomes mode COMPONENT.
 */
public final class ComponentOnboarding {

    private static final Logger log = LoggerFactory.getLogger(ComponentOnboarding.class);
    static final String BASE_PATH = "/v1/wechat/component/";

    private final TenantDirectory tenants;
    private final TenantAdmin admin;
    private final ComponentCalls calls;
    private final WechatComponentClient client;
    private final ComponentAuthorizerRepository authorizers;
    private final OnboardingLinks links;
    private final String publicBaseUrl;
    private final String loginPage;

    /** The link handed to the merchant and when it stops working. */
    public record IssuedLink(String url, Instant expiresAt) {
    }

    /** What an onboarding completed. */
    public record Onboarded(String mchNo, ChannelKind kind, String authorizerAppId) {
    }

    ComponentOnboarding(TenantDirectory tenants, TenantAdmin admin, ComponentCalls calls, WechatComponentClient client,
                        ComponentAuthorizerRepository authorizers, OnboardingLinks links, String publicBaseUrl,
                        String mpHost) {
        this.tenants = tenants;
        this.admin = admin;
        this.calls = calls;
        this.client = client;
        this.authorizers = authorizers;
        this.links = links;
        this.publicBaseUrl = publicBaseUrl;
        this.loginPage = (mpHost == null ? "https://mp.weixin.qq.com" : mpHost) + "/cgi-bin/componentloginpage";
    }

    /** A link for the merchant's admin; the institution must have a platform configured. */
    public IssuedLink issue(String instNo, String mchNo, ChannelKind kind) {
        if (kind != ChannelKind.WECHAT_OA && kind != ChannelKind.WECHAT_MINIAPP) {
            throw PayerIdException.invalid("kind must be WECHAT_OA or WECHAT_MINIAPP");
        }
        Merchant merchant = merchantOf(institution(instNo), mchNo);
        calls.accounts().forMerchant(merchant);
        OnboardingLinks.Sealed sealed = links.seal(instNo, mchNo, kind);
        return new IssuedLink(endpoint(instNo, "authorize") + "?link=" + sealed.value(), sealed.expiresAt());
    }

    /** Where the merchant's admin goes: WeChat's authorization page with a fresh pre_auth_code. */
    public String start(String instNo, String link) {
        OnboardingLinks.Link opened = links.open(link, instNo);
        WechatComponentAccount account = calls.accounts().forMerchant(merchantOf(institution(instNo), opened.mchNo()));
        String preAuthCode = calls.withToken(account, token -> client.preAuthCode(account.componentAppId(), token));
        String back = endpoint(instNo, "authorized") + "?link=" + link;
        // auth_type 1: official accounts only, 2: mini-programs only, as the channel being configured needs.
        return loginPage + "?component_appid=" + enc(account.componentAppId()) + "&pre_auth_code=" + enc(preAuthCode)
                + "&redirect_uri=" + enc(back) + "&auth_type=" + (opened.kind() == ChannelKind.WECHAT_OA ? 1 : 2);
    }

    /** WeChat's redirect: the auth_code becomes the stored authorization and the merchant's component-mode channel. */
    public Onboarded complete(String instNo, String link, String authCode) {
        OnboardingLinks.Link opened = links.open(link, instNo);
        if (authCode == null || authCode.isBlank() || authCode.length() > 512) {
            throw new PayerIdException(ErrorCode.COMPONENT_AUTH_CODE_INVALID, "auth_code is missing");
        }
        Institution institution = institution(instNo);
        Merchant merchant = merchantOf(institution, opened.mchNo());
        WechatComponentAccount account = calls.accounts().forMerchant(merchant);
        WechatComponentClient.Authorization authorization = calls.withToken(account,
                token -> client.queryAuth(account.componentAppId(), token, authCode));
        authorizers.authorized(account.componentAppId(), authorization.authorizerAppId(), institution.id(),
                merchant.id(), opened.kind(), authorization.refreshToken());
        admin.putChannel(OwnerType.MERCHANT, merchant.id(), opened.kind(), ChannelMode.COMPONENT,
                settings(authorization.authorizerAppId(), account.componentAppId(), true), Map.of());
        log.info("Merchant {} authorized {} {} to the third-party platform {}", merchant.mchNo(), opened.kind(),
                authorization.authorizerAppId(), account.componentAppId());
        return new Onboarded(merchant.mchNo(), opened.kind(), authorization.authorizerAppId());
    }

    static Map<String, String> settings(String authorizerAppId, String componentAppId, boolean authorized) {
        return Map.of(WechatComponentAuthorizer.APP_ID, authorizerAppId,
                WechatComponentAuthorizer.COMPONENT_APP_ID, componentAppId,
                WechatComponentAuthorizer.AUTHORIZED, String.valueOf(authorized));
    }

    private Institution institution(String instNo) {
        return tenants.institutionByInstNo(instNo)
                .orElseThrow(() -> new PayerIdException(ErrorCode.NOT_FOUND, "institution '" + instNo + "' not found"));
    }

    private Merchant merchantOf(Institution institution, String mchNo) {
        return tenants.merchantByMchNo(mchNo).filter(m -> m.institutionId().equals(institution.id()))
                .orElseThrow(() -> new PayerIdException(ErrorCode.MERCHANT_NOT_FOUND,
                        "merchant '" + mchNo + "' not found in institution '" + institution.instNo() + "'"));
    }

    private String endpoint(String instNo, String step) {
        return publicBaseUrl + BASE_PATH + enc(instNo) + "/" + step;
    }

    private static String enc(String value) {
        return PercentEncoding.FORM.encode(value);
    }
}
