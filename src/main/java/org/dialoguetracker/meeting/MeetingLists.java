package org.dialoguetracker.meeting;

import java.util.List;

import org.dialoguetracker.shared.KeptCache;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newest meetings as lists show them, kept per data version of the pages (V15), whose triggers cover the meetings,
 * their dialogues and host institutions: the statement search offers the hundred newest as a filter on every view,
 * and loading them (a hundred entities with their dialogue and host) was a fifth of that page's CPU. A bean of its
 * own so that {@link MeetingService}'s calls go through the cache.
 */
@Component
@Transactional(readOnly = true)
class MeetingLists {

    /** The newest meetings by data version and how many; a few dozen kilobytes each. */
    static final String NEWEST = "meeting-newest";

    private final MeetingRepository meetings;

    MeetingLists(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    /** The {@code size} newest meetings as of this data version, newest first. */
    @Cacheable(cacheNames = NEWEST, sync = true)
    public List<MeetingSummary> newest(long dataVersion, int size) {
        return List.copyOf(meetings.findNewestFirst(PageRequest.of(0, size)).map(MeetingSummary::of).getContent());
    }

    @Configuration(proxyBeanMethods = false)
    static class Caches {

        @Bean
        KeptCache meetingNewest() {
            return KeptCache.sized(NEWEST, 20);
        }
    }
}
