package org.regkg.docs;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

/**
 * A Mermaid flowchart of the top levels of the concept scheme: the top concepts and the concepts
 * directly below them, generated from the Turtle so that it cannot drift from it.
 * {@code ontology/README.md} embeds it between the markers {@link #BEGIN} and {@link #END}.
 */
public final class TopLevelDiagram {
    public static final String BEGIN = "<!-- BEGIN generated top-levels diagram -->";
    public static final String END = "<!-- END generated top-levels diagram -->";

    private TopLevelDiagram() {
    }

    /** The Mermaid source, fenced as a Markdown code block. */
    public static String mermaid(Model ontology) {
        ConceptView concepts = new ConceptView(ontology, new OntologyView(ontology));
        StringBuilder sb = new StringBuilder("```mermaid\ngraph LR\n");
        List<Resource> tops = concepts.tops();
        sb.append("  scheme([\"rkc:scheme\"])\n");
        for (Resource top : tops) {
            sb.append("  scheme --> ").append(node(concepts, top)).append('\n');
        }
        for (Resource top : tops) {
            for (Resource child : concepts.narrower(top)) {
                sb.append("  ").append(id(top)).append(" --> ").append(node(concepts, child)).append('\n');
            }
        }
        return sb.append("```\n").toString();
    }

    /** The block as the README holds it: the markers around the diagram. */
    public static String readmeBlock(Model ontology) {
        return BEGIN + "\n" + mermaid(ontology) + END;
    }

    private static String node(ConceptView concepts, Resource c) {
        return id(c) + "[\"" + concepts.label(c).replace("\"", "'") + "\"]";
    }

    private static String id(Resource c) {
        return ConceptView.slug(c).replaceAll("[^A-Za-z0-9]", "_");
    }
}
