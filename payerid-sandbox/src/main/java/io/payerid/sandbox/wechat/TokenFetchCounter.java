package io.payerid.sandbox.wechat;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many base tokens each appid has fetched (both endpoints, successful answers only), so a test can
 * prove that a gateway holds one central token instead of fetching per request.
 */
public class TokenFetchCounter {

    private final Map<String, AtomicLong> fetches = new ConcurrentHashMap<>();

    void record(String appid) {
        fetches.computeIfAbsent(appid, key -> new AtomicLong()).incrementAndGet();
    }

    public long fetchesOf(String appid) {
        AtomicLong count = fetches.get(appid);
        return count == null ? 0 : count.get();
    }

    Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        fetches.forEach((appid, count) -> copy.put(appid, count.get()));
        return copy;
    }
}
