package io.payerid.sandbox.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The payers a simulator offers, fixed at startup: the configured ones, or the simulator's defaults when
 * none are configured, in display order. Ids must be unique, since the selection cookie carries only the id.
 *
 * @param <P> the simulator's payer type
 */
public class PayerRoster<P extends SandboxPayer> {

    private final Map<String, P> byId = new LinkedHashMap<>();

    /** @param kind how an error message names one payer, e.g. "sandbox user" */
    protected PayerRoster(List<P> configured, List<P> defaults, String kind) {
        for (P payer : configured.isEmpty() ? defaults : configured) {
            if (byId.putIfAbsent(payer.id(), payer) != null) {
                throw new IllegalArgumentException("duplicate " + kind + " id: " + payer.id());
            }
        }
    }

    public List<P> all() {
        return List.copyOf(byId.values());
    }

    public Optional<P> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }
}
