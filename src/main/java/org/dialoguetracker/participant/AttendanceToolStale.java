package org.dialoguetracker.participant;

/** The people a bulk step of the attendance tool would affect changed since its preview; nothing was saved. */
public class AttendanceToolStale extends RuntimeException {

    AttendanceToolStale() {
        super("The people affected changed since the preview");
    }
}
