package io.payerid.sandbox.alipay;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Chooses which sandbox Alipay user the browser "is": {@code GET {base}/users} lists them and
 * {@code GET {base}/users/select?user=ID[&return=PATH]} sets the cookie, then goes back to
 * {@code return} (or to the list).
 */
public class SandboxAlipayUserPickerController {

    private final SandboxAlipayUsers users;
    private final SandboxAlipayPaths paths;

    SandboxAlipayUserPickerController(SandboxAlipayUsers users, SandboxAlipayPaths paths) {
        this.users = users;
        this.paths = paths;
    }

    ServerResponse page(ServerRequest request) {
        return UserPickerPage.render(HttpStatus.OK, users.all(), SandboxAlipayUserCookie.read(request, users),
                selectHref(request), safeReturn(request), null);
    }

    ServerResponse select(ServerRequest request) {
        Optional<SandboxAlipayUser> user = users.find(request.param("user").orElse(null));
        if (user.isEmpty()) {
            return UserPickerPage.render(HttpStatus.BAD_REQUEST, users.all(), SandboxAlipayUserCookie.read(request, users),
                    selectHref(request), safeReturn(request), "没有这个沙箱用户");
        }
        String returnTo = safeReturn(request);
        String target = returnTo != null ? returnTo : request.servletRequest().getContextPath() + paths.users();
        return ServerResponse.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, target)
                .header(HttpHeaders.SET_COOKIE, SandboxAlipayUserCookie.setCookieHeader(user.get()))
                .build();
    }

    private String selectHref(ServerRequest request) {
        return request.servletRequest().getContextPath() + paths.selectUser();
    }

    /** Only same-origin absolute paths are followed, so the picker is no open redirect. */
    private static String safeReturn(ServerRequest request) {
        String value = request.param("return").orElse(null);
        if (value == null || !value.startsWith("/") || value.startsWith("//") || value.contains("\\")) {
            return null;
        }
        try {
            URI uri = new URI(value);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? uri.toASCIIString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
