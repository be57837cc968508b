package io.payerid.sandbox.support;

import java.util.Optional;

import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Which sandbox payer "is holding the phone": a cookie carrying the payer's id. Each simulator has its
 * own name, so a browser can be a different payer in each. Path '/' so the cookie reaches the simulator's
 * pages wherever the base path mounts them; HttpOnly and SameSite=Lax as nothing but the sandbox reads it.
 *
 * @param name the cookie's name
 */
public record PayerCookie(String name) {

    /** Empty when there is no cookie or it names a payer the roster does not know. */
    public <P extends SandboxPayer> Optional<P> read(ServerRequest request, PayerRoster<P> roster) {
        return Optional.ofNullable(request.cookies().getFirst(name)).flatMap(cookie -> roster.find(cookie.getValue()));
    }

    /** The {@code Set-Cookie} value that makes {@code payer} the one holding the phone. */
    public String setCookieHeader(SandboxPayer payer) {
        return ResponseCookie.from(name, payer.id()).path("/").httpOnly(true).sameSite("Lax").build().toString();
    }
}
