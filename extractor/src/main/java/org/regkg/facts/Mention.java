package org.regkg.facts;

/** One occurrence of a thing in the text: its surface form and where it was found. */
public record Mention(String text, Evidence evidence) {
}
