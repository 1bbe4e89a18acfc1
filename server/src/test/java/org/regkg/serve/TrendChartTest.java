package org.regkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regkg.serve.PageParts.Link;

class TrendChartTest {
    static TrendChart.Series series(String label, Map<Integer, Long> perYear) {
        return new TrendChart.Series(new Link("/concept/" + label, label, "https://w3id.org/regkg/concept/" + label, true), perYear);
    }

    @Test
    void axisStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(TrendChart.niceStep(1)).isEqualTo(1);
        assertThat(TrendChart.niceStep(7)).isEqualTo(2);
        assertThat(TrendChart.niceStep(23)).isEqualTo(5);
        assertThat(TrendChart.niceStep(48)).isEqualTo(10);
        assertThat(TrendChart.niceStep(736)).isEqualTo(200);
    }

    @Test
    void everyYearBetweenFirstAndLastGetsAPointMissingYearsCountZero() {
        var chart = TrendChart.build("t", List.of(series("dropout", Map.of(2019, 4L, 2022, 10L)),
                series("mixup", Map.of(2020, 2L))));
        assertThat(chart.empty()).isFalse();
        assertThat(chart.lines()).hasSize(2);
        assertThat(chart.lines().get(0).dots()).hasSize(4);
        assertThat(chart.lines().get(0).dots().get(1).title()).isEqualTo("dropout, 2020: 0 papers");
        assertThat(chart.lines().get(0).total()).isEqualTo(14);
        assertThat(chart.xTicks()).extracting(TrendChart.Tick::label).containsExactly("2019", "2020", "2021", "2022");
        assertThat(chart.yTicks()).extracting(TrendChart.Tick::label).containsExactly("0", "2", "4", "6", "8", "10");
        // the highest count touches the top of the plot, zero its bottom
        assertThat(chart.lines().get(0).dots().get(3).y()).isEqualTo(chart.plotTop());
        assertThat(chart.lines().get(1).dots().get(0).y()).isEqualTo(chart.plotBottom());
    }

    @Test
    void noYearsGiveAnEmptyChart() {
        var chart = TrendChart.build("t", List.of(series("dropout", Map.of())));
        assertThat(chart.empty()).isTrue();
        assertThat(chart.lines().get(0).dots()).isEmpty();
    }

    @Test
    void theTemplateDrawsAnSvgAndEscapesLabels() throws IOException {
        var chart = TrendChart.build("Papers per year: <b>x</b>", List.of(series("<script>alert(1)</script>", Map.of(2020, 3L, 2021, 5L))));
        StringWriter w = new StringWriter();
        new Templates(Map.of()).render(w, "trends", Map.of("title", "Trends", "chart", chart, "fields", List.of(),
                "options", List.of(), "unknown", List.of()));
        String svg = w.toString();
        assertThat(svg).contains("<svg").contains("<polyline").contains("year of publication");
        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>x</b>").contains("&lt;script&gt;");
    }
}
