package io.payerid.server.probe;

import io.payerid.console.port.ChannelProbes;
import io.payerid.console.port.ProbeAnswer;
import io.payerid.console.port.ProbeOutcome;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The console's test button: the saved configuration's kind picks its probe; every failure becomes an outcome. */
class ConsoleChannelProbes implements ChannelProbes {

    private final Map<ChannelKind, ChannelProbe> probes = new EnumMap<>(ChannelKind.class);

    ConsoleChannelProbes(List<ChannelProbe> probes) {
        probes.forEach(p -> this.probes.put(p.kind(), p));
    }

    @Override
    public ProbeAnswer probe(ChannelConfig saved) {
        ChannelProbe probe = probes.get(saved.kind());
        if (probe == null) {
            return new ProbeAnswer(ProbeOutcome.INCOMPLETE, "the console has no test for " + saved.kind());
        }
        try {
            probe.requireComplete(saved);
        } catch (PayerIdException e) {
            return new ProbeAnswer(ProbeOutcome.INCOMPLETE, ProbeVerdicts.withoutSecrets(e.detail(), saved));
        } catch (IllegalArgumentException e) {
            return new ProbeAnswer(ProbeOutcome.INCOMPLETE, ProbeVerdicts.withoutSecrets(e.getMessage(), saved));
        }
        try {
            return new ProbeAnswer(ProbeOutcome.OK, ProbeVerdicts.withoutSecrets(probe.call(saved), saved));
        } catch (PayerIdException e) {
            return ProbeVerdicts.of(e, saved);
        }
    }
}
