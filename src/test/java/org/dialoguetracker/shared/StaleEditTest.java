package org.dialoguetracker.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaleEditTest {

    record NoteForm(String text, Long version) implements EditForm<NoteForm> {

        @Override
        public NoteForm withVersion(Long newVersion) {
            return new NoteForm(text, newVersion);
        }

        @Override
        public Map<String, Object> fieldsByLabel() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("note.text", text);
            return fields;
        }
    }

    final Model model = new ExtendedModelMap();

    final MockHttpServletResponse response = new MockHttpServletResponse();

    final NoteForm mine = new NoteForm("mine", 3L);

    @Test
    void a_save_on_the_current_version_returns_its_result_and_leaves_the_page_alone() {
        Optional<String> saved = StaleEdit.of(mine, () -> new NoteForm("theirs", 4L), model, response)
                .attempt(() -> "saved");

        assertThat(saved).contains("saved");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(model.asMap()).isEmpty();
    }

    @Test
    void a_stale_save_is_a_409_with_what_it_would_overwrite_and_the_users_values_at_the_saved_version() {
        boolean refused = StaleEdit.of(mine, () -> new NoteForm("theirs", 4L), model, response)
                .changedBy(() -> Optional.of("organiser"))
                .refused(() -> {
                    throw new ObjectOptimisticLockingFailureException(NoteForm.class, 1L);
                });

        assertThat(refused).isTrue();
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(model.getAttribute("form")).isEqualTo(new NoteForm("mine", 4L));
        assertThat(model.getAttribute("conflict")).isEqualTo(new Conflict("organiser",
                List.of(new Conflict.Difference("note.text", "theirs", "mine"))));
    }

    @Test
    void the_notice_can_show_both_versions_otherwise_and_says_nothing_of_an_unknown_editor() {
        StaleEdit.of(mine, () -> new NoteForm("theirs", 4L), model, response)
                .shownAs(form -> () -> Map.of("note.text", form.text().toUpperCase()))
                .refused(() -> {
                    throw new ObjectOptimisticLockingFailureException(NoteForm.class, 1L);
                });

        assertThat(model.getAttribute("conflict")).isEqualTo(new Conflict("?",
                List.of(new Conflict.Difference("note.text", "THEIRS", "MINE"))));
    }

    @Test
    void any_other_failure_is_left_to_the_caller() {
        StaleEdit<NoteForm> edit = StaleEdit.of(mine, () -> new NoteForm("theirs", 4L), model, response);

        assertThatThrownBy(() -> edit.refused(() -> {
            throw new IllegalStateException("closed meanwhile");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(model.asMap()).isEmpty();
    }
}
