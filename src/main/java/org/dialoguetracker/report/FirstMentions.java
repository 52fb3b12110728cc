package org.dialoguetracker.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names each institution in full at its first mention: fed the texts of a document in print order, it turns the
 * first whole-word occurrence of a short name that its full name has not already preceded into
 * "Full Name (SHORT)", and leaves every later mention short. One instance per document.
 */
final class FirstMentions {

    private final List<ReportDocument.InstitutionName> names;

    private final Set<ReportDocument.InstitutionName> mentioned = new HashSet<>();

    FirstMentions(List<ReportDocument.InstitutionName> institutions) {
        List<ReportDocument.InstitutionName> usable = new ArrayList<>();
        for (ReportDocument.InstitutionName name : institutions == null ? List.<ReportDocument.InstitutionName>of()
                : institutions) {
            if (name.fullName() != null && !name.fullName().isBlank() && name.shortName() != null
                    && !name.shortName().isBlank() && !name.fullName().equals(name.shortName())) {
                usable.add(name);
            }
        }
        // The longest names first, so that a name containing another is matched whole.
        usable.sort(Comparator.comparingInt((ReportDocument.InstitutionName n) -> -n.shortName().length()));
        this.names = List.copyOf(usable);
    }

    /** The text with the first mentions it holds spelt out; remembers them for the texts after it. */
    String apply(String text) {
        if (names.isEmpty() || text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int at = 0;
        while (at < text.length()) {
            int taken = wordStart(text, at) ? mention(text, at, out) : 0;
            if (taken > 0) {
                at += taken;
            }
            else {
                out.append(text.charAt(at++));
            }
        }
        return out.toString();
    }

    /** Appends what is printed for a name starting at {@code at}; answers how many characters it consumed. */
    private int mention(String text, int at, StringBuilder out) {
        ReportDocument.InstitutionName longest = null;
        for (ReportDocument.InstitutionName name : names) {
            if (matches(text, at, name.fullName())
                    && (longest == null || name.fullName().length() > longest.fullName().length())) {
                longest = name;
            }
        }
        if (longest != null) {
            mentioned.add(longest);
            out.append(longest.fullName());
            return longest.fullName().length();
        }
        for (ReportDocument.InstitutionName name : names) {
            if (matches(text, at, name.shortName())) {
                if (mentioned.add(name)) {
                    out.append(name.fullName()).append(" (").append(name.shortName()).append(')');
                }
                else {
                    out.append(name.shortName());
                }
                return name.shortName().length();
            }
        }
        return 0;
    }

    private static boolean matches(String text, int at, String name) {
        int end = at + name.length();
        return text.startsWith(name, at) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static boolean wordStart(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }
}
