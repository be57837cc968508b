package io.payerid.sandbox.wechatpay;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

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
                    .header(HttpHeaders.SET_COOKIE, WalletUserCookie.setCookieHeader(chosen.get()))
                    .build();
        }
        return WalletUserCookie.read(request, users)
                .map(payer -> WalletPage.show(payer, codes.current(payer.id()), clock.instant(), payers(), links(request)))
                .orElseGet(() -> WalletPage.pickUser(payers(), links(request)));
    }

    ServerResponse refresh(ServerRequest request) {
        WalletUserCookie.read(request, users).ifPresent(payer -> codes.issue(payer.id(), codes.ttl(), null));
        // 303: the browser comes back with a GET, so a reload does not refresh again.
        return ServerResponse.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, links(request).wallet()).build();
    }

    private List<SandboxUser> payers() {
        return users.all().stream().filter(user -> !user.snapshot()).toList();
    }

    private WalletPage.Links links(ServerRequest request) {
        String context = request.servletRequest().getContextPath();
        return new WalletPage.Links(context + paths.wallet(), context + paths.walletRefresh());
    }
}
