package io.payerid.sandbox.alipay;

import java.util.Optional;

import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Which sandbox Alipay user "is holding the phone": the cookie {@value #NAME}, set by the picker page
 * (or directly by a test). Path '/' so it reaches the openauth paths wherever they are mounted.
 */
final class SandboxAlipayUserCookie {

    static final String NAME = "payerid_sandbox_alipay_user";

    private SandboxAlipayUserCookie() {
    }

    /** Empty when there is no cookie or it names a user the sandbox does not know. */
    static Optional<SandboxAlipayUser> read(ServerRequest request, SandboxAlipayUsers users) {
        return Optional.ofNullable(request.cookies().getFirst(NAME)).flatMap(cookie -> users.find(cookie.getValue()));
    }

    static String setCookieHeader(SandboxAlipayUser user) {
        return ResponseCookie.from(NAME, user.id()).path("/").httpOnly(true).sameSite("Lax").build().toString();
    }
}
