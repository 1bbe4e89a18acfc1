package org.regkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.regkg.serve.PageParts.Link;

/**
 * The geometry of a line chart of papers per year, one line per concept, for the
 * {@code trend-chart} template to draw as inline SVG: the plot area, axis ticks, one polyline and
 * its points per series, a legend. Numbers only; every text goes through the template's escaping.
 */
final class TrendChart {
    static final int WIDTH = 880;
    static final int HEIGHT = 340;
    static final int LEFT = 56;
    static final int RIGHT = 250;
    static final int TOP = 24;
    static final int BOTTOM = 52;
    /** Okabe-Ito colours: distinguishable with colour-blindness, and in a grey screenshot by their markers. */
    static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442");
    static final int MAX_SERIES = COLOURS.size();

    /** One concept's papers per year. */
    record Series(Link concept, Map<Integer, Long> perYear) {
    }

    record Tick(String x, String y, String label) {
    }

    record Point(String x, String y, String title) {
    }

    record Line(String label, String href, String colour, String points, List<Point> dots, long total,
                String legendY, String swatchY) {
    }

    /** The template model; {@code empty} when no series has a paper with a year. */
    record Model(int width, int height, String title, boolean empty, List<Tick> xTicks, List<Tick> yTicks,
                 List<Line> lines, String plotLeft, String plotRight, String plotTop, String plotBottom,
                 String xLabelX, String xLabelY, String yLabelX, String yLabelY, String legendX, String legendTextX,
                 String emptyX, String emptyY) {
    }

    private TrendChart() {
    }

    static Model build(String title, List<Series> series) {
        TreeMap<Integer, Long> all = new TreeMap<>();
        series.forEach(s -> s.perYear().forEach((y, n) -> all.merge(y, n, Math::max)));
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        int bottom = TOP + plotH;
        boolean empty = all.isEmpty();
        int first = empty ? 0 : all.firstKey();
        int last = empty ? 0 : all.lastKey();
        long max = empty ? 1 : Math.max(1, all.values().stream().mapToLong(Long::longValue).max().orElse(1));
        long step = niceStep(max);
        long top = ((max + step - 1) / step) * step;
        List<Tick> yTicks = new ArrayList<>();
        for (long v = 0; v <= top; v += step) {
            yTicks.add(new Tick(num(LEFT - 8), num(y(v, top, plotH)), Long.toString(v)));
        }
        List<Tick> xTicks = new ArrayList<>();
        int years = last - first + 1;
        int every = Math.max(1, (int) Math.ceil(years / 12.0));
        if (!empty) {
            for (int yr = first; yr <= last; yr += every) {
                xTicks.add(new Tick(num(x(yr, first, last, plotW)), num(bottom + 18), Integer.toString(yr)));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < series.size() && i < MAX_SERIES; i++) {
            Series s = series.get(i);
            StringBuilder pts = new StringBuilder();
            List<Point> dots = new ArrayList<>();
            long total = 0;
            if (!empty) {
                for (int yr = first; yr <= last; yr++) {
                    long n = s.perYear().getOrDefault(yr, 0L);
                    total += n;
                    String px = num(x(yr, first, last, plotW));
                    String py = num(y(n, top, plotH));
                    pts.append(pts.isEmpty() ? "" : " ").append(px).append(',').append(py);
                    dots.add(new Point(px, py, s.concept().text() + ", " + yr + ": " + n + (n == 1 ? " paper" : " papers")));
                }
            }
            int legendY = TOP + 8 + i * 22;
            lines.add(new Line(s.concept().text(), s.concept().href(), COLOURS.get(i), pts.toString(), dots, total,
                    num(legendY + 4), num(legendY - 1)));
        }
        return new Model(WIDTH, HEIGHT, title, empty, xTicks, yTicks, lines, num(LEFT), num(LEFT + plotW), num(TOP),
                num(bottom), num(LEFT + plotW / 2.0), num(HEIGHT - 10), num(14), num(TOP + plotH / 2.0),
                num(LEFT + plotW + 20), num(LEFT + plotW + 44), num(LEFT + plotW / 2.0), num(TOP + plotH / 2.0));
    }

    private static double x(int year, int first, int last, int plotW) {
        return last == first ? LEFT + plotW / 2.0 : LEFT + (year - first) * (double) plotW / (last - first);
    }

    private static double y(long n, long top, int plotH) {
        return TOP + plotH - n * (double) plotH / top;
    }

    /** A step of 1, 2 or 5 times a power of ten giving about five ticks up to {@code max}. */
    static long niceStep(long max) {
        double raw = max / 5.0;
        long pow = 1;
        while (pow * 10 <= raw) {
            pow *= 10;
        }
        for (long m : new long[] {1, 2, 5, 10}) {
            if (m * pow >= raw) {
                return Math.max(1, m * pow);
            }
        }
        return 10 * pow;
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
