package org.regkg.facts;

import java.math.BigDecimal;

/**
 * A number in a claim.
 *
 * @param text      the number as written ("2.5", "4x", "40%")
 * @param value     its numeric value
 * @param unit      "%", "points", "pp", "x", ... or null when the number has no unit
 * @param metric    the metric words from the same clause, or null
 * @param dataset   the dataset name from the same clause, or null
 * @param direction gain, reduction or level
 * @param evidence  where the number is
 */
public record Quantity(String text, BigDecimal value, String unit, String metric, String dataset,
                       Direction direction, Evidence evidence) {
}
