package io.payerid.sandbox.wechat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sandbox payers a tester can "be", in display order. */
public class SandboxUsers {

    /** Used when {@code payerid.sandbox.wechat.users} is empty. */
    static final List<SandboxUser> DEFAULTS = List.of(
            new SandboxUser("alice", "爱丽丝", 2, "上海", "上海", "CN", "", false),
            new SandboxUser("bob", "鲍勃", 1, "广东", "深圳", "CN", "", false),
            // WeChat gives snapshot-mode virtual accounts the placeholder nickname 微信用户.
            new SandboxUser("snapshot", "微信用户", 0, "", "", "", "", true));

    private final Map<String, SandboxUser> byId = new LinkedHashMap<>();

    public SandboxUsers(List<SandboxUser> configured) {
        for (SandboxUser user : configured.isEmpty() ? DEFAULTS : configured) {
            if (byId.putIfAbsent(user.id(), user) != null) {
                throw new IllegalArgumentException("duplicate sandbox user id: " + user.id());
            }
        }
    }

    public List<SandboxUser> all() {
        return List.copyOf(byId.values());
    }

    public Optional<SandboxUser> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }
}
