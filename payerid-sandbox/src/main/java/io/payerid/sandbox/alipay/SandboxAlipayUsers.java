package io.payerid.sandbox.alipay;

import java.util.List;

import io.payerid.sandbox.support.PayerRoster;

/** The sandbox Alipay payers a tester can "be", in display order. */
public class SandboxAlipayUsers extends PayerRoster<SandboxAlipayUser> {

    /** Used when {@code payerid.sandbox.alipay.users} is empty. */
    static final List<SandboxAlipayUser> DEFAULTS = List.of(
            new SandboxAlipayUser("alice", "爱丽丝", "F", "上海", "上海市",
                    "https://tfs.alipayobjects.com/images/partner/sandbox/alice.png"),
            new SandboxAlipayUser("bob", "鲍勃", "M", "广东省", "深圳市", ""));

    public SandboxAlipayUsers(List<SandboxAlipayUser> configured) {
        super(configured, DEFAULTS, "sandbox Alipay user");
    }
}
