package org.dialoguetracker.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dialoguetracker.recommendation.RecommendationFixtures;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of their own for the chart tests: a dialogue, meetings in a city no other test uses, topics with unique
 * slugs, recommendations tagged with them, follow-up actions. Everything is deleted afterwards, so that the
 * dashboard and the topic tree are again what other tests expect.
 */
final class ChartFixtures {

    static final String CITY_EN = "Chartsford";

    static final String CITY_RU = "Чартсфорд";

    private final JdbcTemplate jdbc;

    private final List<Long> topics = new ArrayList<>();

    private final List<Long> recommendations = new ArrayList<>();

    private final List<Long> meetings = new ArrayList<>();

    private Long dialogue;

    ChartFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long meeting(String titleEn, LocalDate start, String status) {
        if (dialogue == null) {
            dialogue = jdbc.queryForObject("""
                    insert into dialogue (name_en, name_ru, track_level) values (?, 'Диалог для диаграмм', 'TRACK_2')
                    returning id""", Long.class, "Charts dialogue " + RecommendationFixtures.unique(""));
        }
        long id = jdbc.queryForObject("""
                insert into meeting (dialogue_id, title_en, title_ru, city_en, city_ru, start_date, end_date, format,
                                     track_level, attribution_rule, status)
                values (?, ?, ?, ?, ?, ?, ?, 'IN_PERSON', 'TRACK_2', 'SIDE', ?) returning id""", Long.class, dialogue,
                titleEn, "Встреча: " + titleEn, CITY_EN, CITY_RU, start, start.plusDays(1), status);
        meetings.add(id);
        return id;
    }

    /** A topic under this parent (null for a top-level one); a null Russian name leaves it in English only. */
    long topic(Long parent, String nameEn, String nameRu) {
        String slug = "charts-" + RecommendationFixtures.unique("").toLowerCase(Locale.ROOT);
        long id = jdbc.queryForObject("""
                insert into topic (parent_id, slug, name_en, name_ru, position) values (?, ?, ?, ?, 9000) returning id""",
                Long.class, parent, slug, nameEn, nameRu);
        topics.add(id);
        return id;
    }

    String slug(long topic) {
        return jdbc.queryForObject("select slug from topic where id = ?", String.class, topic);
    }

    /** A recommendation in this status, archived or not, tagged with these topics and from the first meeting, if any. */
    long recommendation(String status, boolean archived, List<Long> tags) {
        long id = jdbc.queryForObject("""
                insert into recommendation (reference, title_en, title_ru, addressed_to, feasibility, consensus, status,
                                            archived)
                values (?, 'Charts fixture recommendation', 'Рекомендация для диаграмм', 'OSCE', 'POSSIBLE',
                        'CONSENSUS', ?, ?) returning id""", Long.class, RecommendationFixtures.unique("CH-"), status,
                archived);
        recommendations.add(id);
        for (Long topic : tags) {
            jdbc.update("insert into recommendation_topic (recommendation_id, topic_id) values (?, ?)", id, topic);
        }
        if (!meetings.isEmpty()) {
            jdbc.update("insert into recommendation_meeting (recommendation_id, meeting_id) values (?, ?)", id,
                    meetings.get(0));
        }
        return id;
    }

    void followUp(long recommendation, LocalDate due, String status) {
        jdbc.update("""
                insert into follow_up_action (recommendation_id, description_en, due_date, status, completed_on)
                values (?, 'Charts fixture action', ?, ?, ?)""", recommendation, due, status,
                "DONE".equals(status) ? LocalDate.now() : null);
    }

    long topicId(String slug) {
        return jdbc.queryForObject("select id from topic where slug = ?", Long.class, slug);
    }

    /** Deletes what was created: recommendations (their tags, meetings and follow-ups go with them), then the rest. */
    void deleteAll() {
        recommendations.forEach(id -> jdbc.update("delete from recommendation where id = ?", id));
        recommendations.clear();
        if (!topics.isEmpty()) {
            jdbc.update("delete from topic where id = any(?)", (Object) topics.toArray(Long[]::new));
            topics.clear();
        }
        meetings.forEach(id -> jdbc.update("delete from meeting where id = ?", id));
        meetings.clear();
        if (dialogue != null) {
            jdbc.update("delete from dialogue where id = ?", dialogue);
            dialogue = null;
        }
    }
}
