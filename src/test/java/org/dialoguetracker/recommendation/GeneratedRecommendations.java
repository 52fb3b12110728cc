package org.dialoguetracker.recommendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A generated set of recommendations in a dialogue of its own: meetings over four years long ago, a topic
 * subtree of its own (a root, two children, a grandchild), every status, feasibility, addressee and kind of
 * agreement, one to three topics and one or two meetings each, English or Russian or both texts from a small
 * vocabulary, some archived. Seeded, so a failure can be replayed.
 */
final class GeneratedRecommendations {

    static final String[] ENGLISH = { "engagement", "sanctions", "cyber", "Arctic", "deterrence", "dialogue",
            "military", "incidents", "treaty", "verification" };

    static final String[] RUSSIAN = { "переговорах", "санкции", "кибербезопасность", "Арктике", "сдерживание",
            "диалог", "военных", "инцидентов", "договор", "проверка" };

    final String marker = UUID.randomUUID().toString().substring(0, 8);

    final List<Long> meetings = new ArrayList<>();

    final List<Integer> years = List.of(1981, 1982, 1983, 1984);

    /** root, child A, child B, grandchild under A. */
    final List<Long> topics = new ArrayList<>();

    final List<String> slugs = new ArrayList<>();

    final List<Long> recommendations = new ArrayList<>();

    private final JdbcTemplate jdbc;

    private final Random random;

    GeneratedRecommendations(JdbcTemplate jdbc, long seed) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
    }

    GeneratedRecommendations create(int count) {
        long dialogue = jdbc.queryForObject("insert into dialogue (name_en, track_level) values (?, 'TRACK_2') returning id",
                Long.class, "Generated dialogue " + marker);
        for (int i = 0; i < 6; i++) {
            LocalDate start = LocalDate.of(years.get(i % years.size()), 3 + i, 10);
            meetings.add(jdbc.queryForObject("""
                    insert into meeting (dialogue_id, title_en, city_en, start_date, end_date, format, track_level,
                                         attribution_rule, status)
                    values (?, ?, 'Geneva', ?, ?, 'IN_PERSON', 'TRACK_2', 'SIDE', 'HELD') returning id""",
                    Long.class, dialogue, "Generated meeting " + i + " " + marker, start, start.plusDays(1)));
        }
        topic("gen-" + marker, null);
        topic("gen-" + marker + "-a", topics.get(0));
        topic("gen-" + marker + "-b", topics.get(0));
        topic("gen-" + marker + "-a-one", topics.get(1));
        Long demoTopic = jdbc.queryForObject("select id from topic where slug = 'mil-to-mil'", Long.class);

        for (int i = 0; i < count; i++) {
            boolean english = random.nextInt(4) != 0;
            boolean russian = !english || random.nextBoolean();
            Long id = jdbc.queryForObject("""
                    insert into recommendation (reference, title_en, title_ru, text_en, text_ru, addressed_to,
                                                feasibility, consensus, status, archived)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                    "GEN-" + marker.toUpperCase() + "-" + i,
                    english ? "Generated " + words(ENGLISH, 2) : null,
                    russian ? "Рекомендация " + words(RUSSIAN, 2) : null,
                    english ? "The sides discussed " + words(ENGLISH, 4) + "." : null,
                    russian ? "Стороны обсудили " + words(RUSSIAN, 4) + "." : null,
                    pick(AddressedTo.values()).name(), pick(Feasibility.values()).name(),
                    pick(Consensus.values()).name(), pick(RecommendationStatus.values()).name(),
                    random.nextInt(20) == 0);
            recommendations.add(id);
            List<Long> tagged = new ArrayList<>(topics);
            java.util.Collections.shuffle(tagged, random);
            for (Long topic : tagged.subList(0, 1 + random.nextInt(3))) {
                jdbc.update("insert into recommendation_topic (recommendation_id, topic_id) values (?, ?)", id, topic);
            }
            if (random.nextInt(5) == 0) {
                jdbc.update("insert into recommendation_topic (recommendation_id, topic_id) values (?, ?)", id, demoTopic);
            }
            List<Long> from = new ArrayList<>(meetings);
            java.util.Collections.shuffle(from, random);
            for (Long meeting : from.subList(0, 1 + random.nextInt(2))) {
                jdbc.update("insert into recommendation_meeting (recommendation_id, meeting_id) values (?, ?)", id, meeting);
            }
        }
        return this;
    }

    private void topic(String slug, Long parent) {
        topics.add(jdbc.queryForObject("insert into topic (parent_id, slug, name_en, name_ru) values (?, ?, ?, ?) returning id",
                Long.class, parent, slug, "Generated " + slug, "Тема " + slug));
        slugs.add(slug);
    }

    private String words(String[] vocabulary, int count) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(pick(vocabulary));
        }
        return String.join(" ", chosen);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
