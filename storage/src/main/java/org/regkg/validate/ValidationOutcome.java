package org.regkg.validate;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * The result of validating a graph against the RegKG shapes.
 *
 * @param report  the SHACL validation report
 * @param shapes  names each entry's shape for people (see {@link #shapeOf(ReportEntry)})
 * @param triples how many triples were validated
 * @param elapsed how long validation took, copying the graph included
 */
public record ValidationOutcome(ValidationReport report, ShapeNames shapes, long triples, Duration elapsed) {

    public boolean conforms() {
        return report.conforms();
    }

    public List<ReportEntry> entries() {
        return List.copyOf(report.getEntries());
    }

    /** The shape an entry comes from, as a readable name such as {@code rks:PaperShape / dcterms:title}. */
    public String shapeOf(ReportEntry e) {
        return shapes.name(e.source());
    }

    /** How many results each shape produced, most first (ties by name). */
    public Map<String, Long> countsByShape() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ReportEntry e : report.getEntries()) {
            counts.merge(shapeOf(e), 1L, Long::sum);
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(en -> sorted.put(en.getKey(), en.getValue()));
        return sorted;
    }
}
