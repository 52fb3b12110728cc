package org.dialoguetracker.document;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What an upload must be before anything of it is kept, without the application: the kind told by Tika from the
 * bytes (never from the name), the name's extension naming the same kind, the size limit (set low here), and the
 * name's characters.
 */
class UploadCheckTest {

    /** The limit of these tests: 10 KB, so that "too large" needs no 50 MB. */
    static final long LIMIT = 10 * 1024;

    static final UploadCheck CHECK = new UploadCheck(LIMIT);

    @Test
    void a_file_of_a_kept_kind_whose_name_says_so_is_kept() {
        assertThat(check("paper.pdf", DocumentFiles.pdf("Risk reduction")).format()).isEqualTo(FileFormat.PDF);
        assertThat(check("agenda.txt", "Session one".getBytes(StandardCharsets.UTF_8)).format())
                .isEqualTo(FileFormat.TXT);
        assertThat(check("photo.PNG", DocumentFiles.png()).format()).isEqualTo(FileFormat.PNG);
        assertThat(check("reply.docx", DocumentFiles.docx("The government's reply")).format())
                .isEqualTo(FileFormat.DOCX);
    }

    @Test
    void a_zip_archive_named_pdf_is_refused_as_what_it_is() {
        UploadRefused refused = refusal("paper.pdf", DocumentFiles.zip());
        assertThat(refused.getCodes()).containsExactly("document.refused.mismatch");
        assertThat(kind(refused.getArguments()[0])).isEqualTo("document.kind.ZIP");
        assertThat(kind(refused.getArguments()[1])).isEqualTo("document.kind.PDF");
        // under a name of no kept kind, it is refused as a kind the tracker does not keep
        assertThat(refusal("paper.zip", DocumentFiles.zip()).getCodes()).containsExactly("document.refused.type");
    }

    @Test
    void an_html_page_named_pdf_is_refused_as_what_it_is() {
        UploadRefused refused = refusal("agenda.pdf", DocumentFiles.html());
        assertThat(refused.getCodes()).containsExactly("document.refused.mismatch");
        assertThat(kind(refused.getArguments()[0])).isEqualTo("document.kind.HTML");
        assertThat(kind(refused.getArguments()[1])).isEqualTo("document.kind.PDF");
    }

    @Test
    void a_kept_kind_under_another_kinds_name_is_refused_saying_both() {
        UploadRefused refused = refusal("paper.pdf", DocumentFiles.png());
        assertThat(refused.getCodes()).containsExactly("document.refused.mismatch");
        assertThat(kind(refused.getArguments()[0])).isEqualTo("document.kind.PNG");
        assertThat(kind(refused.getArguments()[1])).isEqualTo("document.kind.PDF");

        UploadRefused text = refusal("notes.docx", "plain words".getBytes(StandardCharsets.UTF_8));
        assertThat(text.getCodes()).containsExactly("document.refused.mismatch");
        assertThat(kind(text.getArguments()[0])).isEqualTo("document.kind.TXT");
    }

    @Test
    void a_name_without_a_kept_extension_is_refused() {
        assertThat(refusal("paper", DocumentFiles.pdf("x")).getCodes()).containsExactly("document.refused.extension");
        assertThat(refusal("paper.exe", DocumentFiles.pdf("x")).getCodes())
                .containsExactly("document.refused.extension");
        // a PDF named .txt says what it is
        assertThat(refusal("paper.txt", DocumentFiles.pdf("x")).getCodes()).containsExactly("document.refused.mismatch");
    }

    @Test
    void an_empty_file_and_one_over_the_limit_are_refused_before_their_bytes_are_read() {
        assertThat(refusal("empty.pdf", new byte[0]).getCodes()).containsExactly("document.refused.empty");
        byte[] large = new byte[(int) LIMIT + 1];
        UploadRefused tooLarge = refusal("large.txt", large);
        assertThat(tooLarge.getCodes()).containsExactly("document.refused.tooLarge");
        assertThat(tooLarge.getArguments()[1]).isEqualTo(1L);
        assertThat(check("limit.txt", "a".repeat((int) LIMIT).getBytes(StandardCharsets.UTF_8)).format())
                .isEqualTo(FileFormat.TXT);
    }

    @Test
    void a_name_with_path_or_control_characters_is_refused() {
        byte[] text = "words".getBytes(StandardCharsets.UTF_8);
        for (String name : new String[] { "../../etc/passwd.txt", "..\\secret.txt", "dir/notes.txt", "C:\\x.txt",
                "notes\u0000.txt", "notes\n.txt", "evil\u202Etxt.exe.txt", ".hidden.txt", " ", "line\u2028.txt" }) {
            assertThat(refusal(name, text).getCodes()).as(name).containsAnyOf("document.refused.name",
                    "document.refused.noFile");
        }
        assertThatThrownBy(() -> UploadCheck.name(null)).isInstanceOf(UploadRefused.class);
        assertThat(refusal("a".repeat(300) + ".txt", text).getCodes()).containsExactly("document.refused.nameTooLong");
    }

    @Test
    void a_kept_name_is_trimmed_and_composed() {
        assertThat(UploadCheck.name("  Повестка дня.txt ")).isEqualTo("Повестка дня.txt");
        assertThat(UploadCheck.name("Cafe\u0301.txt")).isEqualTo("Caf\u00e9.txt");
    }

    private static UploadCheck.Checked check(String name, byte[] bytes) {
        return CHECK.check(name, bytes.length, new ByteArrayResource(bytes));
    }

    private static UploadRefused refusal(String name, byte[] bytes) {
        return catchThrowableOfType(UploadRefused.class, () -> check(name, bytes));
    }

    private static String kind(Object argument) {
        return ((MessageSourceResolvable) argument).getCodes()[0];
    }
}
