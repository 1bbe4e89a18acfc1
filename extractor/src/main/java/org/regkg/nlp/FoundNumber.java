package org.regkg.nlp;

import java.math.BigDecimal;
import org.regkg.facts.Direction;

/**
 * A number of a claim sentence before the metric and dataset of its list are settled.
 *
 * @param index the token the number is in
 * @param end   the token after the number and its unit
 * @param begin first character of the number's text in the section
 * @param stop  the character after it
 * @param bare  true for a whole number with no unit and no metric word close by (likely a count)
 */
record FoundNumber(int index, int end, int begin, int stop, String text, BigDecimal value, String unit, String metric, String dataset,
                   Direction direction, boolean bare) {

    FoundNumber with(String newMetric, String newDataset) {
        return new FoundNumber(index, end, begin, stop, text, value, unit, newMetric, newDataset, direction, bare);
    }
}
