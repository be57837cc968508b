package io.payerid.console.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One chart over time as SVG geometry for the template (the console has no JavaScript, so charts are inline SVG
 * drawn on the server): a polyline per series and, for bar charts, one rectangle per bin of the first series.
 * Coordinates are in a fixed {@link #WIDTH} x {@link #HEIGHT} view box that the page scales to its width.
 */
record TimeChart(List<Line> lines, List<Bar> bars, long max, String firstLabel, String lastLabel) {

    static final int WIDTH = 600;
    static final int HEIGHT = 160;
    private static final String[] COLOURS = {"#1f6feb", "#2da44e", "#d4a72c", "#cf222e", "#8250df", "#57606a"};

    record Line(String name, String colour, String points) {
    }

    record Bar(double x, double y, double width, double height) {
    }

    /** A line per series; {@code series} maps a name to one value per bin. */
    static TimeChart lines(Map<String, long[]> series, String firstLabel, String lastLabel) {
        long max = max(series);
        List<Line> lines = new ArrayList<>();
        int colour = 0;
        for (Map.Entry<String, long[]> entry : series.entrySet()) {
            long[] values = entry.getValue();
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                points.append(format(x(i, values.length))).append(',').append(format(y(values[i], max))).append(' ');
            }
            lines.add(new Line(entry.getKey(), COLOURS[colour++ % COLOURS.length], points.toString().trim()));
        }
        return new TimeChart(lines, List.of(), max, firstLabel, lastLabel);
    }

    /** A bar per bin. */
    static TimeChart bars(long[] values, String firstLabel, String lastLabel) {
        long max = max(Map.of("", values));
        double slot = (double) WIDTH / Math.max(1, values.length);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            double top = y(values[i], max);
            bars.add(new Bar(i * slot + slot * 0.1, top, slot * 0.8, HEIGHT - top));
        }
        return new TimeChart(List.of(), bars, max, firstLabel, lastLabel);
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public boolean empty() {
        return max == 0;
    }

    private static long max(Map<String, long[]> series) {
        long max = 0;
        for (long[] values : series.values()) {
            for (long value : values) {
                max = Math.max(max, value);
            }
        }
        return max;
    }

    private static double x(int bin, int bins) {
        return bins <= 1 ? 0 : (double) bin * WIDTH / (bins - 1);
    }

    /** Leaves a 4-unit margin at the top so the highest point's stroke is not cut. */
    private static double y(long value, long max) {
        return max == 0 ? HEIGHT : HEIGHT - (double) value * (HEIGHT - 4) / max;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
