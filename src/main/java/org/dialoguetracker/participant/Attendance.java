package org.dialoguetracker.participant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** A participant's place at one meeting. The meeting is referred to by id: attendance belongs to people. */
@Entity
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Participant participant;

    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;

    @Enumerated(EnumType.STRING)
    private AttendanceRole role;

    @Version
    private long version;

    protected Attendance() {
    }

    public Attendance(Long meetingId, Participant participant, AttendanceStatus status, AttendanceRole role) {
        this.meetingId = meetingId;
        this.participant = participant;
        this.status = status;
        this.role = role;
    }

    void change(AttendanceStatus status, AttendanceRole role) {
        this.status = status;
        this.role = role;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Participant getParticipant() {
        return participant;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public AttendanceRole getRole() {
        return role;
    }

    public long getVersion() {
        return version;
    }
}
