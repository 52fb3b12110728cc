package org.dialoguetracker.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.dialoguetracker.followup.FollowUpService;
import org.dialoguetracker.followup.FollowUpStatistics.FollowUpOutlook;
import org.dialoguetracker.followup.FollowUpStatistics;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.recommendation.RecommendationStatistics.LiveCounts;
import org.dialoguetracker.recommendation.RecommendationStatistics;
import org.dialoguetracker.shared.DataVersions.Counter;
import org.dialoguetracker.shared.DataVersions;
import org.dialoguetracker.shared.Role;
import org.dialoguetracker.shared.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * What the dashboard keeps is keyed by both data versions and by the day: the counts and lists that depend on the
 * date (overdue, due soon, upcoming, recent, the timeline's today) are made again on the next day, with that day, even
 * if no data changed. The integration tests (DashboardCacheTest) change the data; here the clock moves. The service
 * and its parts run in a small context with Spring's cache, whose caches are emptied before each test.
 */
@SpringJUnitConfig
class DashboardServiceTest {

    private static final Instant MORNING = Instant.parse("2031-03-10T08:00:00Z");

    private static final LocalDate DAY = LocalDate.of(2031, 3, 10);

    @Autowired
    SettableClock clock;

    @MockitoBean
    DataVersions dataVersions;

    @MockitoBean
    RecommendationStatistics recommendations;

    @MockitoBean
    FollowUpStatistics followUpStatistics;

    @MockitoBean
    FollowUpService followUps;

    @MockitoBean
    MeetingService meetings;

    @MockitoBean
    DashboardCharts charts;

    @Autowired
    CacheManager caches;

    @Autowired
    DashboardService dashboards;

    private final Viewer researcher = new Viewer("researcher", Role.RESEARCHER);

    @BeforeEach
    void collaborators() {
        clock.set(MORNING);
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
        versions(7, 3);
        when(recommendations.countLive()).thenReturn(new LiveCounts(Map.of(), List.of()));
        when(followUpStatistics.outlook(any())).thenReturn(new FollowUpOutlook(1, 2, 3, 4, 5));
    }

    @Test
    void the_next_day_counts_again_for_that_day() {
        dashboards.dashboard(researcher);
        clock.set(MORNING.plusSeconds(10 * 3600));
        dashboards.dashboard(researcher);
        verifyCounted(DAY, 1);

        clock.set(MORNING.plusSeconds(16 * 3600 + 1));
        dashboards.dashboard(researcher);
        verifyCounted(DAY.plusDays(1), 1);
        verify(recommendations, times(2)).countLive();
        verify(meetings, times(2)).count();
    }

    @Test
    void a_change_of_either_version_counts_again() {
        dashboards.dashboard(researcher);
        dashboards.dashboard(researcher);
        verifyCounted(DAY, 1);

        versions(7, 4);
        dashboards.dashboard(researcher);
        verifyCounted(DAY, 2);

        versions(8, 4);
        dashboards.dashboard(researcher);
        dashboards.dashboard(researcher);
        verifyCounted(DAY, 3);
        verify(recommendations, times(3)).countLive();
        verify(meetings, times(3)).count();
    }

    @Test
    void each_role_gets_its_own_overdue_list_and_shares_the_rest() {
        Viewer organiser = new Viewer("organiser", Role.ORGANISER);
        dashboards.dashboard(researcher);
        dashboards.dashboard(new Viewer("another-researcher", Role.RESEARCHER));
        dashboards.dashboard(organiser);
        verify(followUps, times(1)).overdue(DAY, DashboardService.OVERDUE_LISTED, researcher);
        verify(followUps, times(1)).overdue(DAY, DashboardService.OVERDUE_LISTED, organiser);
        verify(recommendations, times(1)).countLive();
    }

    /** Everything the dashboard shows that depends on the date was made {@code times} times for this day. */
    private void verifyCounted(LocalDate day, int times) {
        verify(followUpStatistics, times(times)).outlook(day);
        verify(meetings, times(times)).upcoming(day, DashboardService.MEETINGS_LISTED);
        verify(meetings, times(times)).recent(day, DashboardService.MEETINGS_LISTED);
        verify(charts, times(times)).charts(any(), any(), eq(day));
        verify(followUps, times(times)).overdue(day, DashboardService.OVERDUE_LISTED, researcher);
    }

    private void versions(long recommendations, long followUps) {
        when(dataVersions.now(Counter.RECOMMENDATIONS, Counter.FOLLOW_UPS))
                .thenReturn(new long[] { recommendations, followUps });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableCaching
    @Import({ DashboardService.class, DashboardParts.class })
    static class Context {

        @Bean
        CacheManager cacheManager() {
            return new CaffeineCacheManager(DashboardCaches.OVERVIEWS, DashboardCaches.OVERDUE);
        }

        @Bean
        SettableClock clock() {
            return new SettableClock(MORNING);
        }
    }

    /** A clock that stands still until moved. */
    private static final class SettableClock extends Clock {

        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
