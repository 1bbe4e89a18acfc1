package org.regkg.cli;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.regkg.pipeline.BuildListener;

/**
 * Shows a build's progress on stderr: a live bar (done/total, papers/s, ETA) on a terminal, plain
 * lines every few seconds otherwise, and every skipped record as its own line.
 */
final class ProgressReporter implements BuildListener {
    private static final long PLAIN_INTERVAL_MS = 5000;

    private final PrintStream err;
    private final boolean terminal;
    private ProgressBar bar;

    ProgressReporter(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void started(long total) {
        ProgressBarBuilder b = new ProgressBarBuilder()
                .setTaskName("Extracting")
                .setInitialMax(total)
                .setUnit(" papers", 1)
                .showSpeed(new DecimalFormat("0.0"))
                .setSpeedUnit(ChronoUnit.SECONDS);
        if (terminal) {
            b.setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setConsumer(new ConsoleProgressBarConsumer(err));
        } else {
            b.setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis((int) PLAIN_INTERVAL_MS)
                    .setConsumer(new DelegatingProgressBarConsumer(err::println, 100));
        }
        bar = b.build();
    }

    @Override
    public void paperDone() {
        bar.step();
    }

    @Override
    public void skipped(String message) {
        err.println("regkg: warning: " + MessageLib.printable(message));
    }

    @Override
    public void step(String name) {
        bar.setExtraMessage(" " + name);
    }

    @Override
    public void finished() {
        if (bar != null) {
            bar.close();
        }
    }
}
