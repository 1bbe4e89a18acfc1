package org.regkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.regkg.serve.TechniqueTree.TreeNode;

/**
 * The concept tree as a squarified treemap (Bruls, Huizing and van Wijk 2000): each concept a
 * rectangle whose area follows its papers, nested inside its broader concept, for the
 * {@code treemap} template to draw as inline SVG, every rectangle a link to its concept page.
 */
final class ConceptTreemap {
    static final int WIDTH = 1000;
    static final int HEIGHT = 520;
    static final int MAX_DEPTH = 6;
    /** Height of the label band on top of a rectangle that has children. */
    static final double HEADER = 18;
    static final double PAD = 2;
    static final double CHAR_WIDTH = 6.6;
    static final List<String> HUES = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#999999");

    /** One rectangle; {@code label} is empty when it does not fit. */
    record Box(String href, String title, String label, String x, String y, String w, String h, String fill,
               String textX, String textY, String textFill, int depth) {
    }

    record Model(int width, int height, List<Box> boxes, boolean empty) {
    }

    private ConceptTreemap() {
    }

    static Model build(List<TreeNode> roots) {
        List<Box> boxes = new ArrayList<>();
        List<TreeNode> shown = roots.stream().filter(r -> r.papers() > 0).toList();
        List<double[]> rects = squarify(shown.stream().mapToDouble(TreeNode::papers).toArray(), 0, 0, WIDTH, HEIGHT);
        for (int i = 0; i < shown.size(); i++) {
            place(shown.get(i), rects.get(i), 1, HUES.get(i % HUES.size()), boxes);
        }
        return new Model(WIDTH, HEIGHT, boxes, boxes.isEmpty());
    }

    private static void place(TreeNode n, double[] r, int depth, String hue, List<Box> out) {
        double x = r[0] + PAD / 2;
        double y = r[1] + PAD / 2;
        double w = Math.max(0, r[2] - PAD);
        double h = Math.max(0, r[3] - PAD);
        if (w < 1 || h < 1) {
            return;
        }
        String fill = tint(hue, (depth - 1) * 0.28);
        List<TreeNode> kids = n.children().stream().filter(k -> k.papers() > 0).toList();
        boolean nest = depth < MAX_DEPTH && !kids.isEmpty() && h > HEADER + 24 && w > 60;
        String title = n.concept().text() + ": " + n.papers() + (n.papers() == 1 ? " paper" : " papers");
        String label = fit(n.concept().text() + " (" + n.papers() + ")", w - 8, nest ? HEADER : h);
        double textY = nest ? y + 13 : y + Math.min(h / 2 + 4, 15);
        out.add(new Box(n.concept().href(), title, label, num(x), num(y), num(w), num(h), fill, num(x + 4), num(textY),
                depth == 1 ? "#ffffff" : "#111111", depth));
        if (!nest) {
            return;
        }
        double[] values = new double[kids.size() + 1];
        for (int i = 0; i < kids.size(); i++) {
            values[i] = kids.get(i).papers();
        }
        values[kids.size()] = n.direct();
        double innerY = y + HEADER;
        List<double[]> rects = squarify(values, x + PAD, innerY, w - 2 * PAD, h - HEADER - PAD);
        for (int i = 0; i < kids.size(); i++) {
            place(kids.get(i), rects.get(i), depth + 1, hue, out);
        }
    }

    /**
     * Rectangles for {@code values} (sorted descending by the caller's tree, zero values get none)
     * filling {@code x, y, w, h}, with areas proportional to the values and squarish shapes.
     */
    static List<double[]> squarify(double[] values, double x, double y, double w, double h) {
        int n = values.length;
        List<double[]> out = new ArrayList<>(n);
        double total = 0;
        for (double v : values) {
            total += Math.max(0, v);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            out.add(new double[] {x, y, 0, 0});
        }
        if (total <= 0 || w <= 0 || h <= 0) {
            return out;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        double scale = w * h / total;
        double[] area = new double[n];
        for (int i = 0; i < n; i++) {
            area[i] = Math.max(0, values[order[i]]) * scale;
        }
        int i = 0;
        while (i < n && area[i] > 0) {
            double side = Math.min(w, h);
            int j = i;
            double sum = 0;
            double worst = Double.MAX_VALUE;
            while (j < n && area[j] > 0) {
                double s = sum + area[j];
                double ratio = worst(area[i], area[j], s, side);
                if (j > i && ratio > worst) {
                    break;
                }
                worst = ratio;
                sum = s;
                j++;
            }
            double thick = sum / side;
            double offset = 0;
            for (int k = i; k < j; k++) {
                double len = area[k] / thick;
                out.set(order[k], w >= h ? new double[] {x, y + offset, thick, len} : new double[] {x + offset, y, len, thick});
                offset += len;
            }
            if (w >= h) {
                x += thick;
                w -= thick;
            } else {
                y += thick;
                h -= thick;
            }
            i = j;
        }
        return out;
    }

    private static double worst(double largest, double smallest, double sum, double side) {
        double s2 = side * side;
        return Math.max(s2 * largest / (sum * sum), (sum * sum) / (s2 * smallest));
    }

    /** The label cut to the width (with an ellipsis), or empty when not even a few letters fit. */
    static String fit(String label, double width, double height) {
        if (height < 14) {
            return "";
        }
        int chars = (int) (width / CHAR_WIDTH);
        if (chars >= label.length()) {
            return label;
        }
        return chars < 4 ? "" : label.substring(0, chars - 1) + "…";
    }

    /** {@code hex} mixed with white by {@code amount} (0 to 1). */
    static String tint(String hex, double amount) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        r = (int) Math.round(r + (255 - r) * amount);
        g = (int) Math.round(g + (255 - g) * amount);
        b = (int) Math.round(b + (255 - b) * amount);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
