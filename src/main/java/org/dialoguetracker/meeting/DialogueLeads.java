package org.dialoguetracker.meeting;

import org.dialoguetracker.account.User;

/**
 * The lead organiser of each side of a meeting's dialogue, who sign off its report: for the report module, from
 * {@link MeetingService#leads(Long)}.
 *
 * @param uk the UK side's lead; null while the dialogue names none
 * @param russia the Russian side's lead; null while the dialogue names none
 */
public record DialogueLeads(Long dialogueId, Lead uk, Lead russia) {

    /** Whether both sides have a lead. */
    public boolean complete() {
        return uk != null && russia != null;
    }

    /** One lead: the account's id, username and display name. */
    public record Lead(Long userId, String username, String displayName) {

        static Lead of(User user) {
            return user == null ? null : new Lead(user.getId(), user.getUsername(), user.getDisplayName());
        }
    }
}
