/**
 * Validation of RegKG graphs against the SHACL shapes of {@code ontology/shapes.ttl}: the
 * validator, its outcome and a plain-text report. Used by {@code regkg validate} and by the build,
 * which refuses to swap in a store that does not conform.
 */
package org.regkg.validate;
