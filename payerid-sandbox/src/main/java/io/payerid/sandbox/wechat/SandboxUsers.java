package io.payerid.sandbox.wechat;

import java.util.List;

import io.payerid.sandbox.support.PayerRoster;

/** The sandbox payers a tester can "be", in display order. */
public class SandboxUsers extends PayerRoster<SandboxUser> {

    /** Used when {@code payerid.sandbox.wechat.users} is empty. */
    static final List<SandboxUser> DEFAULTS = List.of(
            new SandboxUser("alice", "爱丽丝", 2, "上海", "上海", "CN", "", false),
            new SandboxUser("bob", "鲍勃", 1, "广东", "深圳", "CN", "", false),
            // WeChat gives snapshot-mode virtual accounts the placeholder nickname 微信用户.
            new SandboxUser("snapshot", "微信用户", 0, "", "", "", "", true));

    public SandboxUsers(List<SandboxUser> configured) {
        super(configured, DEFAULTS, "sandbox user");
    }
}
