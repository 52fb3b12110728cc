package org.dialoguetracker.meeting;

public enum TrackLevel {
    TRACK_2, TRACK_1_5
}
