package org.dialoguetracker.shared;

/** A record asked for by id or slug does not exist; shown as the 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, Object key) {
        super(kind + " " + key + " not found");
    }
}
