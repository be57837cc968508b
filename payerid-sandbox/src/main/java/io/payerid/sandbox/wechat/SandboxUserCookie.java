package io.payerid.sandbox.wechat;

import java.util.Optional;

import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Which sandbox user "is holding the phone": the cookie {@value #NAME}, set by the picker page
 * (or directly by a test). Path '/' so it reaches the open-host paths wherever they are mounted.
 */
final class SandboxUserCookie {

    static final String NAME = "payerid_sandbox_wechat_user";

    private SandboxUserCookie() {
    }

    /** Empty when there is no cookie or it names a user the sandbox does not know. */
    static Optional<SandboxUser> read(ServerRequest request, SandboxUsers users) {
        return Optional.ofNullable(request.cookies().getFirst(NAME))
                .flatMap(cookie -> users.find(cookie.getValue()));
    }

    static String setCookieHeader(SandboxUser user) {
        return ResponseCookie.from(NAME, user.id())
                .path("/")
                .httpOnly(true)
                .sameSite("Lax")
                .build()
                .toString();
    }
}
