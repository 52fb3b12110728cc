package org.dialoguetracker.topic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Slugs proposed from names are well formed, in either language. */
class SlugsTest {

    @Test
    void an_english_name_gives_its_words_joined_by_hyphens() {
        assertThat(Slugs.propose("Risk reduction & confidence-building")).isEqualTo("risk-reduction-confidence-building");
        assertThat(Slugs.propose("  NATO–Russia Council (NRC)  ")).isEqualTo("nato-russia-council-nrc");
        assertThat(Slugs.propose("Café Détente")).isEqualTo("cafe-detente");
    }

    @Test
    void a_russian_name_is_transliterated() {
        assertThat(Slugs.propose("Контроль над вооружениями")).isEqualTo("kontrol-nad-vooruzheniyami");
        assertThat(Slugs.propose("Ядерное сдерживание")).isEqualTo("yadernoe-sderzhivanie");
    }

    @Test
    void a_name_without_letters_or_digits_gives_nothing() {
        assertThat(Slugs.propose("– ? –")).isEmpty();
        assertThat(Slugs.propose(null)).isEmpty();
    }

    @Test
    void a_long_name_is_cut_at_a_word_boundary() {
        String slug = Slugs.propose("confidence ".repeat(12));
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).endsWith("confidence");
        assertThat(TopicForm.SLUG.matcher(slug).matches()).isTrue();
    }
}
