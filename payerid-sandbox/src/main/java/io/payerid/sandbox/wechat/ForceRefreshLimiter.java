package io.payerid.sandbox.wechat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code stable_token}'s limits on {@code force_refresh=true}: at most {@value #PER_DAY} a day per app
 * (a China-time calendar day) and at least {@link #MIN_SPACING} apart. A refused force is not an error:
 * WeChat then simply answers with the current token.
 */
class ForceRefreshLimiter {

    static final int PER_DAY = 20;
    static final Duration MIN_SPACING = Duration.ofSeconds(30);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private record Usage(LocalDate day, int count, Instant last) {
    }

    private final Map<String, Usage> usageByAppid = new HashMap<>();

    /** True, and counted, when a forced refresh is allowed for the app now. */
    synchronized boolean tryAcquire(String appid, Instant now) {
        LocalDate today = now.atZone(CHINA).toLocalDate();
        Usage usage = usageByAppid.get(appid);
        int usedToday = usage == null || !usage.day().equals(today) ? 0 : usage.count();
        boolean tooSoon = usage != null && now.isBefore(usage.last().plus(MIN_SPACING));
        if (usedToday >= PER_DAY || tooSoon) {
            return false;
        }
        usageByAppid.put(appid, new Usage(today, usedToday + 1, now));
        return true;
    }
}
