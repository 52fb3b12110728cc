package org.dialoguetracker.notification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.validate.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dialoguetracker.meeting.MeetingDetails;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.participant.AttendanceStatus;
import org.dialoguetracker.participant.ParticipantDetails;
import org.dialoguetracker.participant.ParticipantInvited;
import org.dialoguetracker.participant.ParticipantService;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * The invitation mail of a participant invited to a meeting, with the meeting in a calendar entry (ICS, METHOD:REQUEST,
 * all-day dates: meetings have days, not hours), in the participant's language. It reacts to the participant module's
 * {@link ParticipantInvited} after the invitation committed, once per invitation (the sent log), and not for an
 * invitation recorded as attended or declined, nor to a participant without an address or who unsubscribed.
 */
@Service
public class Invitations {

    private static final Logger log = LoggerFactory.getLogger(Invitations.class);

    private final ParticipantService participants;

    private final MeetingService meetings;

    private final Recipients recipients;

    private final MailRenderer renderer;

    private final Outbox outbox;

    private final NotificationProperties properties;

    private final Clock clock;

    Invitations(ParticipantService participants, MeetingService meetings, Recipients recipients,
            MailRenderer renderer, Outbox outbox, NotificationProperties properties, Clock clock) {
        this.participants = participants;
        this.meetings = meetings;
        this.recipients = recipients;
        this.renderer = renderer;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ParticipantInvited event) {
        if (event.status() != AttendanceStatus.INVITED && event.status() != AttendanceStatus.CONFIRMED) {
            return;
        }
        ParticipantDetails participant = participants.details(event.participantId());
        if (!MailText.deliverable(participant.email()) || participant.archived()
                || recipients.unsubscribed(participant.email(), MailKind.INVITATION)) {
            return;
        }
        MeetingDetails meeting = meetings.details(event.meetingId());
        outbox.enqueueOnce("attendance:" + event.attendanceId(), "meeting:" + event.meetingId(),
                render(participant, meeting)).ifPresent(id -> log.info(
                        "Invitation of participant {} to meeting {} enqueued (mail {})", participant.id(),
                        meeting.id(), id));
    }

    MailMessage render(ParticipantDetails participant, MeetingDetails meeting) {
        String language = MailText.languageOf(participant.side());
        String title = MailText.text(meeting.title(), language);
        String place = place(meeting, language);
        String dates = MailText.date(meeting.startDate(), language)
                + (meeting.endDate() != null && !meeting.endDate().equals(meeting.startDate())
                        ? " – " + MailText.date(meeting.endDate(), language) : "");
        String name = "ru".equals(language) && participant.nameCyrillic() != null && !participant.nameCyrillic().isBlank()
                ? participant.nameCyrillic() : participant.nameLatin();
        java.util.HashMap<String, Object> variables = new java.util.HashMap<>();
        variables.put("participantName", name);
        variables.put("meetingTitle", title);
        variables.put("dates", dates);
        variables.put("place", place);
        variables.put("dialogue", MailText.text(meeting.dialogue(), language));
        variables.put("rule", meeting.attributionRule().name());
        byte[] ics = calendar(meeting.id(), participant.id(), participant.email().strip(), title, place,
                meeting.startDate(), meeting.endDate());
        return renderer.render(MailKind.INVITATION, participant.email().strip(), List.of(), language,
                MailKind.INVITATION, variables,
                List.of(new MailMessage.Attachment("invitation.ics", "text/calendar; charset=UTF-8; method=REQUEST",
                        ics)),
                title);
    }

    private static String place(MeetingDetails meeting, String language) {
        String city = MailText.text(meeting.city(), language);
        String host = MailText.text(meeting.host(), language);
        if (host != null && !host.isBlank() && city != null && !city.isBlank()) {
            return host + ", " + city;
        }
        if (city != null && !city.isBlank()) {
            return city;
        }
        return host == null || host.isBlank() ? null : host;
    }

    /**
     * The calendar entry: one VEVENT whose UID is the same for the same meeting and participant, so that a calendar
     * updates the entry it has rather than adding another; all-day from the first day to the day after the last.
     */
    byte[] calendar(Long meetingId, Long participantId, String address, String summary, String location,
            LocalDate start, LocalDate end) {
        LocalDate last = end == null || end.isBefore(start) ? start : end;
        VEvent event = new VEvent(start, last.plusDays(1), summary);
        event.replace(new DtStamp(clock.instant()));
        event.add(new Uid("meeting-" + meetingId + "-participant-" + participantId + "@" + host()));
        event.add(new Sequence(0));
        if (location != null) {
            event.add(new Location(location));
        }
        event.add(new Description(properties.link("/meetings/" + meetingId)));
        try {
            InternetAddress from = new InternetAddress(properties.from());
            event.add(new Organizer(URI.create("mailto:" + from.getAddress())));
            event.add(new Attendee(URI.create("mailto:" + address)));
        }
        catch (AddressException | IllegalArgumentException e) {
            // an organizer or attendee the calendar could not read is left out; the entry still holds the meeting
        }
        Calendar calendar = new Calendar().withProdId("-//Dialogue Tracker//Notifications//EN").withDefaults()
                .withProperty(ImmutableMethod.REQUEST).withComponent(event).getFluentTarget();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        }
        catch (IOException | ValidationException e) {
            throw new IllegalStateException("the calendar entry of meeting " + meetingId + " could not be written", e);
        }
        return out.toByteArray();
    }

    private String host() {
        try {
            String host = URI.create(properties.baseUrl()).getHost();
            return host == null ? "dialogue-tracker" : host;
        }
        catch (IllegalArgumentException e) {
            return "dialogue-tracker";
        }
    }

    static String ics(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
