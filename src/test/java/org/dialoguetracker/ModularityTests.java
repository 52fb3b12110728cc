package org.dialoguetracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules of docs/ARCHITECTURE.md: no cycle between them, and no module reaching into another's internals (its
 * subpackages, or types it keeps package-private). Also checks that the diagrams committed under docs/modules are
 * those of the code as it is.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(DialogueTrackerApplication.class);

    /** Where the diagrams are committed. */
    static final Path COMMITTED = Path.of("docs", "modules");

    @Test
    void the_modules_depend_on_each_other_without_cycles_and_only_through_their_apis() {
        MODULES.verify();
    }

    /**
     * Writes the module diagrams (PlantUML), as Spring Modulith's Documenter makes them, to
     * target/modulith-docs, and compares them with docs/modules. When they differ, the committed ones are replaced,
     * and the test fails so that the change is seen and committed with the code that made it.
     */
    @Test
    void the_committed_module_diagrams_are_those_of_the_code() throws IOException {
        Path generated = Path.of("target", "modulith-docs");
        new Documenter(MODULES, generated.toString())
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Map<String, String> fresh = contents(generated);
        Map<String, String> committed = Files.isDirectory(COMMITTED) ? contents(COMMITTED) : Map.of();
        if (!lines(fresh).equals(lines(committed))) {
            Files.createDirectories(COMMITTED);
            try (Stream<Path> old = Files.list(COMMITTED)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            for (Map.Entry<String, String> file : fresh.entrySet()) {
                Files.writeString(COMMITTED.resolve(file.getKey()), file.getValue());
            }
        }
        assertThat(lines(committed)).as("docs/modules was out of date and has been rewritten: commit it")
                .isEqualTo(lines(fresh));
    }

    /** Each file's lines in order: the Documenter lists modules and their relations in no fixed order. */
    private static Map<String, List<String>> lines(Map<String, String> files) {
        Map<String, List<String>> sorted = new TreeMap<>();
        files.forEach((name, text) -> sorted.put(name, text.lines().sorted().toList()));
        return sorted;
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> listed = Files.list(folder)) {
            listed.filter(Files::isRegularFile).forEach(file -> {
                try {
                    files.put(file.getFileName().toString(), Files.readString(file));
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        }
        return files;
    }
}
