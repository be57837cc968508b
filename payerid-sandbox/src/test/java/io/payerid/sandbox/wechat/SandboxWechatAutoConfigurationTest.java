package io.payerid.sandbox.wechat;

import io.payerid.sandbox.faults.SandboxFaultsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.web.servlet.function.RouterFunction;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxWechatAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SandboxFaultsAutoConfiguration.class, SandboxWechatAutoConfiguration.class));

    @Test
    void absentUnlessTheSandboxIsEnabled() {
        runner.run(context -> assertThat(context).doesNotHaveBean(RouterFunction.class)
                .doesNotHaveBean(SandboxWechatApps.class));
        runner.withPropertyValues("payerid.sandbox.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(RouterFunction.class));
    }

    @Test
    void enabledWithDefaultUsersAndConfiguredApps() {
        runner.withPropertyValues("payerid.sandbox.enabled=true",
                        "payerid.sandbox.wechat.apps[0].appid=wxcfg",
                        "payerid.sandbox.wechat.apps[0].secret=s",
                        "payerid.sandbox.wechat.apps[0].auth-domains=a.example,b.example")
                .run(context -> {
                    assertThat(context.getBeansOfType(RouterFunction.class))
                            .containsOnlyKeys("sandboxFaultRoutes", "sandboxWechatRoutes", "sandboxWechatBaseApiRoutes",
                                    "sandboxWechatMiniProgramRoutes", "sandboxWechatComponentRoutes");
                    assertThat(context.getBean(SandboxUsers.class).all()).extracting(SandboxUser::id)
                            .containsExactly("alice", "bob", "snapshot");
                    assertThat(context.getBean(SandboxWechatApps.class).find("wxcfg")).hasValueSatisfying(app ->
                            assertThat(app.authDomains()).containsExactly("a.example", "b.example"));
                });
    }

    @Test
    void configuredUsersReplaceTheDefaults() {
        runner.withPropertyValues("payerid.sandbox.enabled=true",
                        "payerid.sandbox.wechat.users[0].id=carol",
                        "payerid.sandbox.wechat.users[0].nickname=卡罗尔",
                        "payerid.sandbox.wechat.users[0].sex=2")
                .run(context -> assertThat(context.getBean(SandboxUsers.class).all())
                        .containsExactly(new SandboxUser("carol", "卡罗尔", 2, "", "", "", "", false)));
    }

    @Test
    void aMalformedBasePathFailsAtStartup() {
        runner.withPropertyValues("payerid.sandbox.enabled=true", "payerid.sandbox.wechat.base-path=/sandbox/")
                .run(context -> assertThat(context).hasFailed());
    }
}
