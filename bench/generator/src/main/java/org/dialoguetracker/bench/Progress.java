package org.dialoguetracker.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar per phase, redrawn in place with {@code \r} on a terminal; where the output is a file or a
 * pipe (as in {@code bench/run}), only each phase's final line is printed.
 */
final class Progress {

    private static final int WIDTH = 30;

    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;

    private final boolean terminal;

    private String phase;

    private long total;

    private long done;

    private long started;

    private long lastDrawn;

    Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    static Progress onConsole() {
        return new Progress(System.out, System.console() != null);
    }

    void start(String phase, long total) {
        this.phase = phase;
        this.total = Math.max(1, total);
        this.done = 0;
        this.started = System.nanoTime();
        this.lastDrawn = 0;
        if (terminal) {
            draw();
        }
    }

    void step() {
        advance(1);
    }

    void advance(long steps) {
        done += steps;
        long now = System.nanoTime();
        if (terminal && now - lastDrawn > REDRAW_NANOS) {
            lastDrawn = now;
            draw();
        }
    }

    /** Ends the phase's line, showing its final count and time. */
    void finish() {
        done = Math.max(done, 0);
        if (terminal) {
            draw();
            out.println();
        }
        else {
            out.println(line());
        }
        out.flush();
    }

    String line() {
        double fraction = Math.min(1, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        return String.format(Locale.ROOT, "%-18s [%s%s] %3d%% %,10d  %5.1f s", phase, "#".repeat(filled),
                ".".repeat(WIDTH - filled), Math.round(fraction * 100), done, (System.nanoTime() - started) / 1e9);
    }

    private void draw() {
        out.print("\r" + line());
        out.flush();
    }
}
