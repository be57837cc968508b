package io.payerid.server.qr;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.flow.AuthorizationRequest;
import io.payerid.core.flow.PayerBrowser;
import io.payerid.core.flow.Scope;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.oauth.NativeRedirectResponder;
import io.payerid.server.web.BrowserFlow;
import io.payerid.server.web.Redirects;
import io.payerid.server.oauth.BrowserBinding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /qr/{code}}: the URL printed in a static QR code. The wallet the payer scanned with picks
 * the flow (UnionPay → Alipay → WeChat, read from the User-Agent); any other browser gets a page asking
 * to scan with a wallet. The answer is the native API's signed redirect, for the entry's app.
 */
@Controller
@BrowserFlow
public class QrEntryController {

    private final QrEntries entries;
    private final TenantDirectory tenants;
    private final BrowserBinding binding;

    public QrEntryController(QrEntries entries, TenantDirectory tenants, BrowserBinding binding) {
        this.entries = entries;
        this.tenants = tenants;
        this.binding = binding;
    }

    @GetMapping("/qr/{code}")
    public ResponseEntity<?> scan(@PathVariable String code, HttpServletRequest request, HttpServletResponse response) {
        PayerBrowser browser = PayerBrowser.of(request.getHeader("User-Agent"));
        QrEntry entry = entries.find(code)
                .orElseThrow(() -> new PayerIdException(ErrorCode.NOT_FOUND, "unknown QR code"));
        ChannelKind channel = browser.oauthChannel().orElse(null);
        if (channel == null) {
            return ScanWithWalletPage.render();
        }
        MerchantApp app = tenants.appByAppId(entry.appId())
                .orElseThrow(() -> new PayerIdException(ErrorCode.APP_NOT_FOUND, "the QR code's app no longer exists"));
        Merchant merchant = tenants.merchantById(entry.merchantId())
                .orElseThrow(() -> new PayerIdException(ErrorCode.MERCHANT_NOT_FOUND, "the QR code's merchant no longer exists"));
        SignType signType = app.accepts(SignType.MD5) ? SignType.MD5 : app.signTypes().iterator().next();
        AuthorizationRequest authorization = new AuthorizationRequest(merchant, app, channel, NativeRedirectResponder.DIALECT,
                entry.redirectUri(), Scope.BASE, entry.code(), Map.of(NativeRedirectResponder.SIGN_TYPE_ATTRIBUTE, signType.name()));
        return Redirects.found(binding.start(authorization, response));
    }
}
