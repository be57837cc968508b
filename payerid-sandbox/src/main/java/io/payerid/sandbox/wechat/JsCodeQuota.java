package io.payerid.sandbox.wechat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * jscode2session's frequency limit: WeChat allows each user {@code limit} calls per minute (documented: 100)
 * and answers 45011 beyond that. Counted per (appid, user, clock minute), so a test moving the clock a minute on
 * gets a fresh quota.
 */
public class JsCodeQuota {

    private final Clock clock;
    private final int limit;
    private final Cache<String, AtomicInteger> counts = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(2))
            .maximumSize(100_000)
            .build();

    public JsCodeQuota(Clock clock, int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /** Counts one call; false once the user's calls this minute exceed the limit. */
    public boolean take(String appid, String userId) {
        long minute = clock.instant().getEpochSecond() / 60;
        AtomicInteger count = counts.get(appid + ":" + userId + ":" + minute, key -> new AtomicInteger());
        return count.incrementAndGet() <= limit;
    }
}
