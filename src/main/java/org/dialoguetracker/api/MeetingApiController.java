package org.dialoguetracker.api;

import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialoguetracker.meeting.MeetingStatus;
import org.dialoguetracker.shared.Paging;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Meetings", description = "The rounds of the dialogues")
class MeetingApiController {

    private final ApiMeetings meetings;

    MeetingApiController(ApiMeetings meetings) {
        this.meetings = meetings;
    }

    @GetMapping("/api/meetings")
    @Operation(operationId = "listMeetings", summary = "List meetings", description = """
            The meetings, newest first, with the number of statements and of live recommendations of each. \
            Attendees are not part of the answer.""")
    @ApiResponse(responseCode = "200", description = "One page of the meetings", useReturnTypeSchema = true)
    @ApiDocs.BadRequestResponse
    @ApiDocs.UnauthorizedResponse
    ApiPage<MeetingJson> list(
            @Parameter(description = "Only meetings that began in this year, e.g. 2017")
            @RequestParam(required = false) Integer year,
            @Parameter(description = "Only meetings in this status")
            @RequestParam(required = false) MeetingStatus status,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, 1 to " + Paging.MAX_SIZE + " (default " + Paging.DEFAULT_SIZE + ")")
            @RequestParam(required = false) Integer size) {
        return ApiPage.of(meetings.list(year, status, Paging.page(page), Paging.size(size)), Function.identity());
    }
}
