package org.dialoguetracker.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The command line. Sizes default to the decade-long dialogue and scale together with {@code --scale};
 * an explicit count wins over the scale.
 */
record Options(String url, String user, String password, int meetings, int participants, int statements,
        int recommendations, int followUps, long seed, boolean again, Path wrkPaths) {

    /** The embedded PostgreSQL that {@code bench/run} starts the app with. */
    static final String DEFAULT_URL = "jdbc:postgresql://localhost:15433/dialogue";

    static final String USAGE = """
            Usage: java -jar data-generator.jar [options]

            Loads a large, realistic data set (bilingual meetings, participants, statements, recommendations and
            follow-ups) into the Dialogue Tracker database, next to what is already there. The schema (Flyway) and
            the demo data (topics, demo dialogue) must be there: start the app on the database once first.

              --url=JDBC_URL           database (default %s)
              --user=NAME              user (default postgres)
              --password=SECRET        password (default none)
              --scale=FACTOR           multiply every default size, e.g. 0.1 (default 1)
              --meetings=N             default 300
              --participants=N         default 5000
              --statements=N           default 60000
              --recommendations=N      default 20000
              --follow-ups=N           default 40000
              --seed=N                 random seed, for the same data again (default 42)
              --again                  load another set even if one was loaded before (default: do nothing then)
              --wrk-paths=DIR          load nothing; write the paths bench/run requests (recommendation and meeting
                                       detail pages, a top-level topic) into DIR
              --help
            """.formatted(DEFAULT_URL);

    static Options parse(String... args) {
        String url = DEFAULT_URL;
        String user = "postgres";
        String password = "";
        double scale = 1;
        Integer meetings = null;
        Integer participants = null;
        Integer statements = null;
        Integer recommendations = null;
        Integer followUps = null;
        long seed = 42;
        boolean again = false;
        Path wrkPaths = null;
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (name) {
                case "--url" -> url = value;
                case "--user" -> user = value;
                case "--password" -> password = value;
                case "--scale" -> scale = positive(name, Double.parseDouble(value));
                case "--meetings" -> meetings = count(name, value);
                case "--participants" -> participants = count(name, value);
                case "--statements" -> statements = count(name, value);
                case "--recommendations" -> recommendations = count(name, value);
                case "--follow-ups" -> followUps = count(name, value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--again" -> again = true;
                case "--wrk-paths" -> wrkPaths = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown option " + arg);
            }
        }
        Options options = new Options(url, user, password, sized(meetings, 300, scale),
                sized(participants, 5_000, scale), sized(statements, 60_000, scale),
                sized(recommendations, 20_000, scale), sized(followUps, 40_000, scale), seed, again, wrkPaths);
        if (options.meetings() < 2 || options.participants() < 10) {
            throw new IllegalArgumentException("At least 2 meetings and 10 participants");
        }
        return options;
    }

    String describe() {
        return String.format(Locale.ROOT,
                "%,d meetings, %,d participants, %,d statements, %,d recommendations, %,d follow-ups (seed %d)",
                meetings, participants, statements, recommendations, followUps, seed);
    }

    private static int sized(Integer explicit, int defaultSize, double scale) {
        return explicit != null ? explicit : (int) Math.max(1, Math.round(defaultSize * scale));
    }

    private static int count(String name, String value) {
        int count = Integer.parseInt(value);
        if (count < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return count;
    }

    private static double positive(String name, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }
}
