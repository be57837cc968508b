package io.payerid.core.tenant.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.WhitelistEntry;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CachingTenantDirectoryTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final InMemoryTenantDirectory database = new InMemoryTenantDirectory();
    private final CachingTenantDirectory cache = new CachingTenantDirectory(database,
            new TenantCacheSettings(Duration.ofSeconds(30), 1000, 10, 2), ticker);
    private final Institution institution = new Institution("i1", "ISV1", "机构", null, 0);
    private final Merchant merchant = new Merchant("m1", "i1", "MCH1", "商户", true, 0);
    private final Merchant sibling = new Merchant("m2", "i1", "MCH2", "商户二", true, 0);

    @BeforeEach
    void tenants() {
        database.institutions.put(institution.id(), institution);
        database.merchants.put(merchant.id(), merchant);
        database.merchants.put(sibling.id(), sibling);
        database.apps.put("a1", app("a1", "app_one", "key-1"));
    }

    @Test
    void appByAppIdWhenWarmedThenDatabaseAskedOnce() {
        cache.appByAppId("app_one");
        int afterFirst = database.queries.get();

        for (int i = 0; i < 100; i++) {
            assertThat(cache.appByAppId("app_one")).map(MerchantApp::id).contains("a1");
        }

        assertThat(afterFirst).isEqualTo(1);
        assertThat(database.queries.get()).isEqualTo(1);
    }

    @Test
    void appByAppIdWhenUnknownThenRememberedUntilTheTtl() {
        assertThat(cache.appByAppId("app_nobody")).isEmpty();
        assertThat(cache.appByAppId("app_nobody")).isEmpty();
        assertThat(database.queries.get()).isEqualTo(1);

        nanos.addAndGet(Duration.ofSeconds(31).toNanos());
        assertThat(cache.appByAppId("app_nobody")).isEmpty();
        assertThat(database.queries.get()).isEqualTo(2);
    }

    @Test
    void appByAppIdWhenLongerThanAnyStoredKeyThenUnknownWithoutQuery() {
        assertThat(cache.appByAppId("a".repeat(CachingTenantDirectory.MAX_NATURAL_KEY + 1))).isEmpty();
        assertThat(cache.merchantByMchNo("m".repeat(1000))).isEmpty();
        assertThat(cache.institutionByInstNo("")).isEmpty();
        assertThat(cache.appByAppId(null)).isEmpty();

        assertThat(database.queries.get()).isZero();
    }

    @Test
    void appByAppIdWhenUnknownIdsFloodThenKnownAppsStayCached() {
        cache.appByAppId("app_one");
        for (int i = 0; i < 500; i++) {
            cache.appByAppId("app_flood_" + i);
        }
        int afterFlood = database.queries.get();

        assertThat(cache.appByAppId("app_one")).isPresent();
        assertThat(database.queries.get()).isEqualTo(afterFlood);
    }

    @Test
    void appByAppIdWhenAppChangeThenNewKeyServed() {
        cache.appByAppId("app_one");
        database.apps.put("a1", app("a1", "app_one", "key-2"));

        assertThat(cache.appByAppId("app_one").orElseThrow().signKey().reveal()).isEqualTo("key-1");
        cache.apply(new TenantChange(TenantChange.Scope.APP, "a1"));

        assertThat(cache.appByAppId("app_one").orElseThrow().signKey().reveal()).isEqualTo("key-2");
    }

    @Test
    void appByAppIdWhenCreatedAfterAnUnknownAnswerThenFoundAfterItsChange() {
        assertThat(cache.appByAppId("app_new")).isEmpty();
        database.apps.put("a9", app("a9", "app_new", "key-9"));

        cache.apply(new TenantChange(TenantChange.Scope.APP, "a9"));

        assertThat(cache.appByAppId("app_new")).isPresent();
    }

    @Test
    void appByAppIdWhenChangeArrivesDuringTheLoadThenLoadedRowNotKept() {
        // the load reads the old row, then a write commits and announces itself before the load stores it
        database.duringAppLoad = () -> {
            database.apps.put("a1", app("a1", "app_one", "key-2"));
            cache.apply(new TenantChange(TenantChange.Scope.APP, "a1"));
        };
        assertThat(cache.appByAppId("app_one").orElseThrow().signKey().reveal()).isEqualTo("key-1");

        assertThat(cache.appByAppId("app_one").orElseThrow().signKey().reveal()).isEqualTo("key-2");
    }

    @Test
    void merchantLookupsWhenMerchantChangeThenBothKeysReload() {
        cache.merchantById("m1");
        cache.merchantByMchNo("MCH1");
        database.merchants.put("m1", new Merchant("m1", "i1", "MCH1", "商户", false, 0));

        cache.apply(new TenantChange(TenantChange.Scope.MERCHANT, "m1"));

        assertThat(cache.merchantById("m1")).map(Merchant::enabled).contains(false);
        assertThat(cache.merchantByMchNo("MCH1")).map(Merchant::enabled).contains(false);
    }

    @Test
    void merchantByIdWhenAnotherMerchantChangesThenStillCached() {
        cache.merchantById("m1");
        int before = database.queries.get();

        cache.apply(new TenantChange(TenantChange.Scope.MERCHANT, "m2"));
        cache.merchantById("m1");

        assertThat(database.queries.get()).isEqualTo(before);
    }

    @Test
    void institutionLookupsWhenInstitutionChangeThenBothKeysReload() {
        cache.institutionById("i1");
        cache.institutionByInstNo("ISV1");
        database.institutions.put("i1", new Institution("i1", "ISV1", "改名", null, 0));

        cache.apply(new TenantChange(TenantChange.Scope.INSTITUTION, "i1"));

        assertThat(cache.institutionById("i1")).map(Institution::name).contains("改名");
        assertThat(cache.institutionByInstNo("ISV1")).map(Institution::name).contains("改名");
    }

    @Test
    void effectiveChannelWhenInstitutionChannelsChangeThenEveryMerchantUnderItReloads() {
        database.putChannel(OwnerType.INSTITUTION, "i1", ChannelKind.WECHAT_OA, "wx_old");
        assertThat(appIdOf(cache.effectiveChannel(merchant, ChannelKind.WECHAT_OA).orElseThrow())).isEqualTo("wx_old");
        assertThat(appIdOf(cache.effectiveChannel(sibling, ChannelKind.WECHAT_OA).orElseThrow())).isEqualTo("wx_old");
        database.putChannel(OwnerType.INSTITUTION, "i1", ChannelKind.WECHAT_OA, "wx_new");

        cache.apply(TenantChange.channelsOf(OwnerType.INSTITUTION, "i1"));

        assertThat(appIdOf(cache.effectiveChannel(merchant, ChannelKind.WECHAT_OA).orElseThrow())).isEqualTo("wx_new");
        assertThat(appIdOf(cache.effectiveChannel(sibling, ChannelKind.WECHAT_OA).orElseThrow())).isEqualTo("wx_new");
    }

    @Test
    void effectiveChannelWhenMerchantChannelsChangeThenOnlyThatMerchantReloads() {
        database.putChannel(OwnerType.INSTITUTION, "i1", ChannelKind.WECHAT_OA, "wx_isv");
        cache.effectiveChannel(merchant, ChannelKind.WECHAT_OA);
        cache.effectiveChannel(sibling, ChannelKind.WECHAT_OA);
        database.putChannel(OwnerType.MERCHANT, "m1", ChannelKind.WECHAT_OA, "wx_own");

        cache.apply(TenantChange.channelsOf(OwnerType.MERCHANT, "m1"));
        int before = database.queries.get();

        assertThat(appIdOf(cache.effectiveChannel(merchant, ChannelKind.WECHAT_OA).orElseThrow())).isEqualTo("wx_own");
        assertThat(appIdOf(cache.effectiveChannel(sibling, ChannelKind.WECHAT_OA).orElseThrow())).isEqualTo("wx_isv");
        assertThat(database.queries.get()).isEqualTo(before + 1);
    }

    @Test
    void effectiveChannelWhenNoneConfiguredThenAbsenceCachedToo() {
        assertThat(cache.effectiveChannel(merchant, ChannelKind.ALIPAY)).isEmpty();
        assertThat(cache.effectiveChannel(merchant, ChannelKind.ALIPAY)).isEmpty();

        assertThat(database.queries.get()).isEqualTo(1);
    }

    @Test
    void whitelistWhenWhitelistChangeThenThatMerchantReloads() {
        database.whitelists.put("m1", List.of(new WhitelistEntry("w1", "m1", "https", "shop.example", -1, null)));
        cache.whitelist("m1");
        cache.whitelist("m2");
        database.whitelists.put("m1", List.of());

        cache.apply(new TenantChange(TenantChange.Scope.WHITELIST, "m1"));
        int before = database.queries.get();

        assertThat(cache.whitelist("m1")).isEmpty();
        assertThat(cache.whitelist("m2")).isEmpty();
        assertThat(database.queries.get()).isEqualTo(before + 1);
    }

    @Test
    void lookupsWhenEverythingChangedThenAllReload() {
        cache.appByAppId("app_one");
        cache.merchantById("m1");
        cache.whitelist("m1");
        int before = database.queries.get();

        cache.apply(TenantChange.everything());
        cache.appByAppId("app_one");
        cache.merchantById("m1");
        cache.whitelist("m1");

        assertThat(database.queries.get()).isEqualTo(before + 3);
    }

    @Test
    void lookupsWhenTtlPassedWithoutChangeThenReload() {
        cache.merchantById("m1");
        database.merchants.put("m1", new Merchant("m1", "i1", "MCH1", "商户", false, 0));

        nanos.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(cache.merchantById("m1")).map(Merchant::enabled).contains(true);
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(cache.merchantById("m1")).map(Merchant::enabled).contains(false);
    }

    private static String appIdOf(ChannelConfig channel) {
        return channel.setting("appId").orElseThrow();
    }

    private static MerchantApp app(String id, String appId, String key) {
        return new MerchantApp(id, appId, "m1", Secret.of(key), null, Set.of(SignType.MD5), 0);
    }
}
