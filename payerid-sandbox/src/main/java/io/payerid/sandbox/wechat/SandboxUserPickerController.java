package io.payerid.sandbox.wechat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Chooses which sandbox user the browser "is": {@code GET {base}/users} lists them and
 * {@code GET {base}/users/select?user=ID[&return=PATH]} sets the cookie, then goes back to
 * {@code return} (or to the list).
 */
public class SandboxUserPickerController {

    private final SandboxUsers users;
    private final SandboxWechatPaths paths;

    SandboxUserPickerController(SandboxUsers users, SandboxWechatPaths paths) {
        this.users = users;
        this.paths = paths;
    }

    ServerResponse page(ServerRequest request) {
        return UserPickerPage.render(HttpStatus.OK, users.all(), SandboxUserCookie.read(request, users),
                selectHref(request), safeReturn(request), null);
    }

    ServerResponse select(ServerRequest request) {
        Optional<SandboxUser> user = users.find(request.param("user").orElse(null));
        if (user.isEmpty()) {
            return UserPickerPage.render(HttpStatus.BAD_REQUEST, users.all(), SandboxUserCookie.read(request, users),
                    selectHref(request), safeReturn(request), "没有这个沙箱用户");
        }
        String returnTo = safeReturn(request);
        String target = returnTo != null ? returnTo : request.servletRequest().getContextPath() + paths.users();
        return ServerResponse.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, target)
                .header(HttpHeaders.SET_COOKIE, SandboxUserCookie.setCookieHeader(user.get()))
                .build();
    }

    private String selectHref(ServerRequest request) {
        return request.servletRequest().getContextPath() + paths.selectUser();
    }

    /**
     * Only same-origin absolute paths are followed, so the picker cannot be used as an open
     * redirect ("//evil.example", "/\evil.example" and header-splitting characters are dropped).
     * The path is returned in ASCII form, since Tomcat drops a Location it cannot encode.
     */
    private static String safeReturn(ServerRequest request) {
        String value = request.param("return").orElse(null);
        if (value == null || !value.startsWith("/") || value.startsWith("//") || value.contains("\\")) {
            return null;
        }
        try {
            URI uri = new URI(value);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? uri.toASCIIString() : null;
        } catch (URISyntaxException e) {
            // Includes control characters and spaces: nothing a browser-made link would contain.
            return null;
        }
    }
}
