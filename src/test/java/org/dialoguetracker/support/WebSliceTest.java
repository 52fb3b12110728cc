package org.dialoguetracker.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;

import org.dialoguetracker.report.ReportDrafts;
import org.dialoguetracker.account.DemoMode;
import org.dialoguetracker.briefing.BriefingDocuments;
import org.dialoguetracker.briefing.BriefingService;
import org.dialoguetracker.account.UserAdministration;
import org.dialoguetracker.analysis.FeasibilityOutcomes;
import org.dialoguetracker.analysis.PositionsService;
import org.dialoguetracker.audit.AuditTrail;
import org.dialoguetracker.document.DocumentService;
import org.dialoguetracker.followup.FollowUpEditing;
import org.dialoguetracker.followup.FollowUpService;
import org.dialoguetracker.imports.BulkStatusUpdate;
import org.dialoguetracker.imports.ImportPlans;
import org.dialoguetracker.meeting.DialogueEditing;
import org.dialoguetracker.meeting.MeetingEditing;
import org.dialoguetracker.meeting.MeetingHistory;
import org.dialoguetracker.meeting.MeetingLifecycle;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.participant.AttendanceEditing;
import org.dialoguetracker.participant.AttendanceTools;
import org.dialoguetracker.participant.AttendanceService;
import org.dialoguetracker.participant.InstitutionEditing;
import org.dialoguetracker.participant.InstitutionService;
import org.dialoguetracker.participant.ParticipantEditing;
import org.dialoguetracker.participant.ParticipantService;
import org.dialoguetracker.recommendation.RecommendationEditing;
import org.dialoguetracker.recommendation.RecommendationHistory;
import org.dialoguetracker.recommendation.RecommendationSearch;
import org.dialoguetracker.recommendation.RecommendationService;
import org.dialoguetracker.report.ReportDrafts;
import org.dialoguetracker.shared.history.HistoryService;
import org.dialoguetracker.shared.web.PageCache;
import org.dialoguetracker.statement.StatementEditing;
import org.dialoguetracker.statement.StatementSearch;
import org.dialoguetracker.statement.StatementService;
import org.dialoguetracker.topic.TopicEditing;
import org.dialoguetracker.topic.TopicService;
import org.mockito.Mockito;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The pages' web layer without a database: the controllers of the modules' pages with the app's own security chain
 * and every module's access rules, message bundles, form binding, error pages, layout and filters, over Mockito mocks
 * of the modules' services, which each test tells what to answer. For the common cases of a page (what a refused
 * form shows, which status an unknown id or an unreadable parameter gets, who may see what), in a second or two
 * rather than with the whole application; the flows through the services stay {@link IntegrationTest}s.
 * <p>
 * Every class with this annotation and no other configuration shares one application context. Left out: the JSON
 * API, the exports, the report, the backups, the dashboard, the notifications and the minutes, whose controllers use services of their
 * own package, and the filter that answers a database out of reach (there is none).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = {
                "org\\.dialoguetracker\\.account\\.SecurityConfiguration",
                "org\\.dialoguetracker\\.[a-z]+\\.[A-Za-z]+Access",
                "org\\.dialoguetracker\\.shared\\.(MessageBundles|ErrorPages|ClockConfiguration|StandalonePages)",
                "org\\.dialoguetracker\\.shared\\.web\\.(SignedIn|TemplateExpressions|Times)" }),
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = {
                "org\\.dialoguetracker\\.(api|export|report|backup|dashboard|review|notification)\\..*",
                "org\\.dialoguetracker\\.statement\\.web\\..*",
                "org\\.dialoguetracker\\.shared\\.DatabaseUnavailable" }))
@Import(WebSliceTest.Slice.class)
@MockitoBean(types = { DemoMode.class, UserAdministration.class, AuditTrail.class, FollowUpEditing.class,
        FollowUpService.class, BulkStatusUpdate.class, MeetingEditing.class, MeetingHistory.class, MeetingService.class,
        MeetingLifecycle.class, DialogueEditing.class, ReportDrafts.class,
        AttendanceEditing.class, AttendanceService.class, InstitutionEditing.class, InstitutionService.class,
        ParticipantEditing.class, ParticipantService.class, RecommendationEditing.class, RecommendationHistory.class,
        RecommendationSearch.class, RecommendationService.class, HistoryService.class, StatementEditing.class,
        StatementSearch.class, StatementService.class, TopicEditing.class, TopicService.class, JdbcTemplate.class,
        PositionsService.class, FeasibilityOutcomes.class, ImportPlans.class, AttendanceTools.class,
        BriefingService.class, BriefingDocuments.class, DocumentService.class })
public @interface WebSliceTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Slice {

        /** The kept pages, always rendered afresh: what a page shows comes from the mocks of the test. */
        @Bean
        PageCache pageCache() {
            return Mockito.mock(PageCache.class, invocation -> "view".equals(invocation.getMethod().getName())
                    ? ((Supplier<?>) invocation.getArgument(3)).get() : null);
        }

        /** Where a login goes; the slice's tests sign in with {@code user(...)}, not through the form. */
        @Bean
        AuthenticationSuccessHandler loginSuccess() {
            return new SavedRequestAwareAuthenticationSuccessHandler();
        }
    }
}
