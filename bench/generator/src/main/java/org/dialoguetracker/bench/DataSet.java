package org.dialoguetracker.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.datafaker.Faker;
import org.dialoguetracker.bench.Existing.Topic;
import org.dialoguetracker.bench.Phrases.Subject;
import org.dialoguetracker.bench.Phrases.Text;
import org.dialoguetracker.bench.Places.City;

/**
 * The generated rows, table by table, each written with {@code COPY} as it is made. Ids follow the highest already
 * taken; what later tables need of earlier rows (who attended which meeting, which statements a meeting has, ...)
 * stays in memory.
 */
final class DataSet {

    private static final Pattern REFERENCE_NUMBER = Pattern.compile("^(.+-\\d{4}-)(\\d{1,6})$");

    private final Connection connection;

    private final Options options;

    private final Existing existing;

    private final Progress progress;

    private final Instant now;

    private final LocalDate today;

    private final Random random;

    private final Phrases phrases;

    private final People people;

    private final Faker russianPlaces;

    private final List<Topic> roots;

    private final Map<Long, List<Topic>> children = new HashMap<>();

    private final Map<String, Integer> referenceNumbers = new HashMap<>();

    private final List<Institution> institutions = new ArrayList<>();

    private final List<Dialogue> dialogues = new ArrayList<>();

    private final List<Person> persons = new ArrayList<>();

    private final List<Meeting> meetings = new ArrayList<>();

    private final List<Recommendation> recommendations = new ArrayList<>();

    private long nextInstitution;

    private long nextDialogue;

    private long nextParticipant;

    private long nextMeeting;

    private long nextAgendaItem;

    private long nextAttendance;

    private long nextStatement;

    private long nextRecommendation;

    private long nextStatusChange;

    private long nextFollowUp;

    private record Institution(long id, String country, String domain) {
    }

    private record Dialogue(long id, String nameEn, String nameRu, String prefix, String trackLevel, List<City> cities,
            Institution ukOrganiser, Institution ruOrganiser) {
    }

    private record Person(long id, String side, int activity) {
    }

    /** A meeting, its agenda (item ids and their topics) and who attended. */
    private static final class Meeting {
        long id;
        Dialogue dialogue;
        LocalDate start;
        LocalDate end;
        City city;
        boolean plenary;
        String rule;
        String status;
        long[] itemIds;
        List<List<Topic>> itemTopics = new ArrayList<>();
        List<Object[]> attendance = new ArrayList<>();
        List<Person> attended = new ArrayList<>();
        long firstStatement;
        int statements;

        boolean held() {
            return !status.equals("PLANNED");
        }
    }

    private record Recommendation(long id, Instant created, String status, Meeting meeting, Subject subject) {
    }

    DataSet(Connection connection, Options options, Existing existing, Progress progress, Instant now) {
        this.connection = connection;
        this.options = options;
        this.existing = existing;
        this.progress = progress;
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        this.random = new Random(options.seed());
        this.phrases = new Phrases(random);
        this.people = new People(random, options.seed());
        this.russianPlaces = new Faker(Locale.forLanguageTag("ru"), new Random(options.seed() + 1));
        this.roots = existing.topics().stream().filter(topic -> topic.parentId() == null).toList();
        existing.topics().stream().filter(topic -> topic.parentId() != null)
                .forEach(topic -> children.computeIfAbsent(topic.parentId(), parent -> new ArrayList<>()).add(topic));
        for (String reference : existing.references()) {
            Matcher matcher = REFERENCE_NUMBER.matcher(reference);
            if (matcher.matches()) {
                referenceNumbers.merge(matcher.group(1), Integer.parseInt(matcher.group(2)), Math::max);
            }
        }
        nextInstitution = existing.maxId("institution") + 1;
        nextDialogue = existing.maxId("dialogue") + 1;
        nextParticipant = existing.maxId("participant") + 1;
        nextMeeting = existing.maxId("meeting") + 1;
        nextAgendaItem = existing.maxId("agenda_item") + 1;
        nextAttendance = existing.maxId("attendance") + 1;
        nextStatement = existing.maxId("statement") + 1;
        nextRecommendation = existing.maxId("recommendation") + 1;
        nextStatusChange = existing.maxId("recommendation_status_change") + 1;
        nextFollowUp = existing.maxId("follow_up_action") + 1;
    }

    void write() throws SQLException, IOException {
        writeInstitutions();
        writeDialogues();
        writeParticipants();
        writeMeetings();
        writeStatements();
        writeRecommendations();
        writeFollowUps();
    }

    // ------------------------------------------------------------------------------------------------- institutions

