package org.dialoguetracker.document;

import java.util.List;

/**
 * The documents of one meeting, recommendation or follow-up action as a reader may see them, with what the upload
 * form offers (organisers only see it): the access level it proposes first (organisers only for a meeting held under
 * the rule NONE, or a recommendation or follow-up action coming from one).
 */
public record DocumentPanel(OwnerKind owner, Long ownerId, List<DocumentView> documents, AccessLevel defaultAccess,
        long maxSizeMegabytes) {

    public List<DocumentCategory> categories() {
        return List.of(DocumentCategory.values());
    }

    public List<AccessLevel> accessLevels() {
        return List.of(AccessLevel.values());
    }

    /** The form's action: {@code /meetings/7/documents}. */
    public String uploadPath() {
        return "/" + owner.collection() + "/" + ownerId + "/documents";
    }

    /** The id of the panel on its page, which a refusal names to be shown in the right one. */
    public String anchor() {
        return "documents-" + owner.collection() + "-" + ownerId;
    }

    /** What a file input's {@code accept} lists: the extensions of the kinds kept. */
    public String accept() {
        StringBuilder accept = new StringBuilder();
        for (FileFormat format : FileFormat.values()) {
            for (String extension : format.extensions()) {
                accept.append(accept.isEmpty() ? "" : ",").append('.').append(extension);
            }
        }
        return accept.toString();
    }
}
