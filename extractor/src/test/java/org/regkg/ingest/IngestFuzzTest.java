package org.regkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: a fuzz test of ingest. Every reader, given random bytes, truncated and deeply nested
 * JSON or XML, huge fields, huge lines, invalid UTF-8, control and bidirectional characters,
 * either yields papers or fails a record with an {@link InputException} whose message is one line
 * naming the file (and line or record) and the problem - never another exception, never an endless
 * loop, and the reader goes on after a bad record (what --skip-invalid relies on).
 */
class IngestFuzzTest {
    private static final long SEED = 20261128L;
    private static final int MAX_STEPS = 100_000;

    @TempDir
    Path dir;

    private final PaperSources sources = new PaperSources();

    /** The inputs, by name: hand-made nasty cases plus random ones from a fixed seed. */
    static Map<String, byte[]> cases() {
        Map<String, byte[]> c = new LinkedHashMap<>();
        String good = "{\"id\":\"p1\",\"title\":\"Dropout helps\",\"abstract\":\"We apply dropout to a CNN on CIFAR-10.\"}";
        String xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/abs/2401.00001v1</id>"
                + "<title>Dropout helps</title><summary>We apply dropout.</summary></entry></feed>";
        c.put("empty", new byte[0]);
        c.put("good-json", utf8(good + "\n"));
        c.put("good-xml", utf8(xml));
        for (int cut = 1; cut < good.length(); cut += 7) {
            c.put("truncated-json-" + cut, utf8(good.substring(0, cut) + "\n" + good + "\n"));
        }
        for (int cut = 1; cut < xml.length(); cut += 23) {
            c.put("truncated-xml-" + cut, utf8(xml.substring(0, cut)));
        }
        c.put("nested-arrays", utf8("[".repeat(100_000) + "]".repeat(100_000)));
        c.put("nested-objects", utf8("{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000)));
        c.put("nested-in-field", utf8("{\"title\":\"T\",\"abstract\":\"A\",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}\n"));
        c.put("nested-xml", utf8("<a>".repeat(20_000) + "</a>".repeat(20_000)));
        c.put("xml-entity-bomb", utf8("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&lol3;</title>"
                + "<summary>x</summary></entry></feed>"));
        c.put("xml-external-entity", utf8("<?xml version=\"1.0\"?><!DOCTYPE f [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&x;</title><summary>x</summary></entry></feed>"));
        c.put("huge-title", utf8("{\"title\":\"" + "t".repeat(3 << 20) + "\",\"abstract\":\"A\"}\n" + good + "\n"));
        c.put("huge-abstract", utf8("{\"title\":\"T\",\"abstract\":\"" + "a ".repeat(1 << 20) + "\"}\n" + good + "\n"));
        c.put("huge-line", utf8("x".repeat(Utf8LineReader.MAX_LINE_BYTES + 5) + "\n" + good + "\n"));
        c.put("many-records-one-line", utf8("[" + String.join(",", java.util.Collections.nCopies(3000,
                "{\"title\":\"Dropout\",\"abstract\":\"" + "We apply dropout. ".repeat(40) + "\"}")) + "]\n"));
        c.put("invalid-utf8", concat(utf8("{\"title\":\"Drop"), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                utf8("out\",\"abstract\":\"A\"}\n" + good + "\n")));
        c.put("overlong-utf8", concat(utf8("{\"title\":\""), new byte[] {(byte) 0xC0, (byte) 0xAF}, utf8("\",\"abstract\":\"A\"}\n")));
        c.put("lone-surrogate-escape", utf8("{\"title\":\"\\uD800x\",\"abstract\":\"A\"}\n"));
        c.put("control-and-bidi", utf8("{\"id\":\"a\\u001b[31mred\\u202Egnp.exe\\n\",\"title\":\"T\\u0000\\u0007\\u2066x\\u2069\","
                + "\"abstract\":\"A\\r\\u0085\\u2028b\"}\n"));
        c.put("control-bytes-raw", utf8("T\u0000\u001b[2J\u202E\nA\u0007\u0008\n"));
        c.put("nul-bytes", new byte[4096]);
        c.put("bom-only", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        c.put("wrong-types", utf8("{\"title\":[1,2],\"abstract\":{\"x\":1}}\n{\"title\":1e999999,\"abstract\":\"A\"}\n"
                + "{\"id\":{\"a\":1},\"title\":\"T\",\"abstract\":\"A\"}\n{\"year\":\"99999999999999999999\",\"title\":\"T\",\"abstract\":\"A\"}\n"));
        c.put("dot-ids", utf8("{\"id\":\".\",\"title\":\"T1\",\"abstract\":\"A\"}\n{\"id\":\"..\",\"title\":\"T2\",\"abstract\":\"A\"}\n"));
        c.put("huge-number", utf8("{\"title\":\"T\",\"abstract\":\"A\",\"year\":" + "9".repeat(5000) + "}\n"));
        Random r = new Random(SEED);
        for (int i = 0; i < 40; i++) {
            byte[] b = new byte[1 + r.nextInt(20_000)];
            r.nextBytes(b);
            c.put("random-" + i, b);
        }
        byte[] goodBytes = utf8(good + "\n" + good.replace("p1", "p2") + "\n");
        for (int i = 0; i < 40; i++) {
            byte[] b = goodBytes.clone();
            for (int k = 0; k < 1 + r.nextInt(6); k++) {
                b[r.nextInt(b.length)] = (byte) r.nextInt(256);
            }
            c.put("flipped-" + i, b);
        }
        return c;
    }

    @Test
    void everyReaderFailsCleanlyOnEveryNastyInput() throws IOException {
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (Map.Entry<String, byte[]> c : cases().entrySet()) {
            Path file = dir.resolve(c.getKey() + ".in");
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(c.getValue());
            }
            List<InputFormat> formats = new ArrayList<>(List.of(InputFormat.values()));
            formats.add(null);   // told from the content
            for (InputFormat f : formats) {
                files++;
                readAll(file, f, problems);
            }
        }
        assertThat(problems).as("%d inputs read", files).isEmpty();
    }

    /** Reads every record, skipping bad ones as --skip-invalid does; notes anything but clean failures. */
    private void readAll(Path file, InputFormat format, List<String> problems) {
        String name = file + " as " + format;
        try (PaperSource s = sources.open(file, format)) {
            int steps = 0;
            while (true) {
                if (++steps > MAX_STEPS) {
                    problems.add(name + ": no end after " + MAX_STEPS + " steps");
                    return;
                }
                try {
                    if (!s.hasNext()) {
                        return;
                    }
                    Paper p = s.next();
                    if (p.title().isBlank() || p.abstractText().isBlank() || p.id().isBlank()) {
                        problems.add(name + ": a paper with an empty field: " + p.origin());
                    }
                } catch (InputException e) {
                    check(name, file, e, problems);
                }
            }
        } catch (InputException e) {
            check(name, file, e, problems);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            problems.add(name + ": " + e);
        }
    }

    private static void check(String name, Path file, InputException e, List<String> problems) {
        String m = e.getMessage();
        if (m == null || m.contains("\n") || m.contains("\r")) {
            problems.add(name + ": message is not one line: " + m);
        } else if (!m.startsWith(file.toString())) {
            problems.add(name + ": message does not name the file: " + m);
        } else if (m.length() > 2000) {
            problems.add(name + ": message of " + m.length() + " characters");
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @Test
    void aPageOfManyRecordsOnOneLineStreamsRecordByRecord() throws IOException {
        Path file = dir.resolve("page.json");
        Files.write(file, cases().get("many-records-one-line"));
        try (PaperSource s = sources.open(file, InputFormat.JSON)) {
            int n = 0;
            while (s.hasNext()) {
                s.next();
                n++;
            }
            assertThat(n).isEqualTo(3000);
        }
        if (Files.size(file) < Utf8LineReader.MAX_LINE_BYTES) {
            fail("the page should be longer than a line may be: " + Files.size(file));
        }
    }
}
