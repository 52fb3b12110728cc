package org.dialoguetracker.meeting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.dialoguetracker.shared.AttributionRule;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.topic.TopicRef;

/**
 * The meeting itself as its page shows it: frame and agenda.
 *
 * @param institutionsListedWithConsent whether the participants agreed that their institutions may be listed in the
 *        report; under the NONE and SIDE rules, what researchers and the report learn of the institutions of those who
 *        attended depends on it (see {@link #institutionsMayBeListed()})
 */
public record MeetingDetails(
        Long id,
        Long dialogueId,
        Bilingual dialogue,
        List<Bilingual> organisers,
        Bilingual title,
        Bilingual city,
        Bilingual host,
        LocalDate startDate,
        LocalDate endDate,
        MeetingFormat format,
        TrackLevel trackLevel,
        AttributionRule attributionRule,
        MeetingStatus status,
        boolean institutionsListedWithConsent,
        Bilingual summary,
        List<AgendaEntry> agenda) {

    static MeetingDetails of(Meeting meeting, List<AgendaItem> agenda) {
        return new MeetingDetails(
                meeting.getId(),
                meeting.getDialogue().getId(),
                meeting.getDialogue().getName(),
                meeting.getDialogue().getOrganisers().stream().map(i -> i.getLabel()).toList(),
                meeting.getTitle(),
                meeting.getCity(),
                meeting.getHostInstitution() == null ? null : meeting.getHostInstitution().getName(),
                meeting.getStartDate(),
                meeting.getEndDate(),
                meeting.getFormat(),
                meeting.getTrackLevel(),
                meeting.getAttributionRule(),
                meeting.getStatus(),
                meeting.isInstitutionsListedWithConsent(),
                meeting.getSummary(),
                agenda.stream().map(AgendaEntry::of).toList());
    }

    /**
     * Whether the institutions of those who attended may be named to researchers and in the report: always when the
     * meeting was on the record (NAMED), under NONE and SIDE only with the participants' recorded consent.
     */
    public boolean institutionsMayBeListed() {
        return attributionRule == AttributionRule.NAMED || institutionsListedWithConsent;
    }

    /** One session of the agenda, with its topics. */
    public record AgendaEntry(Long id, int position, Bilingual title, Bilingual description, List<TopicRef> topics) {

        static AgendaEntry of(AgendaItem item) {
            return new AgendaEntry(item.getId(), item.getPosition(), item.getTitle(), item.getDescription(),
                    item.getTopics().stream().map(TopicRef::of).sorted(Comparator.comparing(TopicRef::slug)).toList());
        }
    }
}
