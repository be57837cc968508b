package io.payerid.sandbox.faults;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code payerid.sandbox.faults.*}: the start-up {@link FaultPlan} (README "The sandbox"). Defaults: no
 * latency, no errors; {@code error-kind} BUSY, {@code hang} 30 s.
 */
@ConfigurationProperties("payerid.sandbox.faults")
public class SandboxFaultProperties {

    private Duration latency = FaultPlan.NONE.latency();
    private double errorShare = FaultPlan.NONE.errorShare();
    private FaultKind errorKind = FaultPlan.NONE.errorKind();
    private Duration hang = FaultPlan.NONE.hang();

    public FaultPlan plan() {
        return new FaultPlan(latency, errorShare, errorKind, hang);
    }

    public Duration getLatency() {
        return latency;
    }

    public void setLatency(Duration latency) {
        this.latency = latency;
    }

    public double getErrorShare() {
        return errorShare;
    }

    public void setErrorShare(double errorShare) {
        this.errorShare = errorShare;
    }

    public FaultKind getErrorKind() {
        return errorKind;
    }

    public void setErrorKind(FaultKind errorKind) {
        this.errorKind = errorKind;
    }

    public Duration getHang() {
        return hang;
    }

    public void setHang(Duration hang) {
        this.hang = hang;
    }
}
