package io.payerid.sandbox.wechatpay;

import java.util.Optional;

import io.payerid.sandbox.wechat.SandboxUser;
import io.payerid.sandbox.wechat.SandboxUsers;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Whose phone the wallet page is: the cookie {@value #NAME}, naming one of the WeChat sandbox's users,
 * so alice's payment code and her web-OAuth openid belong to the same person.
 */
final class WalletUserCookie {

    static final String NAME = "payerid_sandbox_wechatpay_user";

    private WalletUserCookie() {
    }

    /** Empty without a cookie, or when it names an unknown or a snapshot-mode (virtual, cannot pay) user. */
    static Optional<SandboxUser> read(ServerRequest request, SandboxUsers users) {
        return Optional.ofNullable(request.cookies().getFirst(NAME))
                .flatMap(cookie -> users.find(cookie.getValue()))
                .filter(user -> !user.snapshot());
    }

    static String setCookieHeader(SandboxUser user) {
        return ResponseCookie.from(NAME, user.id()).path("/").httpOnly(true).sameSite("Lax").build().toString();
    }
}
