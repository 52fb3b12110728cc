package org.dialoguetracker.imports;

import jakarta.validation.constraints.NotBlank;

/**
 * Applying or discarding the very preview the admin saw, named by its token: a page left open in another tab
 * cannot act on a newer preview.
 */
public record PreviewForm(@NotBlank String token) {
}
