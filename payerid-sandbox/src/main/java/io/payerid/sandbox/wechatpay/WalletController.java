package io.payerid.sandbox.wechatpay;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.payerid.sandbox.support.PayerCookie;
import io.payerid.sandbox.wechat.SandboxUser;
import io.payerid.sandbox.wechat.SandboxUsers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The sandbox wallet: {@code GET {base}/wallet} shows the chosen payer's live payment code
 * ({@code ?user=ID} chooses, by cookie); {@code POST {base}/wallet/refresh} gives them a new one.
 */
final class WalletController {

    /**
     * Whose phone the wallet page is, naming one of the WeChat sandbox's users, so alice's payment code
     * and her web-OAuth openid belong to the same person.
     */
    static final PayerCookie PAYER_COOKIE = new PayerCookie("payerid_sandbox_wechatpay_user");

    private final SandboxUsers users;
    private final PaymentCodes codes;
    private final SandboxWechatPayPaths paths;
    private final Clock clock;

    WalletController(SandboxUsers users, PaymentCodes codes, SandboxWechatPayPaths paths, Clock clock) {
        this.users = users;
        this.codes = codes;
        this.paths = paths;
        this.clock = clock;
    }

    ServerResponse wallet(ServerRequest request) {
        Optional<SandboxUser> chosen = request.param("user").flatMap(users::find).filter(user -> !user.snapshot());
        if (chosen.isPresent()) {
            return ServerResponse.status(HttpStatus.FOUND)
                    .header(HttpHeaders.LOCATION, links(request).wallet())
                    .header(HttpHeaders.SET_COOKIE, PAYER_COOKIE.setCookieHeader(chosen.get()))
                    .build();
        }
        return payer(request)
                .map(payer -> WalletPage.show(payer, codes.current(payer.id()), clock.instant(), payers(), links(request)))
                .orElseGet(() -> WalletPage.pickUser(payers(), links(request)));
    }

    ServerResponse refresh(ServerRequest request) {
        payer(request).ifPresent(payer -> codes.issue(payer.id(), codes.ttl(), null));
        // 303: the browser comes back with a GET, so a reload does not refresh again.
        return ServerResponse.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, links(request).wallet()).build();
    }

    /** Empty without a cookie, or when it names an unknown or a snapshot-mode (virtual, cannot pay) user. */
    private Optional<SandboxUser> payer(ServerRequest request) {
        return PAYER_COOKIE.read(request, users).filter(user -> !user.snapshot());
    }

    private List<SandboxUser> payers() {
        return users.all().stream().filter(user -> !user.snapshot()).toList();
    }

    private WalletPage.Links links(ServerRequest request) {
        String context = request.servletRequest().getContextPath();
        return new WalletPage.Links(context + paths.wallet(), context + paths.walletRefresh());
    }
}
