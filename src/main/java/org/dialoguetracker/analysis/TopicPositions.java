package org.dialoguetracker.analysis;

import org.dialoguetracker.topic.TopicNode;

/** A top-level topic and its latest round's positions, as {@link PositionsService#latestIn} finds them. */
public record TopicPositions(TopicNode topic, Positions.Round round) {
}
