package io.payerid.sandbox.alipay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sandbox Alipay payers a tester can "be", in display order. */
public class SandboxAlipayUsers {

    /** Used when {@code payerid.sandbox.alipay.users} is empty. */
    static final List<SandboxAlipayUser> DEFAULTS = List.of(
            new SandboxAlipayUser("alice", "爱丽丝", "F", "上海", "上海市",
                    "https://tfs.alipayobjects.com/images/partner/sandbox/alice.png"),
            new SandboxAlipayUser("bob", "鲍勃", "M", "广东省", "深圳市", ""));

    private final Map<String, SandboxAlipayUser> byId = new LinkedHashMap<>();

    public SandboxAlipayUsers(List<SandboxAlipayUser> configured) {
        for (SandboxAlipayUser user : configured.isEmpty() ? DEFAULTS : configured) {
            if (byId.putIfAbsent(user.id(), user) != null) {
                throw new IllegalArgumentException("duplicate sandbox Alipay user id: " + user.id());
            }
        }
    }

    public List<SandboxAlipayUser> all() {
        return List.copyOf(byId.values());
    }

    public Optional<SandboxAlipayUser> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }
}
