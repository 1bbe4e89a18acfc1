package org.regkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.regkg.harvest.HarvestSettings;
import org.regkg.harvest.HarvestSource;
import org.regkg.harvest.Harvester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code regkg harvest}: page through the arXiv or OpenAlex API into a JSON Lines file build reads. */
@Command(name = "harvest", mixinStandardHelpOptions = true,
        description = {"Pages through the arXiv or OpenAlex API politely and writes the papers as JSON Lines for build.",
                "Run the same command again to resume a harvest that stopped (its state is kept in FILE.state.json)."})
final class HarvestCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "arxiv or openalex.")
    HarvestSource source;

    @Option(names = {"-q", "--query"}, required = true, paramLabel = "Q",
            description = "The query: arXiv search_query syntax (all:dropout, cat:cs.LG AND abs:regularization) or an OpenAlex search.")
    String query;

    @Option(names = "--from", paramLabel = "DATE", description = "Only papers submitted (arXiv) or published (OpenAlex) on or after DATE (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--max", paramLabel = "N", defaultValue = "0", description = "Stop after N records in the output (default: no limit).")
    int max;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.jsonl", description = "The JSON Lines file to write.")
    Path output;

    @Option(names = "--endpoint", paramLabel = "URL", description = "The API address (default: the real API).")
    URI endpoint;

    @Option(names = "--mailto", paramLabel = "ADDR", description = "Your e-mail address, sent to the API (OpenAlex's polite pool).")
    String mailto;

    @Option(names = "--delay", paramLabel = "SECONDS",
            description = "Least time between requests (default: 3 for arXiv, as its terms ask; 0.2 for OpenAlex).")
    Double delay;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "0", description = "Records per request (default: 100 arXiv, 200 OpenAlex).")
    int pageSize;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "5", description = "Retries of a failed request (429, 5xx, network) (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--backoff", paramLabel = "SECONDS", defaultValue = "2",
            description = "First wait before a retry, doubling each time unless the server sends Retry-After (default: ${DEFAULT-VALUE}).")
    double backoff;

    @Override
    public Integer call() throws IOException {
        PrintStream err = main.err();
        HarvestSettings s = new HarvestSettings(source, query, from, max, output, endpoint, mailto,
                delay == null ? null : seconds(delay), pageSize, retries, seconds(backoff));
        Harvester.Summary sum = new Harvester(s, m -> err.println("regkg: harvest: " + m)).run();
        err.println("regkg: harvested " + sum.written() + " new records into " + output + " (" + sum.total() + " in all, "
                + sum.pages() + " pages; " + sum.withoutAbstract() + " without abstract and " + sum.invalid()
                + " unreadable skipped)" + (sum.finished() ? "; no more pages" : ""));
        return 0;
    }

    private static Duration seconds(double s) {
        if (s < 0) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new HarvestCommand()), "times must not be negative");
        }
        return Duration.ofMillis(Math.round(s * 1000));
    }
}
