package org.regkg.train;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import org.regkg.nlp.MentionTagger;
import org.regkg.nlp.Sentence;
import org.regkg.nlp.TokenFeatures;

/**
 * Trains the mention model ({@link MentionTagger}) with CoreNLP's CRF trainer on the gold
 * annotations of some papers, with the settings of {@code mention-crf.properties}. Same papers in
 * the same order, same model bytes.
 */
public final class MentionTrainer {
    static final String SETTINGS = "/org/regkg/models/mention-crf.properties";
    static final String DATASET_SETTINGS = "/org/regkg/models/dataset-crf.properties";

    private final TokenFeatures features;
    private final int threads;
    private final byte[] settings;

    /** A single-threaded trainer. */
    public MentionTrainer(TokenFeatures features) {
        this(features, 1);
    }

    /** A trainer that computes the gradient on {@code threads} threads (CoreNLP's multiThreadGrad). */
    public MentionTrainer(TokenFeatures features, int threads) {
        this(features, threads, bundledSettings());
    }

    /**
     * A trainer with other feature and training settings: the bytes of a properties file in the
     * format of {@code mention-crf.properties} (for trying a feature set before shipping it).
     */
    public MentionTrainer(TokenFeatures features, int threads, byte[] settings) {
        this.features = features;
        this.threads = Math.max(1, threads);
        this.settings = settings.clone();
    }

    /** One annotated paper: its sentences and the tags {@link SpanAligner} gave their tokens. */
    public record Example(List<Sentence> sentences, List<String[]> tags) {
    }

    /** Trains on the examples and returns the gzipped serialized model. */
    public byte[] train(List<Example> examples) {
        Properties settings = settings();
        settings.setProperty("multiThreadGrad", Integer.toString(threads));
        String clusters = settings.getProperty("distSimLexicon");
        if (clusters != null) {
            settings.setProperty("distSimLexicon", clusterFile(clusters.trim()).toString());
        }
        return train(examples, settings);
    }

    /**
     * The word-cluster file as CoreNLP reads it (a file, not a class path resource): the file
     * itself when {@code name} is one, else a copy of the class path resource in the temporary
     * folder, named by its content. The model carries the clusters it read and records the file's
     * name in its settings: named by content, the same clusters give the same model bytes. Copies
     * of the same content replace each other atomically, so trainers running at once share one.
     */
    private static Path clusterFile(String name) {
        Path file = Path.of(name);
        if (Files.isRegularFile(file)) {
            return file;
        }
        try (InputStream in = IOUtils.getInputStreamFromURLOrClasspathOrFileSystem(name)) {
            byte[] bytes = in.readAllBytes();
            Path dir = Path.of(System.getProperty("java.io.tmpdir"));
            Path copy = dir.resolve("regkg-word-clusters-" + sha256(bytes).substring(0, 16) + ".tsv");
            if (!Files.isRegularFile(copy) || Files.size(copy) != bytes.length) {
                Path tmp = Files.createTempFile(dir, "regkg-word-clusters", ".part");
                Files.write(tmp, bytes);
                Files.move(tmp, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word clusters " + name + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] train(List<Example> examples, Properties settings) {
        CRFClassifier<CoreLabel> crf = new CRFClassifier<>(settings);
        List<List<CoreLabel>> docs = new ArrayList<>();
        for (Example e : examples) {
            for (int s = 0; s < e.sentences().size(); s++) {
                List<CoreLabel> tokens = features.tokens(e.sentences().get(s));
                TokenFeatures.setShapes(tokens, crf.flags.wordShape);
                String[] tags = e.tags().get(s);
                for (int i = 0; i < tokens.size(); i++) {
                    tokens.get(i).set(CoreAnnotations.AnswerAnnotation.class, tags[i]);
                    tokens.get(i).set(CoreAnnotations.GoldAnswerAnnotation.class, tags[i]);
                }
                docs.add(tokens);
            }
        }
        crf.train(docs, crf.makeReaderAndWriter());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
            crf.serializeClassifier(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A hash of everything training reads: the settings and every token's columns and tag. */
    public String fingerprint(List<Example> examples) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(settings);
            md.update(("threads=" + threads).getBytes(StandardCharsets.UTF_8));
            md.update(wordClusters());
            // the frequency band column counts only for models that read it (older fingerprints stay valid)
            boolean bands = Boolean.parseBoolean(settings().getProperty("useGenia", "false").trim());
            for (Example e : examples) {
                for (int s = 0; s < e.sentences().size(); s++) {
                    List<CoreLabel> tokens = features.tokens(e.sentences().get(s));
                    for (int i = 0; i < tokens.size(); i++) {
                        CoreLabel t = tokens.get(i);
                        md.update((t.word() + '\t' + t.tag() + '\t' + t.lemma() + '\t' + t.get(CoreAnnotations.GazAnnotation.class)
                                + '\t' + t.get(CoreAnnotations.WebAnnotation.class) + '\t' + t.get(CoreAnnotations.AbstrAnnotation.class)
                                + (bands ? '\t' + t.get(CoreAnnotations.GeniaAnnotation.class) : "")
                                + '\t' + e.tags().get(s)[i] + '\n').getBytes(StandardCharsets.UTF_8));
                    }
                    md.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of the word-cluster file the settings name ({@code distSimLexicon}), or none. */
    private byte[] wordClusters() {
        Properties p = settings();
        String lexicon = p.getProperty("distSimLexicon");
        if (lexicon == null || !Boolean.parseBoolean(p.getProperty("useDistSim", "false").trim())) {
            return new byte[0];
        }
        try (InputStream in = IOUtils.getInputStreamFromURLOrClasspathOrFileSystem(lexicon.trim())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word clusters " + lexicon + ": " + e.getMessage(), e);
        }
    }

    private Properties settings() {
        Properties p = new Properties();
        try (InputStream in = new ByteArrayInputStream(settings)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The bytes of the shipped {@code mention-crf.properties}. */
    public static byte[] bundledSettings() {
        return resource(SETTINGS);
    }

    /** The bytes of the shipped {@code dataset-crf.properties}, the dataset model's features and training settings. */
    public static byte[] datasetSettings() {
        return resource(DATASET_SETTINGS);
    }

    private static byte[] resource(String name) {
        try (InputStream in = MentionTrainer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
