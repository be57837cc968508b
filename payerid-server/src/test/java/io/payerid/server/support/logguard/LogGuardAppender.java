package io.payerid.server.support.logguard;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;

/**
 * Hands every log event, with its log context and whole stack trace text, to {@link LogGuard}; configured in
 * logback-test.xml.
 */
public class LogGuardAppender extends AppenderBase<ILoggingEvent> {

    @Override
    protected void append(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage() == null ? "" : event.getFormattedMessage());
        // The log context (request id, flow id) reaches JSON logs as fields: guarded like the message.
        event.getMDCPropertyMap().forEach((key, value) -> text.append(' ').append(key).append('=').append(value));
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            text.append('\n').append(ThrowableProxyUtil.asString(thrown));
        }
        LogGuard.record(event.getLoggerName(), event.getLevel().toString(), text.toString());
    }
}
