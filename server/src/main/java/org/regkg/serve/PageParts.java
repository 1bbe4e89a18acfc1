package org.regkg.serve;

import java.util.List;

/** The pieces pages are made of, as the templates see them. Every string is escaped by the template. */
public final class PageParts {
    private PageParts() {
    }

    /**
     * A link to a resource, or plain text when {@code href} is null.
     *
     * @param local true when this server serves the target
     */
    public record Link(String href, String text, String iri, boolean local) {
    }

    /** One value of a property: a link, or a literal with its language or datatype. */
    public record Value(Link link, String text, String note, boolean longText) {
        public boolean isLink() {
            return link != null;
        }
    }

    /** A property and its values; {@code more} counts values left out. */
    public record PropertyRow(Link property, String label, List<Value> values, int more) {
        public boolean hasMore() {
            return more > 0;
        }
    }

    /** A sentence with the mention highlighted: {@code before}, {@code mention}, {@code after}. */
    public record Evidence(Link fact, String what, String before, String mention, String after, String section) {
    }

    /** A concept's place in the hierarchy: paths from a top concept down to it, and its children. */
    public record Hierarchy(List<List<Link>> paths, List<Link> narrower) {
        public boolean hasNarrower() {
            return !narrower.isEmpty();
        }
    }

    /** A labelled count, for table cells and browse lists. */
    public record Count(Link link, long count) {
    }
}
