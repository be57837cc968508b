package io.payerid.console.port;

/**
 * What a channel test found.
 *
 * @param detail the upstream's own code and message or what went wrong, for the operator (no secret: the server
 *               removes the configuration's secret values from it); null when there is nothing to add
 */
public record ProbeAnswer(ProbeOutcome outcome, String detail) {

    public ProbeAnswer {
        if (outcome == null) {
            throw new IllegalArgumentException("a probe answer needs an outcome");
        }
    }
}
