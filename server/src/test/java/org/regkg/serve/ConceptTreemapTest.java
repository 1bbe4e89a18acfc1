package org.regkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regkg.serve.PageParts.Link;
import org.regkg.serve.TechniqueTree.TreeNode;

class ConceptTreemapTest {
    @Test
    void areasFollowTheValuesAndTileTheRectangle() {
        double[] values = {6, 6, 4, 3, 2, 2, 1};
        List<double[]> r = ConceptTreemap.squarify(values, 10, 20, 600, 400);
        double total = 24;
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            double area = r.get(i)[2] * r.get(i)[3];
            assertThat(area).isCloseTo(600 * 400 * values[i] / total, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(r.get(i)[0]).isGreaterThanOrEqualTo(10 - 1e-9);
            assertThat(r.get(i)[1]).isGreaterThanOrEqualTo(20 - 1e-9);
            assertThat(r.get(i)[0] + r.get(i)[2]).isLessThanOrEqualTo(610 + 1e-6);
            assertThat(r.get(i)[1] + r.get(i)[3]).isLessThanOrEqualTo(420 + 1e-6);
            sum += area;
            for (int j = 0; j < i; j++) {
                assertThat(overlap(r.get(i), r.get(j))).as("%d and %d overlap", i, j).isLessThan(1e-6);
            }
        }
        assertThat(sum).isCloseTo(600 * 400, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void zeroValuesGetNoArea() {
        List<double[]> r = ConceptTreemap.squarify(new double[] {0, 5, 0}, 0, 0, 100, 100);
        assertThat(r.get(0)[2] * r.get(0)[3]).isZero();
        assertThat(r.get(1)[2] * r.get(1)[3]).isCloseTo(10_000, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void everyConceptWithPapersIsALinkedBoxInsideItsParent() {
        TreeNode dropout = node("dropout", 12, 12, List.of());
        TreeNode noise = node("noise-injection", 15, 3, List.of(dropout));
        TreeNode decay = node("weight-decay", 10, 10, List.of());
        TreeNode empty = node("nothing", 0, 0, List.of());
        TreeNode reg = node("regularization", 40, 20, List.of(noise, decay, empty));
        var model = ConceptTreemap.build(List.of(reg));
        assertThat(model.boxes()).extracting(ConceptTreemap.Box::href)
                .containsExactly("/concept/regularization", "/concept/noise-injection", "/concept/dropout", "/concept/weight-decay");
        var parent = model.boxes().get(1);
        var child = model.boxes().get(2);
        assertThat(Double.parseDouble(child.x())).isGreaterThanOrEqualTo(Double.parseDouble(parent.x()));
        assertThat(Double.parseDouble(child.y())).isGreaterThan(Double.parseDouble(parent.y()));
        assertThat(model.boxes().get(0).title()).isEqualTo("regularization: 40 papers");
    }

    @Test
    void labelsAreCutToFit() {
        assertThat(ConceptTreemap.fit("explicit regularization (12)", 300, 30)).isEqualTo("explicit regularization (12)");
        assertThat(ConceptTreemap.fit("explicit regularization (12)", 60, 30)).endsWith("…").hasSizeLessThan(10);
        assertThat(ConceptTreemap.fit("explicit regularization (12)", 20, 30)).isEmpty();
        assertThat(ConceptTreemap.fit("x", 200, 10)).isEmpty();
    }

    private static TreeNode node(String slug, long papers, long direct, List<TreeNode> children) {
        return new TreeNode(new Link("/concept/" + slug, slug, "https://w3id.org/regkg/concept/" + slug, true), direct, papers, children);
    }

    private static double overlap(double[] a, double[] b) {
        double w = Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]);
        double h = Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]);
        return w > 0 && h > 0 ? w * h : 0;
    }
}
