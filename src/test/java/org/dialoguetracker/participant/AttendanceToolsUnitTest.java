package org.dialoguetracker.participant;

import java.util.List;

import org.dialoguetracker.shared.Side;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The bulk invitation goes through {@link AttendanceEditing#invite}, once per person, so that what follows an
 * invitation (the notifications' mail) follows each of these too; a list that changed invites nobody.
 */
class AttendanceToolsUnitTest {

    static final long MEETING = 30;

    static final long PREVIOUS = 20;

    final AttendanceRepository repository = mock(AttendanceRepository.class);

    final AttendanceEditing editing = mock(AttendanceEditing.class);

    final AttendanceTools tools = new AttendanceTools(repository, editing);

    @Test
    void each_person_is_invited_through_the_one_person_method() {
        when(repository.findForMeetingInStatus(PREVIOUS, AttendanceStatus.ATTENDED))
                .thenReturn(List.of(attended(1), attended(2), attended(3)));
        when(repository.findInvitedIds(MEETING)).thenReturn(List.of(2L));

        assertThat(tools.invitePrevious(MEETING, PREVIOUS, List.of(3L, 1L))).isEqualTo(2);

        verify(editing).invite(MEETING, new InviteForm(1L, AttendanceStatus.INVITED, AttendanceRole.PARTICIPANT));
        verify(editing).invite(MEETING, new InviteForm(3L, AttendanceStatus.INVITED, AttendanceRole.PARTICIPANT));
        verify(editing, never()).invite(eq(MEETING), eq(new InviteForm(2L, null, null)));
    }

    @Test
    void a_list_other_than_the_preview_invites_nobody() {
        when(repository.findForMeetingInStatus(PREVIOUS, AttendanceStatus.ATTENDED))
                .thenReturn(List.of(attended(1), attended(2)));
        when(repository.findInvitedIds(MEETING)).thenReturn(List.of());

        assertThatThrownBy(() -> tools.invitePrevious(MEETING, PREVIOUS, List.of(1L)))
                .isInstanceOf(AttendanceToolStale.class);
        assertThatThrownBy(() -> tools.invitePrevious(MEETING, PREVIOUS, List.of(1L, 2L, 9L)))
                .isInstanceOf(AttendanceToolStale.class);
        verify(editing, never()).invite(any(), any());
    }

    private static Attendance attended(long participantId) {
        Participant participant = new Participant("Person " + participantId, null, null, Side.UK, Capacity.EXPERT);
        ReflectionTestUtils.setField(participant, "id", participantId);
        Attendance attendance = new Attendance(PREVIOUS, participant, AttendanceStatus.ATTENDED,
                AttendanceRole.SPEAKER);
        ReflectionTestUtils.setField(attendance, "id", 100 + participantId);
        return attendance;
    }
}
