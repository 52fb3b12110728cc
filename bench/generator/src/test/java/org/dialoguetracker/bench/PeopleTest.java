package org.dialoguetracker.bench;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleTest {

    @Test
    void russian_names_are_transliterated_as_papers_print_them() {
        assertThat(People.toLatin("Андрей Кортунов")).isEqualTo("Andrey Kortunov");
        assertThat(People.toLatin("Юлия Щербакова")).isEqualTo("Yuliya Shcherbakova");
        assertThat(People.toLatin("Фёдор Хрущёв")).isEqualTo("Fyodor Khrushchyov");
    }

    @Test
    void every_participant_has_a_latin_name_and_russians_a_cyrillic_one() {
        People people = new People(new Random(1), 1);
        for (int i = 0; i < 500; i++) {
            People.Name russian = people.russian();
            assertThat(russian.latin()).matches("[A-Za-z' -]+");
            assertThat(russian.cyrillic()).matches("[А-Яа-яЁё -]+");
            assertThat(people.british().latin()).isNotBlank();
            assertThat(people.guest().latin()).isNotBlank();
        }
    }

    @Test
    void mailboxes_are_plain_ascii() {
        assertThat(People.mailbox("Sven-Åke Englund")).isEqualTo("sven.ke.englund");
        assertThat(People.mailbox("James O'Neill")).isEqualTo("james.o.neill");
    }
}
