package org.dialoguetracker.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OptionsTest {

    @Test
    void defaults_are_the_decade_long_dialogue_of_the_issue() {
        Options options = Options.parse();
        assertThat(options.url()).isEqualTo(Options.DEFAULT_URL);
        assertThat(options.meetings()).isEqualTo(300);
        assertThat(options.participants()).isEqualTo(5_000);
        assertThat(options.statements()).isEqualTo(60_000);
        assertThat(options.recommendations()).isEqualTo(20_000);
        assertThat(options.followUps()).isEqualTo(40_000);
    }

    @Test
    void scale_multiplies_every_size_and_an_explicit_count_wins() {
        Options options = Options.parse("--scale=0.1", "--statements=1234", "--url=jdbc:postgresql://db/x");
        assertThat(options.meetings()).isEqualTo(30);
        assertThat(options.recommendations()).isEqualTo(2_000);
        assertThat(options.statements()).isEqualTo(1_234);
        assertThat(options.url()).isEqualTo("jdbc:postgresql://db/x");
    }

    @Test
    void refuses_what_it_does_not_know() {
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("--meeting=3"));
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("--scale=0"));
    }
}