    private void writeInstitutions() throws SQLException, IOException {
        int count = Math.max(30, options.participants() / 40);
        progress.start("institutions", count);
        Set<String> names = new HashSet<>();
        try (Copy copy = new Copy(connection, "institution", "id", "name_en", "name_ru", "short_name_en",
                "short_name_ru", "country", "kind", "website")) {
            for (String[] single : Places.SINGLE_INSTITUTIONS) {
                if (institutions.size() < count) {
                    institution(copy, names, single[0], single[1], single[3], single[2]);
                }
            }
            while (institutions.size() < count) {
                int roll = random.nextInt(100);
                if (roll < 40) {
                    String[] town = pick(Places.UK_TOWNS);
                    Places.Pattern pattern = pick(Places.UK_PATTERNS);
                    institution(copy, names, pattern.en().formatted(town[0]), pattern.ru().formatted(town[1]), "GB",
                            pattern.kind());
                }
                else if (roll < 82) {
                    String town = russianPlaces.address().city();
                    Places.Pattern pattern = pick(Places.RU_PATTERNS);
                    institution(copy, names, pattern.en().formatted(People.toLatin(town)), pattern.ru().formatted(town),
                            "RU", pattern.kind());
                }
                else {
                    String[] town = pick(Places.OTHER_TOWNS);
                    Places.Pattern pattern = pick(Places.OTHER_PATTERNS);
                    institution(copy, names, pattern.en().formatted(town[0]), pattern.ru().formatted(town[1]), town[2],
                            pattern.kind());
                }
            }
        }
        progress.finish();
    }

    private void institution(Copy copy, Set<String> names, String nameEn, String nameRu, String country, String kind) {
        if (!names.add(nameEn)) {
            return;
        }
        long id = nextInstitution++;
        String shortEn = acronym(nameEn);
        String shortRu = acronym(nameRu);
        String domain = shortEn.toLowerCase(Locale.ROOT) + id + (country.equals("RU") ? ".example.ru" : ".example.org");
        copy.row(id, nameEn, nameRu, shortEn, shortRu, country, kind, "https://" + domain);
        institutions.add(new Institution(id, country, domain));
        progress.step();
    }

