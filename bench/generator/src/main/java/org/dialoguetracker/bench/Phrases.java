package org.dialoguetracker.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The texts of a security dialogue, in English and in Russian, built from phrases that translate each other.
 * Datafaker has no Russian prose worth searching, so sentences are put together here from what such meetings say
 * ("engagement", "arms control", "переговоры", "контроль над вооружениями"), with a topic in each: in English a noun
 * phrase, in Russian the same in the genitive, which every Russian template takes ("по вопросам контроля над
 * вооружениями"). Nothing names a speaker or a side, so a statement's text never gives away what its attribution
 * withholds.
 */
final class Phrases {

    /** A subject of discussion: English noun phrase, Russian genitive. */
    record Subject(String en, String ruGenitive) {
    }

    /** A text in both languages. */
    record Text(String en, String ru) {
    }

    /** Subjects per topic slug of the demo taxonomy; a topic not listed here is spoken of by its name. */
    private static final Map<String, List<Subject>> SUBJECTS = Map.ofEntries(
            Map.entry("risk-reduction", List.of(
                    new Subject("risk reduction and confidence building", "снижения рисков и укрепления доверия"),
                    new Subject("crisis communication", "кризисной коммуникации"),
                    new Subject("nuclear risk reduction", "снижения ядерных рисков"))),
            Map.entry("incident-prevention", List.of(
                    new Subject("the prevention of military incidents", "предотвращения военных инцидентов"),
                    new Subject("incidents at sea and in the air", "предотвращения инцидентов на море и в воздухе"))),
            Map.entry("military-signalling", List.of(
                    new Subject("military signalling and communication channels",
                            "обмена сигналами о намерениях и каналов военной связи"),
                    new Subject("the notification of military exercises", "уведомлений о военных учениях"))),
            Map.entry("mil-to-mil", List.of(
                    new Subject("military-to-military engagement", "контактов по военной линии"),
                    new Subject("contacts between defence ministries", "контактов между оборонными ведомствами"))),
            Map.entry("nato-russia-council", List.of(
                    new Subject("military dialogue in the NATO–Russia Council",
                            "военного диалога в рамках Совета Россия–НАТО"))),
            Map.entry("osce", List.of(
                    new Subject("military transparency in the OSCE", "военной транспарентности в рамках ОБСЕ"),
                    new Subject("the Vienna Document", "Венского документа"))),
            Map.entry("bilateral-forum", List.of(
                    new Subject("a dedicated bilateral security forum",
                            "создания специализированной двусторонней площадки по безопасности"))),
            Map.entry("arms-control", List.of(
                    new Subject("arms control", "контроля над вооружениями"),
                    new Subject("strategic stability", "стратегической стабильности"),
                    new Subject("arms control verification", "проверки в сфере контроля над вооружениями"))),
            Map.entry("cyber-security", List.of(
                    new Subject("cyber security", "кибербезопасности"),
                    new Subject("norms of responsible behaviour in cyberspace",
                            "норм ответственного поведения в киберпространстве"),
                    new Subject("information security", "информационной безопасности"))),
            Map.entry("counter-terrorism", List.of(
                    new Subject("counter-terrorism cooperation", "сотрудничества в противодействии терроризму"),
                    new Subject("countering violent extremism", "противодействия насильственному экстремизму"))),
            Map.entry("regional-security", List.of(
                    new Subject("regional security", "региональной безопасности"),
                    new Subject("security in the Arctic", "безопасности в Арктике"),
                    new Subject("the situation in the Black Sea region", "ситуации в Черноморском регионе"),
                    new Subject("the situation in the Middle East", "ситуации на Ближнем Востоке"),
                    new Subject("Afghanistan and Central Asia", "ситуации в Афганистане и Центральной Азии"))),
            Map.entry("perspectives-values", List.of(
                    new Subject("the balance of values and interests", "соотношения ценностей и интересов"),
                    new Subject("differing threat perceptions", "различий в восприятии угроз"))));

    private static final Text[] OPENERS_POSITION = {
            new Text("It was argued that ", "Высказывалось мнение, что "),
            new Text("One expert stressed that ", "Один из экспертов подчеркнул, что "),
            new Text("It was noted that ", "Было отмечено, что "),
            new Text("A participant recalled that ", "Один из участников напомнил, что "),
            new Text("", "") };

    private static final Text[] OPENERS_AGREEMENT = {
            new Text("Participants agreed that ", "Участники согласились с тем, что "),
            new Text("There was broad agreement that ", "Было высказано общее мнение, что ") };

    private static final Text[] OPENERS_DISAGREEMENT = {
            new Text("Not all participants agreed that ", "Не все участники согласились с тем, что "),
            new Text("Several participants cautioned that ", "Ряд участников предостерёг, что "),
            new Text("Views differed, as some argued that ", "Мнения разошлись: некоторые утверждали, что ") };

    /** Clauses about a subject ({@code %s}): English after "that", Russian after "что". */
    private static final Text[] CLAUSES = {
            new Text("engagement on %s remains one of the few realistic areas of cooperation between the UK and Russia",
                    "взаимодействие по вопросам %s остаётся одним из немногих реалистичных направлений сотрудничества "
                            + "между Великобританией и Россией"),
            new Text("without reliable channels of communication, progress on %s is unlikely",
                    "без надёжных каналов связи прогресс по вопросам %s маловероятен"),
            new Text("negotiations on %s should resume at expert level before any official talks",
                    "переговоры по вопросам %s следует возобновить на экспертном уровне, прежде чем начинать "
                            + "официальные консультации"),
            new Text("the absence of agreed rules on %s creates a real risk of unintended escalation",
                    "отсутствие согласованных правил в отношении %s создаёт реальный риск непреднамеренной эскалации"),
            new Text("dialogue on %s is not a concession to the other side and does not symbolise appeasement",
                    "диалог по вопросам %s не является уступкой другой стороне и не означает политики умиротворения"),
            new Text("each side frames the question of %s in terms of its own values and interests",
                    "каждая из сторон рассматривает вопросы %s сквозь призму собственных ценностей и интересов"),
            new Text("the experience of the Cold War shows that cooperation on %s is possible even at times of deep "
                    + "mistrust",
                    "опыт холодной войны показывает, что сотрудничество по вопросам %s возможно даже в периоды "
                            + "глубокого недоверия"),
            new Text("the current state of relations leaves little room for official engagement on %s",
                    "нынешнее состояние отношений оставляет мало места для официального взаимодействия по вопросам %s"),
            new Text("options on %s should be examined from both perspectives before they are dismissed",
                    "варианты решений по вопросам %s следует рассмотреть с позиций обеих сторон, прежде чем "
                            + "отказываться от них"),
            new Text("transparency on %s would reduce the risk of misreading each other's intentions",
                    "транспарентность в отношении %s снизила бы риск неверного истолкования намерений друг друга"),
            new Text("Track II channels can prepare the ground for official negotiations on %s",
                    "каналы «второго трека» способны подготовить почву для официальных переговоров по вопросам %s"),
            new Text("mistrust on %s has deepened since the previous round of the dialogue",
                    "недоверие в вопросах %s усилилось со времени предыдущего раунда диалога"),
            new Text("practical engagement on %s need not wait for a wider political settlement",
                    "практическое взаимодействие по вопросам %s не обязательно должно ждать более широкого "
                            + "политического урегулирования") };

    /** Proposals about a subject: English after "to", Russian an infinitive. */
    private static final Text[] PROPOSALS = {
            new Text("set up a joint expert working group on %s",
                    "создать совместную экспертную рабочую группу по вопросам %s"),
            new Text("hold regular consultations on %s between defence officials",
                    "проводить регулярные консультации по вопросам %s между представителями оборонных ведомств"),
            new Text("publish a joint glossary of the terms used in discussions of %s",
                    "подготовить совместный глоссарий терминов, используемых при обсуждении %s"),
            new Text("invite more government officials and practitioners to the next session on %s",
                    "пригласить на следующую сессию по вопросам %s больше представителей государственных структур "
                            + "и практиков"),
            new Text("prepare a joint paper setting out each side's approach to %s",
                    "подготовить совместную записку с изложением подходов каждой из сторон к вопросам %s"),
            new Text("resume negotiations on %s at expert level",
                    "возобновить переговоры по вопросам %s на экспертном уровне") };

    private static final Text[] SECOND_SENTENCES = {
            new Text("This would require political will on both sides.",
                    "Для этого потребуется политическая воля обеих сторон."),
            new Text("The discussion showed that the gap in perspectives remains wide.",
                    "Дискуссия показала, что разрыв во взглядах сторон остаётся значительным."),
            new Text("Realistic areas of engagement should be separated from those unlikely to produce results.",
                    "Реалистичные направления взаимодействия следует отделить от тех, что вряд ли принесут результат."),
            new Text("Confidence-building measures of the past could serve as a model.",
                    "Образцом могли бы послужить меры укрепления доверия, применявшиеся в прошлом."),
            new Text("Arms control experts should be involved at an early stage.",
                    "К работе следует на раннем этапе привлечь экспертов по контролю над вооружениями."),
            new Text("Both countries share an interest in avoiding military incidents.",
                    "Обе страны заинтересованы в предотвращении военных инцидентов."),
            new Text("Engagement of this kind is not a reward for the other side's behaviour.",
                    "Такое взаимодействие не является наградой за поведение другой стороны."),
            new Text("Official negotiations are unlikely in the near term, but expert contacts should continue.",
                    "Официальные переговоры в ближайшее время маловероятны, однако экспертные контакты следует "
                            + "продолжать."),
            new Text("The experience of the OSCE and the NATO–Russia Council was discussed.",
                    "Обсуждался опыт ОБСЕ и Совета Россия–НАТО."),
            new Text("Continued engagement matters most at times of tension.",
                    "Продолжение контактов важнее всего именно в периоды напряжённости.") };

    private static final Text[] TITLES = {
            new Text("Resume expert consultations on %s", "Возобновить экспертные консультации по вопросам %s"),
            new Text("Establish a joint working group on %s", "Создать совместную рабочую группу по вопросам %s"),
            new Text("Agree a code of conduct on %s", "Согласовать кодекс поведения в отношении %s"),
            new Text("Involve practitioners in the dialogue on %s", "Привлечь практиков к диалогу по вопросам %s"),
            new Text("Exchange assessments of %s before each round",
                    "Обмениваться оценками по вопросам %s перед каждым раундом"),
            new Text("Set up a Track 1.5 channel on %s", "Создать канал формата «трек 1,5» по вопросам %s"),
            new Text("Map realistic areas of engagement on %s",
                    "Определить реалистичные направления взаимодействия по вопросам %s"),
            new Text("Prepare a joint paper on %s", "Подготовить совместную записку по вопросам %s"),
            new Text("Brief officials on both sides on %s", "Проинформировать официальных лиц обеих сторон по вопросам %s"),
            new Text("Explore confidence-building measures on %s", "Изучить меры укрепления доверия в отношении %s") };

    /** Where engagement could happen: English, Russian accusative (after "через"). */
    private static final Text[] CHANNELS = {
            new Text("the NATO–Russia Council", "Совет Россия–НАТО"),
            new Text("the OSCE", "ОБСЕ"),
            new Text("a new dedicated bilateral forum", "новую специализированную двустороннюю площадку"),
            new Text("existing Track II channels", "существующие каналы «второго трека»"),
            new Text("working groups of experts and practitioners", "рабочие группы экспертов и практиков") };

    private static final Text[] RECOMMENDATION_OPENINGS = {
            new Text("Participants recommend expert engagement on %s through %s.",
                    "Участники рекомендуют развивать экспертное взаимодействие по вопросам %s через %s."),
            new Text("The recommendation builds on the discussion of %s at the meeting, and proposes to use %s.",
                    "Рекомендация основана на обсуждении %s на встрече; предлагается задействовать %s.") };

    private static final Text[] RECOMMENDATION_CLOSINGS = {
            new Text("Its aim is to reduce the risk of unintended escalation and to rebuild a minimum of trust.",
                    "Её цель — снизить риск непреднамеренной эскалации и восстановить минимальное доверие."),
            new Text("Progress should be reviewed at the next round of the dialogue.",
                    "Ход выполнения следует рассмотреть на следующем раунде диалога."),
            new Text("Where official negotiations are not possible, Track II engagement should continue.",
                    "Там, где официальные переговоры невозможны, следует продолжать взаимодействие по линии "
                            + "«второго трека».") };

    private static final Text[] FOLLOW_UPS = {
            new Text("Circulate the recommendation on %s to officials in London and Moscow.",
                    "Направить рекомендацию по вопросам %s официальным лицам в Лондоне и Москве."),
            new Text("Prepare a discussion paper on %s.", "Подготовить аналитическую записку по вопросам %s."),
            new Text("Convene a working group meeting on %s.", "Провести заседание рабочей группы по вопросам %s."),
            new Text("Brief parliamentarians on the findings on %s.",
                    "Проинформировать парламентариев о выводах по вопросам %s."),
            new Text("Draft terms of reference for expert consultations on %s.",
                    "Подготовить проект положения об экспертных консультациях по вопросам %s."),
            new Text("Identify officials and practitioners willing to join the discussion of %s.",
                    "Определить представителей государственных структур и практиков, готовых присоединиться "
                            + "к обсуждению %s."),
            new Text("Publish a short commentary on %s in English and Russian.",
                    "Опубликовать краткий комментарий по вопросам %s на английском и русском языках."),
            new Text("Organise a side event on %s on the margins of an international conference.",
                    "Организовать мероприятие по вопросам %s на полях международной конференции.") };

    private static final String[] DONE_NOTES = { "Done as planned.", "Paper circulated to both organisers.",
            "Meeting held; minutes shared with the participants.", "Briefing given; feedback recorded in the file.",
            "Published in English and Russian.", "Terms of reference agreed by both organisers." };

    private static final String[] CANCELLED_NOTES = {
            "Cancelled: travel restrictions made an in-person meeting impossible.",
            "Cancelled after official contacts were suspended.", "Superseded by a later follow-up action.",
            "No longer relevant: the recommendation was overtaken by events." };

    private static final String[] OWNER_TEXTS = { "RUSI–RIAC joint drafting group", "Dialogue secretariat",
            "Co-chairs of the dialogue", "Working group rapporteurs", "Секретариат диалога",
            "Рабочая группа по подготовке доклада" };

    private final Random random;

    Phrases(Random random) {
        this.random = random;
    }

    /** Something to say about the topic {@code slug}, whose names are {@code nameEn}/{@code nameRu}. */
    Subject subject(String slug, String nameEn, String nameRu) {
        List<Subject> subjects = SUBJECTS.get(slug);
        if (subjects != null) {
            return subjects.get(random.nextInt(subjects.size()));
        }
        String en = nameEn == null || nameEn.isBlank() ? nameRu : nameEn.toLowerCase(Locale.ROOT);
        String ru = nameRu == null || nameRu.isBlank() ? nameEn : nameRu;
        return new Subject(en, "темы «" + ru + "»");
    }

    /** A key point of a discussion of the kind given (POSITION, AGREEMENT, DISAGREEMENT, PROPOSAL, QUOTE). */
    Text statement(String kind, Subject subject) {
        Text body = switch (kind) {
            case "PROPOSAL" -> {
                Text proposal = pick(PROPOSALS);
                yield new Text("A proposal was made to " + proposal.en().formatted(subject.en()) + ".",
                        "Было предложено " + proposal.ru().formatted(subject.ruGenitive()) + ".");
            }
            case "QUOTE" -> {
                Text clause = pick(CLAUSES);
                yield new Text("“" + capitalised(clause.en().formatted(subject.en())) + ".”",
                        "«" + capitalised(clause.ru().formatted(subject.ruGenitive())) + "»");
            }
            default -> {
                Text opener = pick(switch (kind) {
                    case "AGREEMENT" -> OPENERS_AGREEMENT;
                    case "DISAGREEMENT" -> OPENERS_DISAGREEMENT;
                    default -> OPENERS_POSITION;
                });
                Text clause = pick(CLAUSES);
                yield new Text(capitalised(opener.en() + clause.en().formatted(subject.en())) + ".",
                        capitalised(opener.ru() + clause.ru().formatted(subject.ruGenitive())) + ".");
            }
        };
        return random.nextInt(10) < 6 ? then(body, pick(SECOND_SENTENCES)) : body;
    }

    Text recommendationTitle(Subject subject) {
        Text title = pick(TITLES);
        return new Text(title.en().formatted(subject.en()), title.ru().formatted(subject.ruGenitive()));
    }

    Text recommendationText(Subject subject) {
        Text opening = pick(RECOMMENDATION_OPENINGS);
        Text channel = pick(CHANNELS);
        Text clause = pick(CLAUSES);
        Text text = new Text(opening.en().formatted(subject.en(), channel.en()),
                opening.ru().formatted(subject.ruGenitive(), channel.ru()));
        text = then(text, new Text(capitalised(clause.en().formatted(subject.en())) + ".",
                capitalised(clause.ru().formatted(subject.ruGenitive())) + "."));
        return then(text, pick(RECOMMENDATION_CLOSINGS));
    }

    Text followUp(Subject subject) {
        Text followUp = pick(FOLLOW_UPS);
        return new Text(followUp.en().formatted(subject.en()), followUp.ru().formatted(subject.ruGenitive()));
    }

    /** What a meeting was about, for its summary. */
    Text summary(String dialogueEn, String dialogueRu, String cityEn, String cityRuLocative, int attendees,
            Subject first, Subject second) {
        Text where = cityEn == null
                ? new Text("The meeting of the %s was held online and brought together %d experts and officials "
                        .formatted(dialogueEn, attendees),
                        "Встреча в рамках диалога «%s» прошла в онлайн-формате; в ней приняли участие %d экспертов "
                                .formatted(dialogueRu, attendees))
                : new Text("The meeting of the %s took place in %s and brought together %d experts and officials "
                        .formatted(dialogueEn, cityEn, attendees),
                        "Встреча в рамках диалога «%s» состоялась %s; в ней приняли участие %d экспертов "
                                .formatted(dialogueRu, cityRuLocative, attendees));
        Text text = new Text(where.en() + "from the UK, Russia and other countries.",
                where.ru() + "и официальных лиц из Великобритании, России и других стран.");
        text = then(text, new Text("Discussion focused on %s and on %s.".formatted(first.en(), second.en()),
                "Основное внимание было уделено вопросам %s, а также %s.".formatted(first.ruGenitive(),
                        second.ruGenitive())));
        return then(text, pick(SECOND_SENTENCES));
    }

    /** Why a recommendation moved to {@code status}, as an organiser would note it. */
    String statusNote(String status, String city, boolean reopened) {
        return switch (status) {
            case "PROPOSED" -> city == null ? "Recommended at the online meeting." : "Recommended at the " + city
                    + " meeting.";
            case "UNDER_CONSIDERATION" -> reopened ? "Reopened after renewed interest on both sides."
                    : pick("Conference report published in English and Russian and shared with officials on both sides.",
                            "Raised with officials in London and Moscow.");
            case "ADOPTED" -> pick("Adopted by the organisers as a working principle.",
                    "Officials on both sides agreed to take it forward.");
            case "IN_PROGRESS" -> pick("First steps taken; see the follow-up actions.", "Terms of reference agreed.");
            case "IMPLEMENTED" -> pick("Implemented as recommended.", "Applied in the following round of the dialogue.");
            case "STALLED" -> pick("No progress since official contacts were suspended.",
                    "Stalled for lack of political will on both sides.");
            case "REJECTED" -> pick("Rejected by officials as premature.", "Not accepted by one of the governments.");
            default -> pick("Overtaken by events: the forum concerned no longer meets.",
                    "Moot after the further deterioration of relations.");
        };
    }

    String doneNote() {
        return pick(DONE_NOTES);
    }

    String cancelledNote() {
        return pick(CANCELLED_NOTES);
    }

    String ownerText() {
        return pick(OWNER_TEXTS);
    }

    private static Text then(Text first, Text second) {
        return new Text(first.en() + " " + second.en(), first.ru() + " " + second.ru());
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
