package org.dialoguetracker.report;

import java.util.Map;

import org.dialoguetracker.shared.Bilingual;

import org.springframework.stereotype.Service;

/**
 * Writes the text of a meeting's report from its records, in English and in Russian, as report text
 * ({@link ReportText}): what a draft starts from and what "Regenerate from the records" offers. It reads the
 * records as researchers see them, so the generated text never says more than the meeting's rule allows.
 */
@Service
public class ReportGenerator {

    /** The generated text of every section; FOREWORD is empty. */
    public Map<SectionKind, Bilingual> generate(Long meetingId, KeyPointGrouping grouping) {
        throw new UnsupportedOperationException("not yet");
    }
}
