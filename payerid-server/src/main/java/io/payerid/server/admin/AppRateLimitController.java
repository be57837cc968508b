package io.payerid.server.admin;

import io.payerid.core.ratelimit.AppRateLimitOverrides;
import io.payerid.core.ratelimit.RateLimit;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.server.ratelimit.AppRequestQuota;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An app's own rate limit, replacing {@code payerid.rate-limit.per-app} for that app. */
@RestController
@RequestMapping("/admin/v1/apps/{appId}/rate-limit")
@Tag(name = "Admin: merchant apps")
@SecurityRequirement(name = AdminConfiguration.SECURITY_SCHEME)
class AppRateLimitController {

    /** {@code capacity} requests per {@code periodSeconds}; a burst of {@code capacity}, refilled evenly. */
    record SetRateLimit(
            @NotNull @Min(1) @Max(1_000_000_000) Long capacity,
            @NotNull @Min(1) @Max(86_400) Long periodSeconds) {
    }

    private final AppRateLimitOverrides overrides;
    private final AppRequestQuota quota;
    private final AdminLookups lookups;

    AppRateLimitController(AppRateLimitOverrides overrides, AppRequestQuota quota, AdminLookups lookups) {
        this.overrides = overrides;
        this.quota = quota;
        this.lookups = lookups;
    }

    @GetMapping
    @Operation(summary = "The app's rate limit (its own, or the default)")
    AppRateLimitView get(@PathVariable String appId) {
        return AppRateLimitView.of(lookups.app(appId), quota);
    }

    @PutMapping
    @Operation(summary = "Set the app's own rate limit",
            description = "capacity requests per periodSeconds (1 to 86400), as a token bucket: a burst of capacity,"
                    + " refilled evenly. Other nodes apply it within 5 seconds; the app's bucket starts full.")
    AppRateLimitView put(@PathVariable String appId, @Valid @RequestBody SetRateLimit body) {
        MerchantApp app = lookups.app(appId);
        overrides.put(app.id(), new RateLimit(body.capacity(), Duration.ofSeconds(body.periodSeconds())));
        quota.overrideChanged(app);
        return AppRateLimitView.of(app, quota);
    }

    @DeleteMapping
    @Operation(summary = "Remove the app's own rate limit (back to the default)")
    AppRateLimitView remove(@PathVariable String appId) {
        MerchantApp app = lookups.app(appId);
        overrides.remove(app.id());
        quota.overrideChanged(app);
        return AppRateLimitView.of(app, quota);
    }
}
