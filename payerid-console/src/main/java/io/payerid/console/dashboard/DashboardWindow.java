package io.payerid.console.dashboard;

import java.time.Duration;

/** The dashboard's time ranges and the bin width each one is charted in (about 30-60 points a chart). */
enum DashboardWindow {

    HOUR("1h", Duration.ofHours(1), Duration.ofMinutes(1)),
    DAY("24h", Duration.ofHours(24), Duration.ofMinutes(30)),
    WEEK("7d", Duration.ofDays(7), Duration.ofHours(6));

    private final String param;
    private final Duration length;
    private final Duration bin;

    DashboardWindow(String param, Duration length, Duration bin) {
        this.param = param;
        this.length = length;
        this.bin = bin;
    }

    public String param() {
        return param;
    }

    long binMillis() {
        return bin.toMillis();
    }

    /** The start of the first bin: whole bins ending with the one {@code now} is in. */
    long since(long now) {
        long currentBin = now - Math.floorMod(now, binMillis());
        return currentBin - length.toMillis() + binMillis();
    }

    int bins() {
        return (int) (length.toMillis() / binMillis());
    }

    /** The window a request names; anything else is the default (a day), like an absent parameter. */
    static DashboardWindow of(String param) {
        for (DashboardWindow window : values()) {
            if (window.param.equals(param)) {
                return window;
            }
        }
        return DAY;
    }
}
