package org.dialoguetracker.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.dialoguetracker.shared.Bilingual;

/** A text in English and in Russian; either may be null. */
@Schema(name = "Text", description = "A text in English and in Russian; either may be null (not recorded in that language).")
record Text(@Schema(nullable = true) String en, @Schema(nullable = true) String ru) {

    static Text of(Bilingual text) {
        return text == null ? null : new Text(text.en(), text.ru());
    }
}
