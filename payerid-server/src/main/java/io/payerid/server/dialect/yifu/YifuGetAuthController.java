package io.payerid.server.dialect.yifu;

import io.payerid.server.ratelimit.AppRequestQuota;
import io.payerid.server.web.Redirects;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.flow.AuthorizationRequest;
import io.payerid.core.flow.PayerBrowser;
import io.payerid.core.flow.Scope;
import io.payerid.core.signing.ConstantTime;
import io.payerid.core.signing.Digests;
import io.payerid.core.signing.HexCase;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.web.BrowserFlow;
import io.payerid.server.web.RequestParameters;
import io.payerid.server.oauth.BrowserBinding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Seed 002 (易付) {@code GET {prefix}/jsapi/getauth2?inst_no=&mch_no=&redirect_uri=&sign=}: WeChat openid or
 * Alipay user id by User-Agent, signed with the institution key. Served under the prefix (default
 * {@code /yfpay}, the seed example's host path) and bare, as the seed's "接口域名 + /jsapi/getauth2" reads.
 * See docs/compat/002-yifu.md.
 */
@Controller
@BrowserFlow
public class YifuGetAuthController {

    private final TenantDirectory tenants;
    private final BrowserBinding binding;
    private final AppRequestQuota quota;

    public YifuGetAuthController(TenantDirectory tenants, BrowserBinding binding, AppRequestQuota quota) {
        this.tenants = tenants;
        this.binding = binding;
        this.quota = quota;
    }

    /** One mapping, two patterns: with an empty prefix they are the same pattern, which Spring keeps once. */
    @GetMapping({"${payerid.dialects.yifu.path-prefix:/yfpay}/jsapi/getauth2", "/jsapi/getauth2"})
    public ResponseEntity<Void> getAuth(HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> params = RequestParameters.single(request);
        String instNo = RequestParameters.required(params, "inst_no");
        String mchNo = RequestParameters.required(params, "mch_no");
        String redirectUri = RequestParameters.required(params, "redirect_uri");
        Institution institution = tenants.institutionByInstNo(instNo)
                .orElseThrow(() -> new PayerIdException(ErrorCode.MERCHANT_NOT_FOUND, "unknown inst_no"));
        Merchant merchant = tenants.merchantByMchNo(mchNo)
                .filter(m -> m.institutionId().equals(institution.id()))
                .orElseThrow(() -> new PayerIdException(ErrorCode.MERCHANT_NOT_FOUND, "unknown mch_no for this inst_no"));
        verify(institution, instNo, mchNo, redirectUri, RequestParameters.required(params, "sign"));
        quota.consume(merchant); // after the signature: forged requests must not drain the merchant's quota
        ChannelKind channel = channelFor(PayerBrowser.of(request.getHeader("User-Agent")));
        AuthorizationRequest authorization = new AuthorizationRequest(merchant, null, channel, YifuResponder.DIALECT,
                redirectUri, Scope.BASE, null, Map.of(YifuResponder.INST_NO, instNo));
        return Redirects.found(binding.start(authorization, response));
    }

    /** The seed's rule: MD5 of {@code inst_no=…&mch_no=…&redirect_uri=<raw>&key=<机构秘钥>}, lowercase hex. */
    static String expectedSign(String instNo, String mchNo, String redirectUri, String key) {
        return Digests.md5Hex("inst_no=" + instNo + "&mch_no=" + mchNo + "&redirect_uri=" + redirectUri + "&key=" + key,
                HexCase.LOWER);
    }

    private static void verify(Institution institution, String instNo, String mchNo, String redirectUri, String sign) {
        if (institution.signKey() == null) {
            throw new PayerIdException(ErrorCode.INVALID_SIGNATURE, "institution " + instNo + " has no key configured");
        }
        String expected = expectedSign(instNo, mchNo, redirectUri, institution.signKey().reveal());
        if (!ConstantTime.equalsHexIgnoreCase(expected, sign)) {
            throw new PayerIdException(ErrorCode.INVALID_SIGNATURE, "sign does not match");
        }
    }

    /**
     * The seed serves WeChat official-account openids and Alipay 服务窗 user ids; nothing else. A 云闪付 payer
     * is told so plainly rather than the generic "open it in WeChat, Alipay or 云闪付" while already in 云闪付.
     */
    private static ChannelKind channelFor(PayerBrowser browser) {
        return switch (browser) {
            case WECHAT -> ChannelKind.WECHAT_OA;
            case ALIPAY -> ChannelKind.ALIPAY;
            default -> throw new PayerIdException(ErrorCode.WECHAT_ALIPAY_ONLY, "opened in " + browser + "; this entry serves WeChat and Alipay only");
        };
    }
}
