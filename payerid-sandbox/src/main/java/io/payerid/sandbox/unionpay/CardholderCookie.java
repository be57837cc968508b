package io.payerid.sandbox.unionpay;

import java.util.Optional;

import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Which sandbox payer "is holding the phone": the cookie {@value #NAME}, set when the picker is used
 * (or directly by a test). Path '/' so it reaches the qr-host paths wherever they are mounted.
 */
final class CardholderCookie {

    static final String NAME = "payerid_sandbox_unionpay_user";

    private CardholderCookie() {
    }

    /** Empty when there is no cookie or it names a payer the sandbox does not know. */
    static Optional<SandboxCardholder> read(ServerRequest request, SandboxCardholders cardholders) {
        return Optional.ofNullable(request.cookies().getFirst(NAME)).flatMap(cookie -> cardholders.find(cookie.getValue()));
    }

    static String setCookieHeader(SandboxCardholder cardholder) {
        return ResponseCookie.from(NAME, cardholder.id()).path("/").httpOnly(true).sameSite("Lax").build().toString();
    }
}
