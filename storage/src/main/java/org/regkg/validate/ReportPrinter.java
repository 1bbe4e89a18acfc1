package org.regkg.validate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.shacl.validation.ReportEntry;

/** Writes a validation outcome as plain text for people: each result, then counts per shape. */
public final class ReportPrinter {
    private ReportPrinter() {
    }

    /**
     * The report as text.
     *
     * @param limit how many results to list in full; 0 lists them all
     */
    public static String print(ValidationOutcome outcome, int limit) {
        StringBuilder sb = new StringBuilder();
        List<ReportEntry> entries = outcome.entries();
        double seconds = outcome.elapsed().toNanos() / 1e9;
        if (outcome.conforms()) {
            sb.append(String.format(Locale.ROOT, "Conforms: %d triples checked against the RegKG shapes in %.1f s.%n",
                    outcome.triples(), seconds));
            return sb.toString();
        }
        sb.append(String.format(Locale.ROOT, "Does not conform: %d %s on %d triples (checked in %.1f s).%n",
                entries.size(), entries.size() == 1 ? "result" : "results", outcome.triples(), seconds));
        int shown = limit <= 0 ? entries.size() : Math.min(limit, entries.size());
        ShapeNames names = outcome.shapes();
        for (int i = 0; i < shown; i++) {
            ReportEntry e = entries.get(i);
            sb.append(String.format(Locale.ROOT, "%n%d. %s at %s%n", i + 1, e.severity().level().getLocalName(),
                    names.shorten(e.focusNode())));
            if (e.resultPath() != null) {
                sb.append("   path:    ").append(names.path(e.resultPath())).append('\n');
            }
            if (e.value() != null) {
                sb.append("   value:   ").append(abbreviate(names.shorten(e.value()))).append('\n');
            }
            sb.append("   message: ").append(e.message()).append('\n');
            sb.append("   shape:   ").append(outcome.shapeOf(e)).append('\n');
        }
        if (shown < entries.size()) {
            sb.append(String.format(Locale.ROOT, "%n... and %d more results.%n", entries.size() - shown));
        }
        sb.append(String.format(Locale.ROOT, "%nResults per shape:%n"));
        for (Map.Entry<String, Long> c : outcome.countsByShape().entrySet()) {
            sb.append(String.format(Locale.ROOT, "%8d  %s%n", c.getValue(), c.getKey()));
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
