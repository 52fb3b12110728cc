package org.dialoguetracker.participant;

public enum AttendanceStatus {
    INVITED, CONFIRMED, ATTENDED, DECLINED
}
