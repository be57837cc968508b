package io.payerid.sandbox.unionpay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sandbox payers a tester can "be" at userAuth, in display order. */
public class SandboxCardholders {

    /** Used when {@code payerid.sandbox.unionpay.users} is empty. */
    static final List<SandboxCardholder> DEFAULTS = List.of(
            new SandboxCardholder("alice", "爱丽丝"),
            new SandboxCardholder("bob", "鲍勃"));

    private final Map<String, SandboxCardholder> byId = new LinkedHashMap<>();

    public SandboxCardholders(List<SandboxCardholder> configured) {
        for (SandboxCardholder cardholder : configured.isEmpty() ? DEFAULTS : configured) {
            if (byId.putIfAbsent(cardholder.id(), cardholder) != null) {
                throw new IllegalArgumentException("duplicate sandbox cardholder id: " + cardholder.id());
            }
        }
    }

    public List<SandboxCardholder> all() {
        return List.copyOf(byId.values());
    }

    public Optional<SandboxCardholder> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }
}
