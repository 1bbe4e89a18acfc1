/**
 * Scoring extracted facts against a gold annotation file: a faithful port of the reference
 * scorer {@code shared/eval/score.py} (same normalisation, same lenient matching, same greedy
 * one-to-one assignment, same numbers and the same printed report), plus the confidence curve.
 * It reads predictions in the per-paper JSON Lines form of {@code shared/eval/FORMAT.md}, from
 * a file or straight from a store through {@link org.regkg.export.JsonlExporter}.
 */
package org.regkg.eval;
