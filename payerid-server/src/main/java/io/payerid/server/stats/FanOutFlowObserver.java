package io.payerid.server.stats;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.flow.FlowContext;
import io.payerid.core.flow.FlowObserver;
import io.payerid.core.tenant.ChannelKind;
import java.util.List;

/** Tells every observer (the Micrometer metrics and the dashboard's counters) what the flow reports. */
public record FanOutFlowObserver(List<FlowObserver> observers) implements FlowObserver {

    public FanOutFlowObserver {
        observers = List.copyOf(observers);
    }

    @Override
    public void started(FlowContext flow) {
        observers.forEach(o -> o.started(flow));
    }

    @Override
    public void completed(FlowContext flow) {
        observers.forEach(o -> o.completed(flow));
    }

    @Override
    public void failed(ChannelKind channel, String dialect, String appId, ErrorCode code) {
        observers.forEach(o -> o.failed(channel, dialect, appId, code));
    }

    @Override
    public void upstreamCall(ChannelKind channel, String api, String outcome, long nanos) {
        observers.forEach(o -> o.upstreamCall(channel, api, outcome, nanos));
    }
}
