package org.dialoguetracker.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import net.datafaker.Faker;

/**
 * Names in the Latin and the Cyrillic script. Russian names come from Datafaker's Russian locale (in Cyrillic, of
 * one gender) and are transliterated to Latin; British names come from a list with their usual Russian spelling,
 * because no rule turns "Hughes" into "Хьюз"; guests from elsewhere are in Datafaker's locales, some with a rough
 * Cyrillic spelling, most without.
 */
final class People {

    record Name(String latin, String cyrillic) {
    }

    /** British first names with their Russian spelling. */
    private static final String[][] UK_FIRST = {
            { "James", "Джеймс" }, { "John", "Джон" }, { "Richard", "Ричард" }, { "David", "Дэвид" },
            { "Andrew", "Эндрю" }, { "Michael", "Майкл" }, { "Peter", "Питер" }, { "Robert", "Роберт" },
            { "William", "Уильям" }, { "Thomas", "Томас" }, { "Edward", "Эдвард" }, { "Charles", "Чарльз" },
            { "Simon", "Саймон" }, { "Mark", "Марк" }, { "Paul", "Пол" }, { "Stephen", "Стивен" },
            { "Christopher", "Кристофер" }, { "Jonathan", "Джонатан" }, { "Nicholas", "Николас" },
            { "Alexander", "Александер" }, { "Hugh", "Хью" }, { "Oliver", "Оливер" }, { "Henry", "Генри" },
            { "George", "Джордж" }, { "Matthew", "Мэттью" }, { "Timothy", "Тимоти" }, { "Rupert", "Руперт" },
            { "Alistair", "Алистер" }, { "Duncan", "Дункан" }, { "Gareth", "Гарет" }, { "Owen", "Оуэн" },
            { "Daniel", "Дэниел" }, { "Sarah", "Сара" }, { "Catherine", "Кэтрин" }, { "Elizabeth", "Элизабет" },
            { "Anne", "Энн" }, { "Helen", "Хелен" }, { "Emma", "Эмма" }, { "Charlotte", "Шарлотта" },
            { "Victoria", "Виктория" }, { "Rachel", "Рэйчел" }, { "Jane", "Джейн" }, { "Alison", "Элисон" },
            { "Fiona", "Фиона" }, { "Louise", "Луиза" }, { "Claire", "Клэр" }, { "Harriet", "Гарриет" },
            { "Julia", "Джулия" }, { "Margaret", "Маргарет" }, { "Rebecca", "Ребекка" }, { "Lucy", "Люси" },
            { "Eleanor", "Элеонора" }, { "Kate", "Кейт" }, { "Joanna", "Джоанна" }, { "Imogen", "Имоджен" },
            { "Philippa", "Филиппа" }, { "Susan", "Сьюзан" }, { "Mary", "Мэри" }, { "Hannah", "Ханна" },
            { "Laura", "Лора" } };

