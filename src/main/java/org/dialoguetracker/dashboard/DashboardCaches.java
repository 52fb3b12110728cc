package org.dialoguetracker.dashboard;

import org.dialoguetracker.shared.KeptCache;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the dashboard keeps per data versions and day, with its default bounds; see {@link DashboardParts}. */
@Configuration(proxyBeanMethods = false)
class DashboardCaches {

    /** What every reader sees; a few kilobytes each, one per versions and day in use. */
    static final String OVERVIEWS = "dashboard-overviews";

    /** The overdue actions, as readers of each role see their owners. */
    static final String OVERDUE = "dashboard-overdue";

    @Bean
    KeptCache dashboardOverviews() {
        return KeptCache.sized(OVERVIEWS, 4);
    }

    @Bean
    KeptCache dashboardOverdue() {
        return KeptCache.sized(OVERDUE, 12);
    }
}
