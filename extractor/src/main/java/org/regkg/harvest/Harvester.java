package org.regkg.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.regkg.ingest.InputException;
import org.regkg.ingest.MissingAbstractException;
import org.regkg.ingest.Paper;
import org.regkg.ingest.PaperJsonWriter;

/**
 * Pages through an API and appends the papers to a JSON Lines file RegKG builds from. After every
 * page the output is flushed to disk and the state beside it updated, so the same command resumes
 * where a stopped harvest left off. It stops at {@code --max} records, when the API has no more
 * pages, or when a page adds nothing new.
 */
public final class Harvester {
    private final HarvestSettings settings;
    private final PoliteClient client;
    private final PagedApi api;
    private final Consumer<String> log;
    private final PaperJsonWriter writer = new PaperJsonWriter();

    public Harvester(HarvestSettings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
        this.client = new PoliteClient(new PoliteClient.HttpSettings(settings.delay(), settings.retries(),
                settings.backoff(), settings.mailto()), log);
        this.api = switch (settings.source()) {
            case ARXIV -> new ArxivApi(settings.endpoint(), settings.query(), settings.from());
            case OPENALEX -> new OpenAlexApi(settings.endpoint(), settings.query(), settings.from(), settings.mailto());
        };
    }

    /** What a harvest did. */
    public record Summary(int written, int total, int pages, int withoutAbstract, int invalid, boolean finished) {
    }

    public Summary run() throws IOException {
        Path out = settings.output();
        Path stateFile = settings.stateFile();
        HarvestState state;
        Set<String> seen = new HashSet<>();
        if (Files.exists(stateFile)) {
            state = HarvestState.read(stateFile);
            if (!state.sameHarvest(settings)) {
                throw new HarvestException(stateFile + " belongs to another harvest (" + state.source() + " \"" + state.query()
                        + "\"); choose another --output or delete both files");
            }
            int lines = recover(out, seen);
            state = new HarvestState(state.source(), state.query(), state.from(), state.next(), state.pages(), lines, state.finished());
            log.accept("resuming " + out + ": " + lines + " records, " + state.pages() + " pages so far");
        } else if (Files.exists(out) && Files.size(out) > 0) {
            throw new HarvestException(out + " exists and is not a harvest this command started (no " + stateFile.getFileName()
                    + "); choose another --output");
        } else {
            state = HarvestState.start(settings);
            Files.deleteIfExists(out);
            Files.createFile(out);
            state.write(stateFile);
        }
        int written = 0;
        int withoutAbstract = 0;
        int invalid = 0;
        try (OutputStream o = Files.newOutputStream(out, StandardOpenOption.APPEND)) {
            while (!state.finished() && !full(state)) {
                int size = pageSize(state);
                URI uri = api.page(state.next(), size);
                PagedApi.Page page = api.parse(client.get(uri), state.next(), size, state.pages() + 1);
                int added = 0;
                int repeated = 0;
                StringBuilder lines = new StringBuilder();
                for (Paper p : page.papers()) {
                    if (!seen.add(p.id())) {
                        repeated++;
                    } else if (!full(state, added)) {
                        lines.append(writer.line(p)).append('\n');
                        added++;
                    }
                }
                for (InputException e : page.problems()) {
                    if (e instanceof MissingAbstractException) {
                        withoutAbstract++;
                    } else {
                        invalid++;
                        log.accept("skipped: " + e.getMessage());
                    }
                }
                o.write(lines.toString().getBytes(StandardCharsets.UTF_8));
                o.flush();
                boolean exhausted = page.entries() == 0 || page.next() == null || page.next().equals(state.next())
                        || (added == 0 && repeated > 0);
                state = state.after(page.next(), added, exhausted);
                state.write(stateFile);
                written += added;
                log.accept(String.format(Locale.ROOT, "page %d: %d records, %d new, %d seen before, %d without abstract; %d in %s%s",
                        state.pages(), page.entries(), added, repeated, countMissing(page), state.written(), out.getFileName(),
                        exhausted ? " (no more pages)" : ""));
            }
        }
        return new Summary(written, state.written(), state.pages(), withoutAbstract, invalid, state.finished());
    }

    private boolean full(HarvestState s) {
        return full(s, 0);
    }

    private boolean full(HarvestState s, int more) {
        return settings.max() > 0 && s.written() + more >= settings.max();
    }

    private int pageSize(HarvestState s) {
        return settings.max() > 0 ? Math.max(1, Math.min(settings.pageSize(), settings.max() - s.written())) : settings.pageSize();
    }

    private static long countMissing(PagedApi.Page page) {
        return page.problems().stream().filter(MissingAbstractException.class::isInstance).count();
    }

    /**
     * The ids already in the output, and its record count; a last line cut short by a crash is
     * removed so the file stays valid JSON Lines.
     */
    private static int recover(Path out, Set<String> seen) throws IOException {
        if (!Files.exists(out)) {
            Files.createFile(out);
            return 0;
        }
        ObjectMapper json = new ObjectMapper();
        long good = 0;
        int lines = 0;
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(out))) {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            long pos = 0;
            int b;
            while ((b = in.read()) >= 0) {
                pos++;
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                JsonNode n;
                try {
                    n = json.readTree(line.toByteArray());
                } catch (IOException e) {
                    n = null;
                }
                if (n == null || !n.hasNonNull("id")) {
                    break;
                }
                seen.add(n.get("id").asText());
                lines++;
                good = pos;
                line.reset();
            }
        }
        try (RandomAccessFile f = new RandomAccessFile(out.toFile(), "rw")) {
            f.setLength(good);
        }
        return lines;
    }
}