    /** British surnames with their Russian spelling. */
    private static final String[][] UK_LAST = {
            { "Smith", "Смит" }, { "Jones", "Джонс" }, { "Williams", "Уильямс" }, { "Taylor", "Тейлор" },
            { "Brown", "Браун" }, { "Davies", "Дэвис" }, { "Evans", "Эванс" }, { "Wilson", "Уилсон" },
            { "Thomas", "Томас" }, { "Johnson", "Джонсон" }, { "Roberts", "Робертс" }, { "Robinson", "Робинсон" },
            { "Thompson", "Томпсон" }, { "Wright", "Райт" }, { "Walker", "Уокер" }, { "White", "Уайт" },
            { "Edwards", "Эдвардс" }, { "Hughes", "Хьюз" }, { "Green", "Грин" }, { "Hall", "Холл" },
            { "Lewis", "Льюис" }, { "Harris", "Харрис" }, { "Clarke", "Кларк" }, { "Patel", "Патель" },
            { "Jackson", "Джексон" }, { "Wood", "Вуд" }, { "Turner", "Тёрнер" }, { "Martin", "Мартин" },
            { "Cooper", "Купер" }, { "Hill", "Хилл" }, { "Ward", "Уорд" }, { "Morris", "Моррис" },
            { "Moore", "Мур" }, { "Clark", "Кларк" }, { "Lee", "Ли" }, { "King", "Кинг" }, { "Baker", "Бейкер" },
            { "Harrison", "Харрисон" }, { "Morgan", "Морган" }, { "Allen", "Аллен" }, { "James", "Джеймс" },
            { "Scott", "Скотт" }, { "Phillips", "Филлипс" }, { "Watson", "Уотсон" }, { "Davis", "Дэвис" },
            { "Parker", "Паркер" }, { "Price", "Прайс" }, { "Bennett", "Беннетт" }, { "Young", "Янг" },
            { "Griffiths", "Гриффитс" }, { "Mitchell", "Митчелл" }, { "Kelly", "Келли" }, { "Cook", "Кук" },
            { "Carter", "Картер" }, { "Richardson", "Ричардсон" }, { "Bailey", "Бейли" }, { "Collins", "Коллинз" },
            { "Bell", "Белл" }, { "Shaw", "Шоу" }, { "Murphy", "Мёрфи" }, { "Miller", "Миллер" },
            { "Cox", "Кокс" }, { "Richards", "Ричардс" }, { "Khan", "Хан" }, { "Marshall", "Маршалл" },
            { "Anderson", "Андерсон" }, { "Simpson", "Симпсон" }, { "Ellis", "Эллис" }, { "Adams", "Адамс" },
            { "Singh", "Сингх" }, { "Begum", "Бегум" }, { "Wilkinson", "Уилкинсон" }, { "Foster", "Фостер" },
            { "Chapman", "Чэпмен" }, { "Powell", "Пауэлл" }, { "Webb", "Уэбб" }, { "Rogers", "Роджерс" },
            { "Gray", "Грей" }, { "Mason", "Мейсон" }, { "Ali", "Али" }, { "Hunt", "Хант" }, { "Hussain", "Хуссейн" },
            { "Campbell", "Кэмпбелл" }, { "Matthews", "Мэтьюз" }, { "Owen", "Оуэн" }, { "Palmer", "Палмер" },
            { "Holmes", "Холмс" }, { "Mills", "Миллс" }, { "Barnes", "Барнс" }, { "Knight", "Найт" },
            { "Lloyd", "Ллойд" }, { "Butler", "Батлер" }, { "Russell", "Рассел" }, { "Barker", "Баркер" },
            { "Fisher", "Фишер" }, { "Stevens", "Стивенс" }, { "Jenkins", "Дженкинс" }, { "Murray", "Мюррей" },
            { "Dixon", "Диксон" }, { "Harvey", "Харви" }, { "Ashworth", "Эшворт" }, { "Penhaligon", "Пенхалигон" },
            { "Fairbairn", "Фэрберн" }, { "Kinnear", "Киннер" }, { "Lockhart", "Локхарт" }, { "Pryce", "Прайс" } };

    private static final List<Locale> GUEST_LOCALES = List.of(Locale.GERMAN, Locale.FRENCH,
            Locale.forLanguageTag("nb-NO"), Locale.forLanguageTag("sv"), Locale.forLanguageTag("nl"));

