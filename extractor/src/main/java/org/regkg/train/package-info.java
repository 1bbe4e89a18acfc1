/**
 * Training and cross-validating the learned models from gold annotations (shared/eval/GUIDELINES.md):
 * pairing gold papers with their texts, aligning gold names to token spans, training CoreNLP's
 * CRF mention model, and scoring k-fold cross-validation by paper.
 */
package org.regkg.train;
