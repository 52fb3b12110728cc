package org.dialoguetracker.meeting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The meetings a timeline shows: the latest ones, planned ones included, in one statement. */
@Service
@Transactional(readOnly = true)
public class MeetingTimeline {

    private final MeetingMarkRepository marks;

    MeetingTimeline(MeetingMarkRepository marks) {
        this.marks = marks;
    }

    /** The {@code limit} meetings that start last, earliest first. */
    public List<MeetingMark> latest(int limit) {
        List<MeetingMark> latest = new ArrayList<>(marks.findLatest(Limit.of(limit)));
        Collections.reverse(latest);
        return latest;
    }
}
