package org.regkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class WordFrequenciesTest {

    @Test
    void aWordsCountFallsInItsBandInAnyCase() throws IOException {
        WordFrequencies f = WordFrequencies.read(gzip("dropout\t198\nfoonet\t2\nthe\t69989\nmixup\t59\n"), "f.tsv.gz");
        assertThat(f.records("Dropout")).isEqualTo(198);
        assertThat(f.band("Dropout")).isEqualTo("R100");
        assertThat(f.band("FooNet")).isEqualTo("R2");
        assertThat(f.band("mixup")).isEqualTo("R10");
        assertThat(f.band("the")).isEqualTo("R1000");
        // a word the file does not list was seen once at most: the paper's own coinage
        assertThat(f.records("TPPT")).isZero();
        assertThat(f.band("TPPT")).isEqualTo("R0");
        assertThat(WordFrequencies.none().band("the")).isEqualTo("R0");
    }

    @Test
    void aMalformedLineIsNamedWithItsNumber() {
        assertThatThrownBy(() -> WordFrequencies.read(gzip("dropout\t198\nfoonet 2\n"), "f.tsv.gz"))
                .hasMessageContaining("f.tsv.gz:2:");
        assertThatThrownBy(() -> WordFrequencies.read(gzip("dropout\tmany\n"), "f.tsv.gz"))
                .hasMessageContaining("f.tsv.gz:1: not a count: many");
    }

    @Test
    void theShippedFileIsReadByTheStandardFeatures() {
        try (InputStream in = WordFrequencies.class.getResourceAsStream(TokenFeatures.WORD_RECORDS)) {
            WordFrequencies f = WordFrequencies.read(in, TokenFeatures.WORD_RECORDS);
            assertThat(f.records("regularization")).isGreaterThan(1000);
            assertThat(f.band("dropout")).isEqualTo("R100");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static InputStream gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
