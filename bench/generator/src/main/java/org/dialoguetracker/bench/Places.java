package org.dialoguetracker.bench;

import java.util.List;

/** Where meetings are held and where institutions are, in both languages. */
final class Places {

    /**
     * A city: English name, Russian name, Russian "in the city" (the locative differs from the name), ISO country,
     * and how often meetings go there.
     */
    record City(String en, String ru, String ruIn, String country, int weight) {
    }

    /** Dialogues generated beside the demo one: names, Russian name, reference prefix, track level. */
    record DialogueKind(String nameEn, String nameRu, String descriptionEn, String descriptionRu, String prefix,
            String trackLevel, List<String> cities) {
    }

    static final List<City> MEETING_CITIES = List.of(
            new City("London", "Лондон", "в Лондоне", "GB", 30),
            new City("Moscow", "Москва", "в Москве", "RU", 30),
            new City("Geneva", "Женева", "в Женеве", "CH", 8),
            new City("Vienna", "Вена", "в Вене", "AT", 8),
            new City("Helsinki", "Хельсинки", "в Хельсинки", "FI", 6),
            new City("Berlin", "Берлин", "в Берлине", "DE", 4),
            new City("Edinburgh", "Эдинбург", "в Эдинбурге", "GB", 4),
            new City("Saint Petersburg", "Санкт-Петербург", "в Санкт-Петербурге", "RU", 5),
            new City("Oxford", "Оксфорд", "в Оксфорде", "GB", 3),
            new City("Istanbul", "Стамбул", "в Стамбуле", "TR", 3),
            new City("Stockholm", "Стокгольм", "в Стокгольме", "SE", 2),
            new City("Oslo", "Осло", "в Осло", "NO", 2),
            new City("Kazan", "Казань", "в Казани", "RU", 2),
            new City("Tromsø", "Тромсё", "в Тромсё", "NO", 2),
            new City("Murmansk", "Мурманск", "в Мурманске", "RU", 2),
            new City("Reykjavik", "Рейкьявик", "в Рейкьявике", "IS", 1));

    /** British towns with their Russian names, for the names of British institutions. */
    static final String[][] UK_TOWNS = { { "London", "Лондон" }, { "Birmingham", "Бирмингем" },
            { "Manchester", "Манчестер" }, { "Leeds", "Лидс" }, { "Glasgow", "Глазго" }, { "Edinburgh", "Эдинбург" },
            { "Bristol", "Бристоль" }, { "Cardiff", "Кардифф" }, { "Belfast", "Белфаст" }, { "Oxford", "Оксфорд" },
            { "Cambridge", "Кембридж" }, { "York", "Йорк" }, { "Durham", "Дарем" }, { "Exeter", "Эксетер" },
            { "Aberdeen", "Абердин" }, { "St Andrews", "Сент-Эндрюс" }, { "Nottingham", "Ноттингем" },
            { "Sheffield", "Шеффилд" }, { "Lancaster", "Ланкастер" }, { "Bath", "Бат" }, { "Warwick", "Уорик" },
            { "Kent", "Кент" }, { "Sussex", "Сассекс" }, { "Reading", "Рединг" }, { "Portsmouth", "Портсмут" } };

    /** Institution names built from a town: English and Russian patterns ({@code %s} the town), and the kind. */
    record Pattern(String en, String ru, String kind) {
    }

    static final List<Pattern> UK_PATTERNS = List.of(
            new Pattern("%s Institute for Strategic Studies", "Институт стратегических исследований (%s)", "THINK_TANK"),
            new Pattern("Centre for Security Studies, University of %s", "Центр исследований безопасности, университет г. %s",
                    "ACADEMIA"),
            new Pattern("%s Defence Forum", "Оборонный форум (%s)", "NGO"),
            new Pattern("Department of War Studies, %s College", "Кафедра военных исследований, колледж г. %s", "ACADEMIA"),
            new Pattern("%s Centre for Russian and Eurasian Studies", "Центр изучения России и Евразии (%s)",
                    "THINK_TANK"));

    static final List<Pattern> RU_PATTERNS = List.of(
            new Pattern("Centre for International Security (%s)", "Центр международной безопасности (%s)", "THINK_TANK"),
            new Pattern("Institute for Strategic Assessment, %s", "Институт стратегических оценок, г. %s", "THINK_TANK"),
            new Pattern("School of World Politics, %s University", "Факультет мировой политики, университет г. %s",
                    "ACADEMIA"),
            new Pattern("%s Military Experts Club", "Клуб военных экспертов (%s)", "NGO"),
            new Pattern("Centre for European Studies, %s", "Центр европейских исследований, г. %s", "ACADEMIA"));

