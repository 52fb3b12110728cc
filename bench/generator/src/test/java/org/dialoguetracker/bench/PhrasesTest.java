package org.dialoguetracker.bench;

import java.util.Random;

import org.dialoguetracker.bench.Phrases.Subject;
import org.dialoguetracker.bench.Phrases.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated texts give full-text search something to find in both languages. */
class PhrasesTest {

    @Test
    void statements_speak_of_engagement_and_negotiations_in_both_languages() {
        Phrases phrases = new Phrases(new Random(3));
        StringBuilder english = new StringBuilder();
        StringBuilder russian = new StringBuilder();
        for (String kind : new String[] { "POSITION", "AGREEMENT", "DISAGREEMENT", "PROPOSAL", "QUOTE" }) {
            for (int i = 0; i < 200; i++) {
                Text text = phrases.statement(kind, phrases.subject("arms-control", "Arms control", "Контроль"));
                assertThat(text.en()).doesNotContain("%s").matches("^[A-Z“].*");
                assertThat(text.ru()).doesNotContain("%s").matches("^[А-ЯЁ«].*");
                english.append(text.en()).append('\n');
                russian.append(text.ru()).append('\n');
            }
        }
        assertThat(english).contains("engagement", "arms control", "negotiations");
        assertThat(russian).contains("переговоры", "контроля над вооружениями", "взаимодействи");
    }

    @Test
    void a_topic_outside_the_demo_taxonomy_is_spoken_of_by_its_name() {
        Subject subject = new Phrases(new Random(1)).subject("space-security", "Space security", "Космос");
        assertThat(subject.en()).isEqualTo("space security");
        assertThat(subject.ruGenitive()).isEqualTo("темы «Космос»");
    }
}
