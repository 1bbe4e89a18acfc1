package org.regkg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * The file {@code text.pending} in a store folder: the subjects whose text index entries an
 * incremental update is rewriting. Written (durably, by an atomic rename) before the Lucene index
 * is touched and removed only after both the TDB2 commit and the Lucene commit, or after a
 * failed update was rolled back. While it exists the text index may disagree with the triples
 * about those subjects (a process killed between the two commits); {@link TextIndexRepair}
 * rewrites their entries from the triples before the store is next used.
 */
public final class TextIndexJournal {
    static final String FILE = "text.pending";

    private final Path file;

    public TextIndexJournal(StoreLayout layout) {
        this.file = layout.root().resolve(FILE);
    }

    public boolean exists() {
        return Files.exists(file);
    }

    /** Records the subjects, durably, before their entries change. */
    public void write(Collection<Node> subjects) {
        Path tmp = file.resolveSibling(FILE + ".tmp");
        StringBuilder sb = new StringBuilder();
        for (Node s : subjects) {
            sb.append(NodeFmtLib.strNT(s)).append('\n');
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ch.write(StandardCharsets.UTF_8.encode(sb.toString()));
            ch.force(true);
        } catch (IOException e) {
            throw new StoreException("cannot write " + tmp + ": " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            movePlain(tmp);
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void movePlain(Path tmp) {
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The subjects recorded; empty when the file cannot be read as written (then the whole index is rebuilt). */
    public Optional<List<Node>> read() {
        try {
            List<Node> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(NodeFactoryExtra.parseNode(line));
                }
            }
            return Optional.of(out);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Removes the file: the text index agrees with the triples. */
    public void clear() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(FILE + ".tmp"));
        } catch (IOException e) {
            throw new StoreException("cannot remove " + file + ": " + e.getMessage(), e);
        }
    }
}
