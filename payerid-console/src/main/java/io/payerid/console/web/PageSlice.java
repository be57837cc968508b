package io.payerid.console.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** One page of a searched list: the items, the page number (from 0) and whether there is a next page. */
public record PageSlice<T>(List<T> items, int page, boolean hasNext, String query) {

    public static final int SIZE = 20;

    /** Keeps the items whose key contains {@code query} (case-insensitive) and cuts page {@code page} out of them. */
    public static <T> PageSlice<T> of(List<T> all, String query, int page, Function<T, String> key) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        List<T> matching = all.stream().filter(t -> key.apply(t).toLowerCase(Locale.ROOT).contains(q)).toList();
        int p = Math.max(0, page);
        int from = (int) Math.min((long) p * SIZE, matching.size());
        int to = Math.min(from + SIZE, matching.size());
        return new PageSlice<>(matching.subList(from, to), p, to < matching.size(), q);
    }
}
