package org.dialoguetracker.document;

import java.util.List;

import org.dialoguetracker.shared.TextSearch;

/**
 * A document that matches a search, with the passage around the matches ({@link TextSearch#segments}, shown escaped)
 * and the language of that passage's configuration.
 */
public record DocumentHit(Long id, String title, DocumentCategory category, FileFormat format, String fileName,
        long size, OwnerKind owner, Long ownerId, String ownerPath, List<TextSearch.Highlight> snippet,
        String snippetLanguage) {

    public String sizeUnit() {
        return DocumentView.unit(size);
    }

    public double sizeValue() {
        return DocumentView.value(size);
    }
}
