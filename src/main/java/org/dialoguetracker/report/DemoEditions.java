package org.dialoguetracker.report;

import java.util.List;
import java.util.function.Supplier;

import org.dialoguetracker.account.DemoMode;
import org.dialoguetracker.shared.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, once the demo data is loaded (demo's loader runs just before), gives each published demo meeting
 * (London and Moscow) its report's edition 1, through the workflow's own services: the draft generated from the
 * records, signed off in both languages by both leads ({@code organiser} for the UK, {@code organiser-ru} for
 * Russia), published by {@code organiser}. A database that holds any report draft is left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DemoEditions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEditions.class);

    private final DemoMode demoMode;

    private final JdbcTemplate jdbc;

    private final TransactionTemplate transaction;

    private final ReportDraftService drafting;

    private final SignOffService signOffs;

    private final PublishingService publishing;

    private final ReportSectionRepository sections;

    DemoEditions(DemoMode demoMode, JdbcTemplate jdbc, TransactionTemplate transaction, ReportDraftService drafting,
            SignOffService signOffs, PublishingService publishing, ReportSectionRepository sections) {
        this.demoMode = demoMode;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.drafting = drafting;
        this.signOffs = signOffs;
        this.publishing = publishing;
        this.sections = sections;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            // one instance at a time, as the demo data's loader
            jdbc.execute("lock table report_draft in exclusive mode");
            Integer drafts = jdbc.queryForObject("select count(*) from report_draft", Integer.class);
            if (drafts != null && drafts > 0) {
                return;
            }
            List<Long> meetings = jdbc.queryForList("""
                    select m.id from meeting m join dialogue d on d.id = m.dialogue_id
                     where m.status = 'REPORT_PUBLISHED' and d.uk_lead_id is not null and d.russia_lead_id is not null
                     order by m.start_date, m.id""", Long.class);
            for (Long meeting : meetings) {
                publish(meeting);
            }
            if (!meetings.isEmpty()) {
                log.info("Published edition 1 of the demo meetings' reports: {}", meetings);
            }
        });
    }

    private void publish(Long meetingId) {
        ReportLeads leads = leads(meetingId);
        Long draftId = as(leads.uk(), () -> drafting.start(meetingId, KeyPointGrouping.BY_SESSION, leads.uk()));
        for (String language : SignOffService.LANGUAGES) {
            String hash = ContentHash.of(sections.findByDraftId(draftId), language);
            as(leads.uk(), () -> sign(meetingId, language, Side.UK, hash, leads.uk()));
            as(leads.russia(), () -> sign(meetingId, language, Side.RUSSIA, hash, leads.russia()));
        }
        as(leads.uk(), () -> publishing.publish(meetingId, 1, null, leads.uk()));
    }

    private Object sign(Long meetingId, String language, Side side, String hash, String username) {
        signOffs.sign(meetingId, language, side, hash, username);
        return null;
    }

    private ReportLeads leads(Long meetingId) {
        return jdbc.queryForObject("""
                select uk.username, ru.username from meeting m join dialogue d on d.id = m.dialogue_id
                  join app_user uk on uk.id = d.uk_lead_id join app_user ru on ru.id = d.russia_lead_id
                 where m.id = ?""", (rs, row) -> new ReportLeads(rs.getString(1), rs.getString(2)), meetingId);
    }

    /** Runs a step as that user, so that the audit trail names them as it would had they clicked. */
    private static <T> T as(String username, Supplier<T> step) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        try {
            return step.get();
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    private record ReportLeads(String uk, String russia) {
    }
}
