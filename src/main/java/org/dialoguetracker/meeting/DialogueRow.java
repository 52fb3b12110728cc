package org.dialoguetracker.meeting;

import java.util.List;

import org.dialoguetracker.shared.Bilingual;

/** A dialogue as the list of dialogues shows it: leads by display name, null when unset. */
public record DialogueRow(Long id, Bilingual name, TrackLevel trackLevel, List<Bilingual> organisers, String ukLead,
        String russiaLead) {

    static DialogueRow of(Dialogue dialogue) {
        return new DialogueRow(dialogue.getId(), dialogue.getName(), dialogue.getTrackLevel(),
                dialogue.getOrganisers().stream().map(i -> i.getLabel()).toList(),
                dialogue.getUkLead() == null ? null : dialogue.getUkLead().getDisplayName(),
                dialogue.getRussiaLead() == null ? null : dialogue.getRussiaLead().getDisplayName());
    }
}
