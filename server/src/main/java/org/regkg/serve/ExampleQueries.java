package org.regkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.regkg.rdf.QueryLib;

/** The queries of {@code queries/}, offered in the query UI with the question each one answers. */
public final class ExampleQueries {
    /** One example: file name, the question from its header comment, and its text. */
    public record Example(String name, String question, String text) {
    }

    private final List<Example> examples;

    public ExampleQueries() {
        this.examples = load();
    }

    public List<Example> all() {
        return examples;
    }

    /** The names of the {@code .rq} files on the classpath, sorted. */
    public static List<String> names() {
        URL url = QueryLib.class.getClassLoader().getResource(QueryLib.FOLDER);
        if (url == null) {
            throw new IllegalStateException("no " + QueryLib.FOLDER + " on the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return list(fs.getPath(QueryLib.FOLDER));
                }
            }
            return list(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
        }
    }

    private static List<Example> load() {
        List<Example> out = new ArrayList<>();
        for (String name : names()) {
            String text = read(name);
            out.add(new Example(name, question(text), text));
        }
        return List.copyOf(out);
    }

    /** The "# Question:" paragraph of a query's header comment. */
    static String question(String text) {
        StringBuilder q = new StringBuilder();
        boolean in = false;
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            String body = line.substring(1).strip();
            if (body.startsWith("Question:")) {
                in = true;
                body = body.substring("Question:".length()).strip();
            } else if (body.matches("^[A-Z][a-z]+:.*")) {
                in = false;
            }
            if (in && !body.isEmpty()) {
                q.append(q.length() > 0 ? " " : "").append(body);
            }
        }
        return q.toString();
    }

    private static String read(String name) {
        try (InputStream in = QueryLib.class.getClassLoader().getResourceAsStream(QueryLib.FOLDER + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
