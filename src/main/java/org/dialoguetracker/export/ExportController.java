package org.dialoguetracker.export;

import java.util.List;

import org.dialoguetracker.audit.AuditKind;
import org.dialoguetracker.audit.AuditTrail;
import org.dialoguetracker.recommendation.AddressedTo;
import org.dialoguetracker.recommendation.Feasibility;
import org.dialoguetracker.recommendation.RecommendationStatus;
import org.dialoguetracker.topic.TopicNode;
import org.dialoguetracker.topic.TopicService;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Recommendations as CSV and XLSX, with the filters of {@code /recommendations}, for every role that may read
 * them (recommendations carry no attribution). Streamed, so the size of an export does not matter to memory.
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
    ResponseEntity<StreamingResponseBody> csv(@RequestParam(required = false) String topic,
            @RequestParam(required = false) RecommendationStatus status,
            @RequestParam(required = false) Feasibility feasibility,
            @RequestParam(required = false) AddressedTo addressedTo, @RequestParam(required = false) Long meeting) {
        ExportFilter filter = filter(topic, status, feasibility, addressedTo, meeting);
        trail.recordForCurrentUser(AuditKind.EXPORT, "recommendations.csv " + describe(filter, topic));
        return download("recommendations.csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                out -> exports.csv(filter, out));
    }

    @GetMapping("/export/recommendations.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(@RequestParam(required = false) String topic,
            @RequestParam(required = false) RecommendationStatus status,
            @RequestParam(required = false) Feasibility feasibility,
            @RequestParam(required = false) AddressedTo addressedTo, @RequestParam(required = false) Long meeting) {
        ExportFilter filter = filter(topic, status, feasibility, addressedTo, meeting);
        trail.recordForCurrentUser(AuditKind.EXPORT, "recommendations.xlsx " + describe(filter, topic));
        return download("recommendations.xlsx", XLSX, out -> exports.xlsx(filter, out));
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

    private static ResponseEntity<StreamingResponseBody> download(String filename, MediaType type,
            StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body);
    }
}
