#!/usr/bin/env python3
"""Draws build CPU time and peak memory against corpus size as an SVG (no plotting library
needed). Usage: bench/plot.py bench/results/scale.tsv docs/performance.svg"""
import csv
import sys
from xml.sax.saxutils import escape

rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
rows = sorted({int(r["papers_in"]): r for r in rows}.values(), key=lambda r: int(r["papers_in"]))
W, H, L, R, T, B = 640, 360, 70, 70, 40, 50
xs = [int(r["papers_in"]) for r in rows]
walls = [float(r["cpu_s"]) for r in rows]
rss = [float(r["peak_rss_mb"]) / 1024 for r in rows]
xmax = max(xs) * 1.05
ymax1 = max(walls) * 1.15
ymax2 = max(max(rss) * 1.15, 3.2)

def px(x):
    return L + (W - L - R) * x / xmax

def py(y, ymax):
    return H - B - (H - T - B) * y / ymax

out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<rect width="{W}" height="{H}" fill="white"/>',
       f'<text x="{W / 2}" y="20" text-anchor="middle" font-size="14">RegKG build: CPU time and peak RSS by corpus size (real arXiv abstracts)</text>',
       f'<line x1="{L}" y1="{H - B}" x2="{W - R}" y2="{H - B}" stroke="black"/>',
       f'<line x1="{L}" y1="{T}" x2="{L}" y2="{H - B}" stroke="#1f77b4"/>',
       f'<line x1="{W - R}" y1="{T}" x2="{W - R}" y2="{H - B}" stroke="#d62728"/>',
       f'<text x="{W / 2}" y="{H - 12}" text-anchor="middle">papers</text>',
       f'<text x="15" y="{H / 2}" transform="rotate(-90 15 {H / 2})" text-anchor="middle" fill="#1f77b4">CPU time, user + system (s)</text>',
       f'<text x="{W - 15}" y="{H / 2}" transform="rotate(90 {W - 15} {H / 2})" text-anchor="middle" fill="#d62728">peak RSS (GB)</text>',
       f'<line x1="{L}" y1="{py(3, ymax2)}" x2="{W - R}" y2="{py(3, ymax2)}" stroke="#d62728" stroke-dasharray="4 4"/>',
       f'<text x="{W - R - 4}" y="{py(3, ymax2) - 4}" text-anchor="end" fill="#d62728">3 GB heap limit</text>']
for i in range(5):
    x = xmax * i / 4
    out.append(f'<text x="{px(x)}" y="{H - B + 16}" text-anchor="middle">{int(x)}</text>')
    y1 = ymax1 * i / 4
    out.append(f'<text x="{L - 6}" y="{py(y1, ymax1) + 4}" text-anchor="end" fill="#1f77b4">{y1:.0f}</text>')
    y2 = ymax2 * i / 4
    out.append(f'<text x="{W - R + 6}" y="{py(y2, ymax2) + 4}" fill="#d62728">{y2:.1f}</text>')
for ys, ymax, colour in ((walls, ymax1, "#1f77b4"), (rss, ymax2, "#d62728")):
    pts = " ".join(f"{px(x):.1f},{py(y, ymax):.1f}" for x, y in zip(xs, ys))
    out.append(f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="2"/>')
    for x, y in zip(xs, ys):
        out.append(f'<circle cx="{px(x):.1f}" cy="{py(y, ymax):.1f}" r="4" fill="{colour}"><title>{escape(f"{x} papers: {y:.1f}")}</title></circle>')
out.append("</svg>")
open(sys.argv[2], "w").write("\n".join(out) + "\n")
