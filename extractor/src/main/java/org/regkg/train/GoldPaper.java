package org.regkg.train;

import com.fasterxml.jackson.databind.JsonNode;
import org.regkg.ingest.Paper;

/**
 * An annotated paper: its text (from an input file) and its gold annotation.
 *
 * @param paper  title and abstract as the extractor reads them
 * @param gold   the annotation object of the gold file
 * @param source which gold file it came from ("corpus" for positions in a listing, "arXiv" for arXiv ids, else the file name)
 */
public record GoldPaper(Paper paper, JsonNode gold, String source) {
}
