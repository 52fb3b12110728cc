package org.dialoguetracker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages {@code bench/run} asks for that name records: detail pages of recommendations and held meetings, spread
 * over the data set (so that no cache makes them trivial), and the first top-level topic of the taxonomy. One path
 * per line, for {@code bench/wrk.lua}; and the sizes of the data set, for the report.
 */
final class WrkPaths {

    private WrkPaths() {
    }

    static void write(Connection connection, Path directory) throws SQLException, IOException {
        Files.createDirectories(directory);
        try (Statement statement = connection.createStatement()) {
            statement.execute("select setseed(0.42)");
            Files.write(directory.resolve("recommendations.paths"), paths(statement,
                    "select '/recommendations/' || id from recommendation where not archived order by random() limit 500"));
            Files.write(directory.resolve("meetings.paths"), paths(statement,
                    "select '/meetings/' || id from meeting where status <> 'PLANNED' order by random() limit 200"));
            Files.write(directory.resolve("topic.slug"), paths(statement,
                    "select slug from topic where parent_id is null order by position, id limit 1"));
            Files.write(directory.resolve("sizes.txt"), paths(statement, """
                    select format('%s meetings, %s participants, %s statements, %s recommendations, %s follow-ups',
                                  (select count(*) from meeting), (select count(*) from participant),
                                  (select count(*) from statement), (select count(*) from recommendation),
                                  (select count(*) from follow_up_action))"""));
        }
    }

    private static List<String> paths(Statement statement, String sql) throws SQLException {
        List<String> paths = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                paths.add(rs.getString(1));
            }
        }
        if (paths.isEmpty()) {
            throw new IllegalStateException("Nothing found for: " + sql);
        }
        return paths;
    }
}
