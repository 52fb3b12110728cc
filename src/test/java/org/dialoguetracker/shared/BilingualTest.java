package org.dialoguetracker.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BilingualTest {

    @Test
    void each_reader_gets_their_language_when_there_is_one() {
        Bilingual text = new Bilingual("Risk reduction", "Снижение рисков");
        assertThat(text.in("en")).isEqualTo("Risk reduction");
        assertThat(text.in("ru")).isEqualTo("Снижение рисков");
        assertThat(text.fallsBack("en")).isFalse();
        assertThat(text.fallsBack("ru")).isFalse();
    }

    @Test
    void a_missing_language_falls_back_to_the_other_and_says_so() {
        Bilingual englishOnly = new Bilingual("Working groups", "  ");
        assertThat(englishOnly.in("ru")).isEqualTo("Working groups");
        assertThat(englishOnly.languageShown("ru")).isEqualTo("en");
        assertThat(englishOnly.fallsBack("ru")).isTrue();
        assertThat(englishOnly.fallsBack("en")).isFalse();

        Bilingual russianOnly = new Bilingual(null, "Рабочие группы");
        assertThat(russianOnly.in("en")).isEqualTo("Рабочие группы");
        assertThat(russianOnly.fallsBack("en")).isTrue();
    }

    @Test
    void an_empty_text_shows_nothing_and_no_marker() {
        assertThat(Bilingual.EMPTY.in("en")).isEmpty();
        assertThat(Bilingual.EMPTY.fallsBack("ru")).isFalse();
        assertThat(Bilingual.EMPTY.isEmpty()).isTrue();
    }
}
