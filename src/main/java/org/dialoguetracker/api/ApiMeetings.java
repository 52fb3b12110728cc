package org.dialoguetracker.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.dialoguetracker.meeting.MeetingFormat;
import org.dialoguetracker.meeting.MeetingStatus;
import org.dialoguetracker.meeting.TrackLevel;
import org.dialoguetracker.shared.AttributionRule;
import org.dialoguetracker.shared.Bilingual;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings as the API lists them, newest first, with how many statements and live recommendations each has:
 * one statement for the count, one for the page, whatever its size.
 */
@Service
@Transactional(readOnly = true)
class ApiMeetings {

    private static final String WHERE = """
             where (cast(:year as int) is null or cast(extract(year from m.start_date) as int) = cast(:year as int))
               and (cast(:status as varchar) is null or m.status = cast(:status as varchar))
            """;

    private final NamedParameterJdbcTemplate jdbc;

    ApiMeetings(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the meetings that began in {@code year} and are in {@code status}; null for any. */
    Page<MeetingJson> list(Integer year, MeetingStatus status, int page, int size) {
        PageRequest request = PageRequest.of(page, size);
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("year", year)
                .addValue("status", status == null ? null : status.name())
                .addValue("limit", size)
                .addValue("offset", request.getOffset());
        Long total = jdbc.queryForObject("select count(*) from meeting m" + WHERE, parameters, Long.class);
        if (total == null || request.getOffset() >= total) {
            return new PageImpl<>(List.of(), request, total == null ? 0 : total);
        }
        List<MeetingJson> meetings = jdbc.query("""
                select m.id, d.name_en as dialogue_en, d.name_ru as dialogue_ru, m.title_en, m.title_ru,
                       m.city_en, m.city_ru,
                       coalesce(nullif(i.short_name_en, ''), i.name_en) as host_en,
                       coalesce(nullif(i.short_name_ru, ''), i.name_ru) as host_ru,
                       m.host_institution_id, m.start_date, m.end_date, m.format, m.track_level,
                       m.attribution_rule, m.status, m.summary_en, m.summary_ru,
                       (select count(*) from statement s where s.meeting_id = m.id) as statements,
                       (select count(*) from recommendation_meeting rm
                          join recommendation r on r.id = rm.recommendation_id
                         where rm.meeting_id = m.id and not r.archived) as recommendations
                  from meeting m
                  join dialogue d on d.id = m.dialogue_id
                  left join institution i on i.id = m.host_institution_id
                """ + WHERE + " order by m.start_date desc, m.id desc limit :limit offset :offset",
                parameters, (row, number) -> meeting(row));
        return new PageImpl<>(meetings, request, total);
    }

    private static MeetingJson meeting(ResultSet row) throws SQLException {
        return new MeetingJson(
                row.getLong("id"),
                text(row, "dialogue"),
                text(row, "title"),
                text(row, "city"),
                row.getObject("host_institution_id") == null ? null : text(row, "host"),
                row.getObject("start_date", LocalDate.class),
                row.getObject("end_date", LocalDate.class),
                MeetingFormat.valueOf(row.getString("format")),
                TrackLevel.valueOf(row.getString("track_level")),
                AttributionRule.valueOf(row.getString("attribution_rule")),
                MeetingStatus.valueOf(row.getString("status")),
                text(row, "summary"),
                row.getLong("statements"),
                row.getLong("recommendations"));
    }

    /** The {@code _en} and {@code _ru} columns of a text, blank as null as everywhere in the tracker. */
    private static Text text(ResultSet row, String column) throws SQLException {
        return Text.of(new Bilingual(row.getString(column + "_en"),
                row.getString(column + "_ru")));
    }
}
