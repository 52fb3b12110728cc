package org.dialoguetracker.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every page type the browser walk ({@link EveryPageBrowserTest}) opens, by the role that opens it, as paths on the
 * demo data. Each page is loaded once per role and language, and everything measured of it (its width on a phone, the
 * navigation on a laptop, axe-core's WCAG 2.1 AA rules) is measured on that one load.
 * <p>
 * Besides one page of each type, the list holds pages that show data in the states that have their own look: the
 * badges of every recommendation status (the feasibility table lists them all), overdue follow-ups (the follow-ups
 * list, the dashboard: the demo data's open follow-ups are past due), facet values with no match (the recommendations'
 * facets list every status and topic, most of them empty), a 404 and a 403 page.
 * The login page and a form shown with its validation errors are steps of the walk itself, not addresses.
 * <p>
 * The forms and tools only organisers and admins open are walked as the organiser: an admin sees the same pages with
 * the same navigation as on the admin's pages walked here.
 */
final class PageTypes {

    static final List<String> ROLES = List.of("researcher", "organiser", "admin");

    private PageTypes() {
    }

    /** The paths each role opens, in the order of {@link #ROLES}. */
    static Map<String, List<String>> byRole(JdbcTemplate jdbc) {
        long meeting = id(jdbc, "select min(id) from meeting where status = 'REPORT_PUBLISHED'");
        long recommendation = id(jdbc, "select min(id) from recommendation");
        long followUp = id(jdbc, "select min(id) from follow_up_action where status in ('OPEN', 'IN_PROGRESS')");
        long statement = id(jdbc, "select min(id) from statement where meeting_id = " + meeting);
        long agendaItem = id(jdbc, "select min(id) from agenda_item where meeting_id = " + meeting);
        long participant = id(jdbc, "select min(id) from participant");
        long user = id(jdbc, "select min(id) from app_user where username = 'researcher'");
        String topic = jdbc.queryForObject("select slug from topic where parent_id is null order by position limit 1",
                String.class);

        List<String> everyone = List.of("/", "/meetings", "/meetings/" + meeting, "/recommendations",
                "/recommendations/" + recommendation, "/topics", "/topics/" + topic,
                "/topics/" + topic + "/positions", "/follow-ups", "/institutions",
                "/dialogues", "/analysis/feasibility", "/search?q=hotline", "/meetings/" + meeting + "/report",
                "/meetings/" + meeting + "/report/editions", "/profile", "/profile/sign-ins", "/about");
        List<String> organisers = List.of("/meetings/new", "/meetings/" + meeting + "/edit", "/participants",
                "/meetings/" + meeting + "/report/draft", "/meetings/" + meeting + "/report/reviewers");
        List<String> organisersForms = List.of("/meetings/" + meeting + "/minutes",
                "/meetings/" + meeting + "/statements/" + statement + "/edit",
                "/meetings/" + meeting + "/agenda/" + agendaItem + "/edit",
                "/meetings/" + meeting + "/attendance", "/meetings/" + meeting + "/history",
                "/meetings/" + meeting + "/recommendations/new", "/recommendations/" + recommendation + "/edit",
                "/recommendations/" + recommendation + "/status", "/recommendations/" + recommendation + "/history",
                "/recommendations/" + recommendation + "/follow-ups/new", "/follow-ups/" + followUp + "/complete",
                "/participants/" + participant, "/participants/new", "/institutions/new", "/dialogues/new",
                "/topics/new", "/topics/" + topic + "/merge");
        List<String> admins = List.of("/admin/users", "/admin/users/" + user + "/edit", "/admin/audit",
                "/admin/import", "/admin/import/backup");

        Map<String, List<String>> pages = new LinkedHashMap<>();
        // the researcher also meets the 404 page (an unknown meeting) and the 403 page (the administration)
        pages.put("researcher", concat(everyone, List.of("/meetings/0", "/admin/users")));
        pages.put("organiser", concat(everyone, organisers, organisersForms));
        // the admin sees what the organiser sees, with the same content (axe-core found each such page the same as
        // the organiser's): the admin's own navigation is measured on the first pages, then the admin's own pages
        pages.put("admin", concat(List.of("/", "/meetings/" + meeting, "/meetings/" + meeting + "/report/draft"),
                admins));
        return pages;
    }

    private static long id(JdbcTemplate jdbc, String sql) {
        Long id = jdbc.queryForObject(sql, Long.class);
        if (id == null) {
            throw new IllegalStateException("The demo data has no row for: " + sql);
        }
        return id;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
