package org.dialoguetracker.recommendation;

/** The orders a list of recommendations can be read in. */
public enum RecommendationSort {

    /** Most recently recorded first. */
    NEWEST,

    /** By reference, as a report numbers them. */
    REFERENCE,

    /** Along the lifecycle, PROPOSED first, then by reference. */
    STATUS,

    /** Best match first; only meaningful with a search, otherwise the same as {@link #NEWEST}. */
    RELEVANCE
}