    static final List<Pattern> OTHER_PATTERNS = List.of(
            new Pattern("%s Peace Research Institute", "Институт исследования проблем мира (%s)", "THINK_TANK"),
            new Pattern("%s Centre for OSCE Studies", "Центр исследований ОБСЕ (%s)", "ACADEMIA"));

    /** Institutions that stand on their own: English, Russian, kind, country. */
    static final String[][] SINGLE_INSTITUTIONS = {
            { "Strategic Dialogue Unit, Whitehall", "Отдел стратегического диалога, Уайтхолл", "GOVERNMENT", "GB" },
            { "Arms Control Policy Team", "Группа по политике в области контроля над вооружениями", "GOVERNMENT", "GB" },
            { "Joint Doctrine and Concepts Group", "Группа совместной доктрины и концепций", "MILITARY", "GB" },
            { "Defence Attaché Liaison Office", "Служба связи военных атташе", "MILITARY", "GB" },
            { "Parliamentary Security Forum", "Парламентский форум по безопасности", "NGO", "GB" },
            { "Eurasia Desk, Northern Chronicle", "Евразийская редакция, «Норзерн кроникл»", "MEDIA", "GB" },
            { "Directorate for European Security", "Управление по вопросам европейской безопасности", "GOVERNMENT", "RU" },
            { "Centre for Military Strategic Analysis", "Центр военно-стратегического анализа", "MILITARY", "RU" },
            { "Department of Arms Control Studies", "Отдел исследований контроля над вооружениями", "GOVERNMENT", "RU" },
            { "Vector International News Agency", "Международное информационное агентство «Вектор»", "MEDIA", "RU" },
            { "Council for Foreign and Defence Dialogue", "Совет по внешнеполитическому и оборонному диалогу", "NGO", "RU" },
            { "Geneva Forum for Security Dialogue", "Женевский форум диалога по безопасности", "NGO", "CH" },
            { "Vienna Centre for Confidence Building", "Венский центр мер доверия", "THINK_TANK", "AT" },
            { "Helsinki Institute of Baltic Security", "Хельсинкский институт балтийской безопасности", "THINK_TANK", "FI" } };

    /** Towns of the other countries: English, Russian, ISO country. */
    static final String[][] OTHER_TOWNS = { { "Geneva", "Женева", "CH" }, { "Vienna", "Вена", "AT" },
            { "Helsinki", "Хельсинки", "FI" }, { "Berlin", "Берлин", "DE" }, { "Oslo", "Осло", "NO" },
            { "Stockholm", "Стокгольм", "SE" }, { "Tampere", "Тампере", "FI" }, { "Uppsala", "Уппсала", "SE" } };

    static final List<DialogueKind> DIALOGUES = List.of(
            new DialogueKind("UK–Russia Arctic Security Dialogue", "Российско-британский диалог по безопасности в Арктике",
                    "Experts and practitioners from the UK, Russia and the Nordic countries on military activity, "
                            + "search and rescue and incident prevention in the High North.",
                    "Эксперты и практики из Великобритании, России и стран Северной Европы о военной деятельности, "
                            + "поиске и спасании и предотвращении инцидентов в Арктике.",
                    "ARC", "TRACK_2", List.of("Tromsø", "Murmansk", "Reykjavik", "Oslo", "Helsinki", "Edinburgh")),
            new DialogueKind("Euro-Atlantic Strategic Stability Dialogue",
                    "Евроатлантический диалог по стратегической стабильности",
                    "A Track 1.5 dialogue of experts and serving officials on arms control, strategic stability and "
                            + "the risks of nuclear escalation.",
                    "Диалог формата «трек 1,5» экспертов и действующих официальных лиц о контроле над вооружениями, "
                            + "стратегической стабильности и рисках ядерной эскалации.",
                    "EASS", "TRACK_1_5", List.of("Geneva", "Vienna", "Helsinki", "Stockholm", "Berlin")),
            new DialogueKind("UK–Russia Young Experts Forum", "Российско-британский форум молодых экспертов",
                    "Early-career researchers from both countries, meeting in London and Moscow and online.",
                    "Молодые исследователи двух стран; встречи проходят в Лондоне, Москве и в онлайн-формате.",
                    "YEF", "TRACK_2", List.of("London", "Moscow", "Oxford", "Saint Petersburg", "Kazan", "Edinburgh")));

    private Places() {
    }

    static City city(String en) {
        return MEETING_CITIES.stream().filter(city -> city.en().equals(en)).findFirst().orElseThrow();
    }
}
