package io.payerid.sandbox.wechat;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenIdDerivationTest {

    private final OpenIdDerivation ids = new OpenIdDerivation("k1");
    private final SandboxWechatApp app1 = new SandboxWechatApp("wx1", "s", List.of(), "open-1");
    private final SandboxWechatApp app2 = new SandboxWechatApp("wx2", "s", List.of(), "open-1");
    private final SandboxWechatApp unbound = new SandboxWechatApp("wx3", "s", List.of(), null);
    private final SandboxUser alice = SandboxUsers.DEFAULTS.get(0);
    private final SandboxUser bob = SandboxUsers.DEFAULTS.get(1);

    @Test
    void openidsLookLikeWechatsAndAreStablePerAppAndUser() {
        assertThat(ids.openId(app1, alice)).matches("o[A-Za-z0-9_-]{27}")
                .isEqualTo(new OpenIdDerivation("k1").openId(app1, alice))
                .isNotEqualTo(ids.openId(app2, alice))
                .isNotEqualTo(ids.openId(app1, bob))
                .isNotEqualTo(new OpenIdDerivation("k2").openId(app1, alice));
    }

    @Test
    void unionidsArePerOpenPlatformAndUser() {
        assertThat(ids.unionId(app1, alice)).isPresent().isEqualTo(ids.unionId(app2, alice));
        assertThat(ids.unionId(app1, alice)).isNotEqualTo(ids.unionId(app1, bob));
        assertThat(ids.unionId(app1, alice).orElseThrow()).isNotEqualTo(ids.openId(app1, alice));
        assertThat(ids.unionId(unbound, alice)).isEmpty();
    }
}