    /** The capitals of a name's significant words: "Centre for International Security (Kazan)" gives CISK. */
    static String acronym(String name) {
        StringBuilder acronym = new StringBuilder();
        for (String word : name.split("[\\s,()«»–-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) || word.length() > 3) {
                acronym.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return acronym.length() > 12 ? acronym.substring(0, 12) : acronym.toString();
    }

    // ---------------------------------------------------------------------------------------------------- dialogues

    private void writeDialogues() throws SQLException, IOException {
        List<City> everywhere = new ArrayList<>();
        Places.MEETING_CITIES.forEach(city -> {
            for (int i = 0; i < city.weight(); i++) {
                everywhere.add(city);
            }
        });
        Institution uk = institutionIn("GB");
        Institution ru = institutionIn("RU");
        try (Copy copy = new Copy(connection, "dialogue", "id", "name_en", "name_ru", "description_en",
                "description_ru", "track_level")) {
            if (existing.demoDialogueId() != null) {
                dialogues.add(new Dialogue(existing.demoDialogueId(), Existing.DEMO_DIALOGUE,
                        "Российско-британский диалог по вопросам безопасности", "UKRU", "TRACK_2", everywhere, uk, ru));
            }
            else {
                long id = nextDialogue++;
                copy.row(id, Existing.DEMO_DIALOGUE, "Российско-британский диалог по вопросам безопасности",
                        "A Track II expert dialogue between the UK and Russia.",
                        "Экспертный диалог «второго трека» между Великобританией и Россией.", "TRACK_2");
                dialogues.add(new Dialogue(id, Existing.DEMO_DIALOGUE,
                        "Российско-британский диалог по вопросам безопасности", "UKRU", "TRACK_2", everywhere, uk, ru));
            }
            for (Places.DialogueKind kind : Places.DIALOGUES) {
                long id = nextDialogue++;
                copy.row(id, kind.nameEn(), kind.nameRu(), kind.descriptionEn(), kind.descriptionRu(),
                        kind.trackLevel());
                dialogues.add(new Dialogue(id, kind.nameEn(), kind.nameRu(), kind.prefix(), kind.trackLevel(),
                        kind.cities().stream().map(Places::city).toList(), institutionIn("GB"), institutionIn("RU")));
            }
        }
        try (Copy copy = new Copy(connection, "dialogue_organiser", "dialogue_id", "institution_id")) {
            for (Dialogue dialogue : dialogues.subList(1, dialogues.size())) {
                copy.row(dialogue.id(), dialogue.ukOrganiser().id());
                copy.row(dialogue.id(), dialogue.ruOrganiser().id());
            }
        }
    }

    /** An organiser for a dialogue: any institution of the country. */
    private Institution institutionIn(String country) {
        List<Institution> candidates = institutions.stream().filter(i -> i.country().equals(country)).toList();
        return candidates.get(random.nextInt(candidates.size()));
    }

    // ------------------------------------------------------------------------------------------------- participants

    private static final String[][] CAPACITIES = { { "EXPERT", "55" }, { "OFFICIAL", "12" }, { "MILITARY", "10" },
            { "PRACTITIONER", "12" }, { "OBSERVER", "6" }, { "ORGANISER", "5" } };

    private static final Map<String, String[][]> POSITIONS = Map.of(
            "EXPERT", new String[][] { { "Senior Research Fellow", "Ведущий научный сотрудник" },
                    { "Research Fellow", "Научный сотрудник" }, { "Programme Director", "Директор программы" },
                    { "Professor of International Relations", "Профессор кафедры международных отношений" },
                    { "Director", "Директор" } },
            "OFFICIAL", new String[][] { { "Deputy Head of Department", "Заместитель директора департамента" },
                    { "Policy Adviser", "Советник" }, { "First Secretary", "Первый секретарь" } },
            "MILITARY", new String[][] { { "Colonel (retired)", "Полковник в отставке" },
                    { "Defence Attaché", "Военный атташе" }, { "Rear Admiral (retired)", "Контр-адмирал в отставке" } },
            "PRACTITIONER", new String[][] { { "Mediator", "Медиатор" }, { "Journalist", "Журналист" },
                    { "Programme Manager", "Руководитель проектов" } },
            "OBSERVER", new String[][] { { "Observer", "Наблюдатель" } },
            "ORGANISER", new String[][] { { "Dialogue Coordinator", "Координатор диалога" },
                    { "Project Officer", "Сотрудник проекта" } });

    private void writeParticipants() throws SQLException, IOException {
        progress.start("participants", options.participants());
        Map<String, List<Institution>> bySide = Map.of(
                "UK", institutions.stream().filter(i -> i.country().equals("GB")).toList(),
                "RUSSIA", institutions.stream().filter(i -> i.country().equals("RU")).toList(),
                "OTHER", institutions.stream().filter(i -> !i.country().equals("GB") && !i.country().equals("RU"))
                        .toList());
        try (Copy copy = new Copy(connection, "participant", "id", "name_latin", "name_cyrillic", "institution_id",
                "side", "capacity", "position_en", "position_ru", "email", "phone", "archived")) {
            for (int i = 0; i < options.participants(); i++) {
                int roll = random.nextInt(100);
                String side = roll < 45 ? "UK" : roll < 90 ? "RUSSIA" : "OTHER";
                People.Name name = switch (side) {
                    case "UK" -> people.british();
                    case "RUSSIA" -> people.russian();
                    default -> people.guest();
                };
                List<Institution> candidates = bySide.get(side);
                Institution institution = candidates.isEmpty() || random.nextInt(100) < 8 ? null
                        : candidates.get(random.nextInt(candidates.size()));
                String capacity = weighted(CAPACITIES);
                String[] position = pick(POSITIONS.get(capacity));
                long id = nextParticipant++;
                String email = institution == null || random.nextInt(100) < 15 ? null
                        : People.mailbox(name.latin()) + "@" + institution.domain();
                copy.row(id, name.latin(), name.cyrillic(), institution == null ? null : institution.id(), side,
                        capacity, position[0], position[1], email,
                        random.nextInt(100) < 60 ? people.phone(side) : null, random.nextInt(100) < 2);
                // a few regulars come to most meetings
                persons.add(new Person(id, side, random.nextInt(100) < 15 ? 12 : 1));
                progress.step();
            }
        }
        progress.finish();
    }

    // ----------------------------------------------------------------------------------------------------- meetings

    private void writeMeetings() throws SQLException, IOException {
        progress.start("meetings", options.meetings());
        LocalDate first = today.minusYears(12);
        int span = (int) ChronoUnit.DAYS.between(first, today.plusDays(180));
        List<LocalDate> starts = new ArrayList<>();
        for (int i = 0; i < options.meetings(); i++) {
            starts.add(first.plusDays(random.nextInt(span)));
        }
        starts.sort(null);
        List<long[]> itemTopicRows = new ArrayList<>();
        try (Copy copy = new Copy(connection, "meeting", "id", "dialogue_id", "title_en", "title_ru", "city_en",
                "city_ru", "host_institution_id", "start_date", "end_date", "format", "track_level",
                "attribution_rule", "status", "summary_en", "summary_ru", "created_at", "updated_at")) {
            for (LocalDate start : starts) {
                Meeting meeting = meeting(start);
                meetings.add(meeting);
                String format = format(start);
                meeting.city = format.equals("ONLINE") ? null : pick(meeting.dialogue.cities());
                Institution host = host(meeting);
                agenda(meeting);
                attendance(meeting);
                Subject focus = subject(meeting.itemTopics.get(0).get(0));
                Text title = title(meeting, focus);
                Text summary = meeting.held()
                        ? phrases.summary(meeting.dialogue.nameEn(), meeting.dialogue.nameRu(),
                                meeting.city == null ? null : meeting.city.en(),
                                meeting.city == null ? null : meeting.city.ruIn(), meeting.attended.size(), focus,
                                subject(meeting.itemTopics.get(meeting.itemTopics.size() - 1).get(0)))
                        : null;
                Instant created = at(start.minusDays(60 + random.nextInt(60)), 10);
                Instant updated = meeting.held() ? min(at(meeting.end.plusDays(random.nextInt(120)), 12), now) : created;
                copy.row(meeting.id, meeting.dialogue.id(), title.en(), title.ru(),
                        meeting.city == null ? null : meeting.city.en(), meeting.city == null ? null : meeting.city.ru(),
                        host == null ? null : host.id(), start, meeting.end, format, meeting.dialogue.trackLevel(),
                        meeting.rule, meeting.status, summary == null ? null : summary.en(),
                        summary == null ? null : summary.ru(), created, updated);
                progress.step();
            }
        }
        try (Copy copy = new Copy(connection, "agenda_item", "id", "meeting_id", "position", "title_en", "title_ru")) {
            for (Meeting meeting : meetings) {
                for (int i = 0; i < meeting.itemIds.length; i++) {
                    Topic topic = meeting.itemTopics.get(i).get(0);
                    copy.row(meeting.itemIds[i], meeting.id, i,
                            topic.nameEn() == null ? null : "Session " + (i + 1) + ": " + topic.nameEn(),
                            topic.nameRu() == null ? null : "Сессия " + (i + 1) + ". " + topic.nameRu());
                    for (Topic tagged : meeting.itemTopics.get(i)) {
                        itemTopicRows.add(new long[] { meeting.itemIds[i], tagged.id() });
                    }
                }
            }
        }
        try (Copy copy = new Copy(connection, "agenda_item_topic", "agenda_item_id", "topic_id")) {
            itemTopicRows.forEach(row -> copy.row(row[0], row[1]));
        }
        writeAttendance();
        progress.finish();
    }

    private Meeting meeting(LocalDate start) {
        Meeting meeting = new Meeting();
        meeting.id = nextMeeting++;
        int roll = random.nextInt(100);
        meeting.dialogue = dialogues.get(roll < 50 ? 0 : Math.min(dialogues.size() - 1, 1 + (roll - 50) / 17));
        meeting.plenary = random.nextInt(100) < 70;
        meeting.start = start;
        meeting.end = start.plusDays(meeting.plenary ? 1 + random.nextInt(2) : random.nextInt(2));
        int rule = random.nextInt(100);
        meeting.rule = meeting.plenary ? (rule < 35 ? "NONE" : rule < 85 ? "SIDE" : "NAMED")
                : (rule < 40 ? "NONE" : rule < 80 ? "SIDE" : "NAMED");
        if (!meeting.end.isBefore(today)) {
            meeting.status = "PLANNED"; // until it is over
        }
        else if (meeting.end.isAfter(today.minusDays(240))) {
            meeting.status = random.nextBoolean() ? "HELD" : "REPORT_DRAFTED";
        }
        else {
            int status = random.nextInt(100);
            meeting.status = status < 85 ? "REPORT_PUBLISHED" : status < 95 ? "REPORT_DRAFTED" : "HELD";
        }
        return meeting;
    }

    /** Online during the pandemic, mostly in person otherwise. */
    private String format(LocalDate start) {
        int roll = random.nextInt(100);
        if (start.getYear() == 2020 || start.getYear() == 2021) {
            return roll < 60 ? "ONLINE" : roll < 85 ? "HYBRID" : "IN_PERSON";
        }
        return roll < 78 ? "IN_PERSON" : roll < 92 ? "HYBRID" : "ONLINE";
    }

    private Institution host(Meeting meeting) {
        if (meeting.city == null) {
            return random.nextBoolean() ? meeting.dialogue.ukOrganiser() : meeting.dialogue.ruOrganiser();
        }
        return switch (meeting.city.country()) {
            case "GB" -> meeting.dialogue.ukOrganiser();
            case "RU" -> meeting.dialogue.ruOrganiser();
            default -> institutions.stream().filter(i -> i.country().equals(meeting.city.country())).findFirst()
                    .orElse(null);
        };
    }

    private Text title(Meeting meeting, Subject focus) {
        String year = String.valueOf(meeting.start.getYear());
        Dialogue dialogue = meeting.dialogue;
        if (meeting.plenary) {
            return meeting.city == null
                    ? new Text(dialogue.nameEn() + ": online plenary meeting (" + year + ")",
                            dialogue.nameRu() + ": пленарная встреча в онлайн-формате (" + year + " г.)")
                    : new Text(dialogue.nameEn() + ": " + meeting.city.en() + " plenary meeting (" + year + ")",
                            dialogue.nameRu() + ": пленарная встреча " + meeting.city.ruIn() + " (" + year + " г.)");
        }
        String where = meeting.city == null ? "online" : meeting.city.en();
        String whereRu = meeting.city == null ? "онлайн" : meeting.city.ru();
        return new Text(dialogue.nameEn() + ": side meeting on " + focus.en() + " (" + where + ", " + year + ")",
                dialogue.nameRu() + ": встреча в узком формате по вопросам " + focus.ruGenitive() + " (" + whereRu
                        + ", " + year + " г.)");
    }

    /** Sessions, each on a top-level topic of its own, some also on one of its subtopics. */
    private void agenda(Meeting meeting) {
        int items = Math.min(roots.size(), meeting.plenary ? 4 + random.nextInt(3) : 2 + random.nextInt(2));
        List<Topic> shuffled = new ArrayList<>(roots);
        Collections.shuffle(shuffled, random);
        meeting.itemIds = new long[items];
        for (int i = 0; i < items; i++) {
            meeting.itemIds[i] = nextAgendaItem++;
            List<Topic> topics = new ArrayList<>();
            Topic root = shuffled.get(i);
            topics.add(root);
            List<Topic> subtopics = children.getOrDefault(root.id(), List.of());
            if (!subtopics.isEmpty() && random.nextInt(100) < 40) {
                topics.add(subtopics.get(random.nextInt(subtopics.size())));
            }
            meeting.itemTopics.add(topics);
        }
    }

    /**
     * Who was invited and in what role: a chair from each country, a rapporteur, some speakers; regulars come more
     * often than others. Only those who attended may be quoted by name.
     */
    private void attendance(Meeting meeting) {
        int size = Math.min(persons.size(), meeting.plenary ? 18 + random.nextInt(23) : 8 + random.nextInt(9));
        Set<Person> invited = new LinkedHashSet<>();
        int attempts = 0;
        while (invited.size() < size && attempts++ < size * 50) {
            Person person = persons.get(random.nextInt(persons.size()));
            if (random.nextInt(12) < person.activity()) {
                invited.add(person);
            }
        }
        boolean ukChair = false;
        boolean ruChair = false;
        boolean rapporteur = false;
        for (Person person : invited) {
            int roll = random.nextInt(100);
            String status = meeting.held() ? (roll < 88 ? "ATTENDED" : "DECLINED")
                    : (roll < 45 ? "INVITED" : roll < 90 ? "CONFIRMED" : "DECLINED");
            String role = "PARTICIPANT";
            if (!status.equals("DECLINED")) {
                if (!ukChair && person.side().equals("UK")) {
                    role = "CHAIR";
                    ukChair = true;
                }
                else if (!ruChair && person.side().equals("RUSSIA")) {
                    role = "CHAIR";
                    ruChair = true;
                }
                else if (!rapporteur) {
                    role = "RAPPORTEUR";
                    rapporteur = true;
                }
                else if (random.nextInt(100) < 25) {
                    role = "SPEAKER";
                }
            }
            meeting.attendance.add(new Object[] { nextAttendance++, meeting.id, person.id(), status, role });
            if (status.equals("ATTENDED")) {
                meeting.attended.add(person);
            }
        }
    }

    private void writeAttendance() throws SQLException, IOException {
        try (Copy copy = new Copy(connection, "attendance", "id", "meeting_id", "participant_id", "status", "role")) {
            meetings.forEach(meeting -> meeting.attendance.forEach(copy::row));
        }
    }

    // --------------------------------------------------------------------------------------------------- statements

    private static final String[][] KINDS = { { "POSITION", "40" }, { "PROPOSAL", "20" }, { "AGREEMENT", "15" },
            { "DISAGREEMENT", "15" }, { "QUOTE", "10" } };

    private void writeStatements() throws SQLException, IOException {
        progress.start("statements", options.statements());
        List<Meeting> held = meetings.stream().filter(Meeting::held).toList();
        int[] counts = spread(options.statements(), held);
        List<long[]> topicRows = new ArrayList<>();
        try (Copy copy = new Copy(connection, "statement", "id", "meeting_id", "agenda_item_id", "position", "kind",
                "side", "attribution", "speaker_id", "text_en", "text_ru", "created_at", "updated_at")) {
            for (int m = 0; m < held.size(); m++) {
                Meeting meeting = held.get(m);
                meeting.firstStatement = nextStatement;
                meeting.statements = counts[m];
                Instant minutes = at(meeting.end, 16);
                for (int position = 0; position < counts[m]; position++) {
                    // minutes follow the agenda: the first statements on the first session, and so on
                    int item = position * meeting.itemIds.length / Math.max(1, counts[m]);
                    boolean general = random.nextInt(100) < 10;
                    List<Topic> topics = general ? List.of(pick(roots)) : meeting.itemTopics.get(item);
                    String kind = weighted(KINDS);
                    int sideRoll = random.nextInt(100);
                    String side = kind.equals("AGREEMENT") && sideRoll < 70 ? "BOTH"
                            : sideRoll < 45 ? "UK" : sideRoll < 90 ? "RUSSIA" : "BOTH";
                    String attribution = attribution(meeting.rule);
                    Person speaker = speaker(meeting, side, attribution);
                    if (attribution.equals("NAMED") && speaker == null) {
                        attribution = "SIDE";
                    }
                    Text text = phrases.statement(kind, subject(topics.get(random.nextInt(topics.size()))));
                    int languages = random.nextInt(100);
                    long id = nextStatement++;
                    Instant created = minutes.plus(position, ChronoUnit.MINUTES);
                    copy.row(id, meeting.id, general ? null : meeting.itemIds[item], position, kind, side, attribution,
                            speaker == null ? null : speaker.id(), languages < 93 ? text.en() : null,
                            languages < 85 || languages >= 93 ? text.ru() : null, created, created);
                    for (Topic topic : topics) {
                        topicRows.add(new long[] { id, topic.id() });
                    }
                    progress.step();
                }
            }
        }
        try (Copy copy = new Copy(connection, "statement_topic", "statement_id", "topic_id")) {
            topicRows.forEach(row -> copy.row(row[0], row[1]));
        }
        progress.finish();
    }

    /** At most the meeting's rule: NONE < SIDE < NAMED. */
    private String attribution(String rule) {
        int roll = random.nextInt(100);
        return switch (rule) {
            case "NAMED" -> roll < 60 ? "NAMED" : roll < 90 ? "SIDE" : "NONE";
            case "SIDE" -> roll < 80 ? "SIDE" : "NONE";
            default -> "NONE";
        };
    }

    /** Who said it: always known when it is on the record, often known to the organisers otherwise. */
    private Person speaker(Meeting meeting, String side, String attribution) {
        if (!attribution.equals("NAMED") && random.nextInt(100) >= 40) {
            return null;
        }
        List<Person> candidates = side.equals("BOTH") ? meeting.attended
                : meeting.attended.stream().filter(person -> person.side().equals(side)).toList();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    // ---------------------------------------------------------------------------------------------- recommendations

    private static final String[][] ADDRESSEES = { { "UK_GOVERNMENT", "14" }, { "RUSSIAN_GOVERNMENT", "14" },
            { "BOTH_GOVERNMENTS", "30" }, { "NATO_RUSSIA_COUNCIL", "9" }, { "OSCE", "9" },
            { "NEW_BILATERAL_FORUM", "6" }, { "TRACK_2_ORGANISERS", "14" }, { "OTHER", "4" } };

    private static final String[][] FEASIBILITIES = { { "REALISTIC", "35" }, { "POSSIBLE", "40" },
            { "UNLIKELY", "25" } };

    private static final String[][] CONSENSUSES = { { "CONSENSUS", "45" }, { "MAJORITY", "30" },
            { "UK_SIDE", "12" }, { "RUSSIAN_SIDE", "13" } };

    private void writeRecommendations() throws SQLException, IOException {
        progress.start("recommendations", options.recommendations());
        List<Meeting> held = meetings.stream().filter(Meeting::held).toList();
        int[] counts = spread(options.recommendations(), held);
        List<long[]> topicRows = new ArrayList<>();
        List<long[]> meetingRows = new ArrayList<>();
        List<long[]> statementRows = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        try (Copy copy = new Copy(connection, "recommendation", "id", "reference", "title_en", "title_ru", "text_en",
                "text_ru", "addressed_to", "feasibility", "consensus", "status", "archived", "created_at",
                "updated_at")) {
            for (int m = 0; m < held.size(); m++) {
                Meeting meeting = held.get(m);
                for (int n = 0; n < counts[m]; n++) {
                    long id = nextRecommendation++;
                    List<Topic> topics = new ArrayList<>(pick(meeting.itemTopics));
                    if (random.nextInt(100) < 25) {
                        Topic extra = pick(roots);
                        if (!topics.contains(extra)) {
                            topics.add(extra);
                        }
                    }
                    Subject subject = subject(topics.get(0));
                    Text title = phrases.recommendationTitle(subject);
                    Text text = phrases.recommendationText(subject);
                    int languages = random.nextInt(100);
                    boolean english = languages < 96;
                    boolean russian = languages < 90 || languages >= 96;
                    Instant proposed = at(meeting.end, 17);
                    List<Lifecycle.Change> history = Lifecycle.history(random, proposed, now);
                    Lifecycle.Change last = history.get(history.size() - 1);
                    copy.row(id, reference(meeting), english ? title.en() : null, russian ? title.ru() : null,
                            english ? text.en() : null, russian ? text.ru() : null, weighted(ADDRESSEES),
                            weighted(FEASIBILITIES), weighted(CONSENSUSES), last.to().name(), false, proposed,
                            last.at());
                    topics.forEach(topic -> topicRows.add(new long[] { id, topic.id() }));
                    meetingRows.add(new long[] { id, meeting.id });
                    Meeting later = laterMeeting(held, m);
                    if (later != null && random.nextInt(100) < 12) {
                        meetingRows.add(new long[] { id, later.id });
                    }
                    if (meeting.statements > 0 && random.nextInt(100) < 75) {
                        int links = 1 + random.nextInt(Math.min(3, meeting.statements));
                        Set<Long> linked = new HashSet<>();
                        while (linked.size() < links) {
                            linked.add(meeting.firstStatement + random.nextInt(meeting.statements));
                        }
                        linked.stream().sorted().forEach(statement -> statementRows.add(new long[] { id, statement }));
                    }
                    boolean reopened = false;
                    for (Lifecycle.Change change : history) {
                        reopened |= change.from() != null && !change.from().isOpen();
                        changes.add(new Object[] { nextStatusChange++, id,
                                change.from() == null ? null : change.from().name(), change.to().name(), change.at(),
                                phrases.statusNote(change.to().name(),
                                        meeting.city == null ? null : meeting.city.en(),
                                        reopened && change.to() == Lifecycle.Status.UNDER_CONSIDERATION),
                                existing.recorders().isEmpty() ? null : pick(existing.recorders()) });
                    }
                    recommendations.add(new Recommendation(id, proposed, last.to().name(), meeting, subject));
                    progress.step();
                }
            }
        }
        progress.finish();
        progress.start("links, timelines", topicRows.size() + meetingRows.size() + statementRows.size()
                + changes.size());
        copyPairs("recommendation_topic", "recommendation_id", "topic_id", topicRows);
        copyPairs("recommendation_meeting", "recommendation_id", "meeting_id", meetingRows);
        copyPairs("recommendation_statement", "recommendation_id", "statement_id", statementRows);
        try (Copy copy = new Copy(connection, "recommendation_status_change", "id", "recommendation_id",
                "from_status", "to_status", "changed_at", "note", "changed_by_id")) {
            for (Object[] change : changes) {
                copy.row(change);
                progress.step();
            }
        }
        progress.finish();
    }

    /** The dialogue's style: UKRU-2019-07, numbered on from the highest reference of that year. */
    private String reference(Meeting meeting) {
        String stem = meeting.dialogue.prefix() + "-" + meeting.end.getYear() + "-";
        int number = referenceNumbers.merge(stem, 1, Integer::sum);
        return stem + String.format(Locale.ROOT, "%02d", number);
    }

    /** The next held meeting of the same dialogue, where a recommendation may be taken up again. */
    private static Meeting laterMeeting(List<Meeting> held, int index) {
        for (int i = index + 1; i < held.size(); i++) {
            if (held.get(i).dialogue == held.get(index).dialogue) {
                return held.get(i);
            }
        }
        return null;
    }

    private void copyPairs(String table, String first, String second, List<long[]> rows)
            throws SQLException, IOException {
        try (Copy copy = new Copy(connection, table, first, second)) {
            for (long[] row : rows) {
                copy.row(row[0], row[1]);
                progress.step();
            }
        }
    }

    // --------------------------------------------------------------------------------------------------- follow-ups

    private void writeFollowUps() throws SQLException, IOException {
        progress.start("follow-ups", options.followUps());
        if (recommendations.isEmpty()) {
            progress.finish();
            return;
        }
        // more follow-ups where a recommendation was taken up, few where it was turned down
        double[] cumulative = new double[recommendations.size()];
        double total = 0;
        for (int i = 0; i < recommendations.size(); i++) {
            total += switch (recommendations.get(i).status()) {
                case "PROPOSED" -> 1;
                case "UNDER_CONSIDERATION", "STALLED" -> 2;
                case "ADOPTED", "IMPLEMENTED" -> 3;
                case "IN_PROGRESS" -> 4;
                case "REJECTED" -> 0.5;
                default -> 1.5;
            };
            cumulative[i] = total;
        }
        int[] owners = new int[options.followUps()];
        for (int i = 0; i < owners.length; i++) {
            int index = Arrays.binarySearch(cumulative, random.nextDouble() * total);
            owners[i] = index >= 0 ? index : -index - 1;
        }
        Arrays.sort(owners);
        try (Copy copy = new Copy(connection, "follow_up_action", "id", "recommendation_id", "description_en",
                "description_ru", "owner_participant_id", "owner_institution_id", "owner_text", "due_date", "status",
                "completion_note", "completed_on", "created_at", "updated_at")) {
            for (int index : owners) {
                followUp(copy, recommendations.get(Math.min(index, recommendations.size() - 1)));
                progress.step();
            }
        }
        progress.finish();
    }

    private void followUp(Copy copy, Recommendation recommendation) {
        long age = Math.max(1, ChronoUnit.DAYS.between(recommendation.created(), now));
        Instant created = recommendation.created().plus(Math.min(age - 1, 5 + random.nextInt(400)), ChronoUnit.DAYS);
        LocalDate createdOn = LocalDate.ofInstant(created, ZoneOffset.UTC);
        LocalDate due = createdOn.plusDays(30 + random.nextInt(510));
        int roll = random.nextInt(100);
        String status;
        if (recommendation.status().equals("REJECTED") || recommendation.status().equals("OVERTAKEN_BY_EVENTS")) {
            status = roll < 60 ? "CANCELLED" : "DONE";
        }
        else if (due.isBefore(today)) {
            status = roll < 55 ? "DONE" : roll < 67 ? "CANCELLED" : roll < 85 ? "OPEN" : "IN_PROGRESS";
        }
        else {
            status = roll < 50 ? "OPEN" : roll < 90 ? "IN_PROGRESS" : "DONE";
        }
        LocalDate completed = null;
        String note = null;
        Instant updated = min(created.plus(random.nextInt(90), ChronoUnit.DAYS), now);
        if (status.equals("DONE")) {
            LocalDate latest = due.plusDays(30).isBefore(today) ? due.plusDays(30) : today;
            long window = Math.max(0, ChronoUnit.DAYS.between(createdOn, latest));
            completed = createdOn.plusDays(window == 0 ? 0 : random.nextInt((int) Math.min(window, 10_000)));
            note = phrases.doneNote();
            updated = min(at(completed, 15), now);
        }
        else if (status.equals("CANCELLED")) {
            note = phrases.cancelledNote();
        }
        Long participant = null;
        Long institution = null;
        String ownerText = null;
        int owner = random.nextInt(100);
        List<Person> attended = recommendation.meeting().attended;
        if (owner < 35 && !attended.isEmpty()) {
            participant = attended.get(random.nextInt(attended.size())).id();
        }
        else if (owner < 65) {
            institution = pick(institutions).id();
        }
        else if (owner < 85) {
            ownerText = phrases.ownerText();
        }
        Text description = phrases.followUp(recommendation.subject());
        int languages = random.nextInt(100);
        copy.row(nextFollowUp++, recommendation.id(), languages < 95 ? description.en() : null,
                languages < 85 || languages >= 95 ? description.ru() : null, participant, institution, ownerText, due,
                status, note, completed, created, updated.isBefore(created) ? created : updated);
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private Subject subject(Topic topic) {
        return phrases.subject(topic.slug(), topic.nameEn(), topic.nameRu());
    }

    /** {@code total} split over the meetings, plenaries taking about three times a side meeting's share. */
    private int[] spread(int total, List<Meeting> over) {
        int[] counts = new int[over.size()];
        if (over.isEmpty()) {
            return counts;
        }
        double[] weights = new double[over.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (over.get(i).plenary ? 3 : 1) * (0.6 + 0.8 * random.nextDouble());
            sum += weights[i];
        }
        int given = 0;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = (int) Math.floor(total * weights[i] / sum);
            given += counts[i];
        }
        for (int i = 0; given < total; i = (i + 1) % counts.length) {
            counts[i]++;
            given++;
        }
        return counts;
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private String weighted(String[][] choices) {
        int total = 0;
        for (String[] choice : choices) {
            total += Integer.parseInt(choice[1]);
        }
        int roll = random.nextInt(total);
        for (String[] choice : choices) {
            roll -= Integer.parseInt(choice[1]);
            if (roll < 0) {
                return choice[0];
            }
        }
        throw new IllegalStateException();
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