    private static final Map<Character, String> TO_LATIN = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
            Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "yo"),
            Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
            Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "yu"), Map.entry('я', "ya"));

    private static final String[][] TO_CYRILLIC = { { "sch", "ш" }, { "sh", "ш" }, { "ch", "ч" }, { "th", "т" },
            { "ph", "ф" }, { "ck", "к" }, { "ee", "и" }, { "oo", "у" }, { "ou", "у" }, { "ei", "ай" }, { "ie", "и" },
            { "ij", "ей" }, { "aa", "о" }, { "oe", "ё" }, { "ue", "ю" }, { "ä", "е" }, { "ö", "ё" }, { "ü", "ю" },
            { "å", "о" }, { "ø", "ё" }, { "é", "е" }, { "è", "е" }, { "ß", "сс" }, { "a", "а" }, { "b", "б" },
            { "c", "к" }, { "d", "д" }, { "e", "е" }, { "f", "ф" }, { "g", "г" }, { "h", "х" }, { "i", "и" },
            { "j", "й" }, { "k", "к" }, { "l", "л" }, { "m", "м" }, { "n", "н" }, { "o", "о" }, { "p", "п" },
            { "q", "к" }, { "r", "р" }, { "s", "с" }, { "t", "т" }, { "u", "у" }, { "v", "в" }, { "w", "в" },
            { "x", "кс" }, { "y", "и" }, { "z", "ц" } };

    private final Random random;

    private final Faker russian;

    private final List<Faker> guests;

    People(Random random, long seed) {
        this.random = random;
        this.russian = new Faker(Locale.forLanguageTag("ru"), new Random(seed));
        this.guests = GUEST_LOCALES.stream().map(locale -> new Faker(locale, new Random(seed + locale.hashCode())))
                .toList();
    }

    Name british() {
        String[] first = UK_FIRST[random.nextInt(UK_FIRST.length)];
        String[] last = UK_LAST[random.nextInt(UK_LAST.length)];
        // most British participants have a Russian spelling on file, as the Russian report would print them
        return new Name(first[0] + " " + last[0], random.nextInt(10) < 8 ? first[1] + " " + last[1] : null);
    }

    Name russian() {
        boolean male = random.nextInt(100) < 62;
        String first = russian.resolve(male ? "name.male_first_name" : "name.female_first_name");
        String last = russian.resolve(male ? "name.male_last_name" : "name.female_last_name");
        String cyrillic = first + " " + last;
        return new Name(toLatin(cyrillic), cyrillic);
    }

    Name guest() {
        Faker faker = guests.get(random.nextInt(guests.size()));
        String latin = faker.name().firstName() + " " + faker.name().lastName();
        return new Name(latin, random.nextInt(10) < 3 ? toCyrillic(latin) : null);
    }

    /** A phone number in the style of the participant's country. */
    String phone(String side) {
        return switch (side) {
            case "UK" -> String.format(Locale.ROOT, "+44 20 7946 %04d", random.nextInt(10_000));
            case "RUSSIA" -> String.format(Locale.ROOT, "+7 495 %03d-%02d-%02d", random.nextInt(1000),
                    random.nextInt(100), random.nextInt(100));
            default -> String.format(Locale.ROOT, "+41 22 %03d %02d %02d", random.nextInt(1000), random.nextInt(100),
                    random.nextInt(100));
        };
    }

    /** Russian Cyrillic in Latin letters, in the BGN/PCGN manner most passports and papers use. */
    static String toLatin(String cyrillic) {
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < cyrillic.length(); i++) {
            char c = cyrillic.charAt(i);
            char lower = Character.toLowerCase(c);
            String mapped = TO_LATIN.get(lower);
            if (mapped == null) {
                latin.append(c);
            }
            else if (Character.isUpperCase(c) && !mapped.isEmpty()) {
                latin.append(Character.toUpperCase(mapped.charAt(0))).append(mapped, 1, mapped.length());
            }
            else {
                latin.append(mapped);
            }
        }
        return latin.toString();
    }

    /** A rough Cyrillic spelling of a European name, letter group by letter group. */
    static String toCyrillic(String latin) {
        StringBuilder cyrillic = new StringBuilder();
        String lower = latin.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            String match = null;
            for (String[] rule : TO_CYRILLIC) {
                if (lower.startsWith(rule[0], i)) {
                    match = rule[0];
                    String mapped = rule[1];
                    cyrillic.append(Character.isUpperCase(latin.charAt(i))
                            ? Character.toUpperCase(mapped.charAt(0)) + mapped.substring(1) : mapped);
                    break;
                }
            }
            if (match == null) {
                cyrillic.append(latin.charAt(i));
                i++;
            }
            else {
                i += match.length();
            }
        }
        return cyrillic.toString();
    }

    /** The part of an e-mail address before the @, from a Latin name. */
    static String mailbox(String latin) {
        return latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "");
    }
}
