package io.payerid.server.support;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * Encodes log events with Spring Boot's own structured-logging encoder in the ECS format, exactly as
 * {@code payerid.log-format=ecs} does on the console in production, and keeps the JSON lines while a test
 * asks for them ({@link #startCapturing()}...{@link #stopCapturing()}). Configured in logback-test.xml beside the log guard.
 * The encoder is built on first use: it needs the Spring Environment that Boot puts into the logger context
 * when it (re)configures logging, which logback's own early start-up has not got.
 */
public class JsonLogCapture extends AppenderBase<ILoggingEvent> {

    private static final ConcurrentLinkedQueue<String> LINES = new ConcurrentLinkedQueue<>();
    private static volatile boolean capturing;

    private StructuredLogEncoder encoder;

    public static void startCapturing() {
        LINES.clear();
        capturing = true;
    }

    /** The ECS JSON lines logged since {@link #startCapturing()}. */
    public static List<String> lines() {
        return List.copyOf(LINES);
    }

    public static void stopCapturing() {
        capturing = false;
        LINES.clear();
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        if (!capturing) {
            return;
        }
        if (encoder == null) {
            StructuredLogEncoder ecs = new StructuredLogEncoder();
            ecs.setContext(getContext());
            ecs.setFormat("ecs");
            ecs.setCharset(StandardCharsets.UTF_8);
            ecs.start();
            encoder = ecs;
        }
        LINES.add(new String(encoder.encode(event), StandardCharsets.UTF_8).strip());
    }
}
