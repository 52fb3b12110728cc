package org.dialoguetracker.export;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.dialoguetracker.audit.AuditKind;
import org.dialoguetracker.audit.AuditTrail;
import org.dialoguetracker.recommendation.AddressedTo;
import org.dialoguetracker.recommendation.Feasibility;
import org.dialoguetracker.recommendation.RecommendationStatus;
import org.dialoguetracker.system.Downloads;
import org.dialoguetracker.topic.TopicNode;
import org.dialoguetracker.topic.TopicService;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Recommendations as CSV and XLSX, with the filters of {@code /recommendations}, for every role that may read
 * them (recommendations carry no attribution). Written to the response as rows come from the database cursor, so
 * the size of an export does not matter to memory.
 */
@Controller
class ExportController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RecommendationExports exports;

    private final TopicService topics;

    private final AuditTrail trail;

    ExportController(RecommendationExports exports, TopicService topics, AuditTrail trail) {
        this.exports = exports;
        this.topics = topics;
        this.trail = trail;
    }

    @GetMapping("/export/recommendations.csv")
    void csv(@RequestParam(required = false) String topic,
            @RequestParam(required = false) RecommendationStatus status,
            @RequestParam(required = false) Feasibility feasibility,
            @RequestParam(required = false) AddressedTo addressedTo, @RequestParam(required = false) Long meeting,
            HttpServletResponse response) throws IOException {
        ExportFilter filter = filter(topic, status, feasibility, addressedTo, meeting);
        trail.recordForCurrentUser(AuditKind.EXPORT, "recommendations.csv " + describe(filter, topic));
        exports.csv(filter, Downloads.start(response, "recommendations.csv",
                new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)));
    }

    @GetMapping("/export/recommendations.xlsx")
    void xlsx(@RequestParam(required = false) String topic,
            @RequestParam(required = false) RecommendationStatus status,
            @RequestParam(required = false) Feasibility feasibility,
            @RequestParam(required = false) AddressedTo addressedTo, @RequestParam(required = false) Long meeting,
            HttpServletResponse response) throws IOException {
        ExportFilter filter = filter(topic, status, feasibility, addressedTo, meeting);
        trail.recordForCurrentUser(AuditKind.EXPORT, "recommendations.xlsx " + describe(filter, topic));
        exports.xlsx(filter, Downloads.start(response, "recommendations.xlsx", XLSX));
    }

    private ExportFilter filter(String topic, RecommendationStatus status, Feasibility feasibility,
            AddressedTo addressedTo, Long meeting) {
        List<Long> topicIds = topic == null || topic.isBlank() ? null
                : topics.tree().find(topic).map(TopicNode::subtreeIds).orElse(List.of());
        return new ExportFilter(topicIds, status, feasibility, addressedTo, meeting);
    }

    private static String describe(ExportFilter filter, String topic) {
        return "(topic=" + (topic == null ? "" : topic) + ", status=" + nullToEmpty(filter.status())
                + ", feasibility=" + nullToEmpty(filter.feasibility()) + ", addressedTo="
                + nullToEmpty(filter.addressedTo()) + ", meeting=" + nullToEmpty(filter.meetingId()) + ")";
    }

    private static String nullToEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
