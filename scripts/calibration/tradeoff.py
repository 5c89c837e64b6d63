"""Width against coverage on the LA panels (decision 0075): EHCP and CLA scored with the shipped
per-series calibration, its pooled spread times k, and with the panel calibration at level L; each
with the January 2019 (EHCP) median 95% width at the last step. Needs CAL_DATA with Dump.java output
(ehcp, cla, m3y, syn, m3q for `auto`; README). Usage: python3 tradeoff.py
"""
import sys
from cal2 import *

PANELS = {'ehcp': (6, [str(y) for y in range(2013, 2019)]), 'cla': (5, [str(y) for y in range(2014, 2020)])}
POST = ('2016', '2017', '2018')


def origins(labels):
    return lambda y, lab, H: [lab.index(l) + 1 for l in labels if l in lab]


def final_width(d, table, H):
    widths = []
    for s, (y, lab, f) in d.items():
        j = len(y)
        log, sc, df, c, sh, K = calib2(y, f, j, H, max(3, j - 40), table=table)
        lo, hi = interval2(log, f[j][H - 1], sc[H - 1], df, c, 0.95, True, sh[H - 1])
        widths.append((hi - lo) / f[j][H - 1])
    return np.median(widths)


def series_curve(data, ks):
    for k in ks:
        table = [(df, c * k) for df, c in TABLE]
        out = []
        for p, (H, labels) in PANELS.items():
            rows = run(data[p], origins(labels), H, lambda lab: {}, table=table)
            post = [r for r in rows if r[9] in POST]
            out.append('%s cover95 %.3f MSIS %.1f' % (p, np.mean([r[6] for r in rows]), np.nanmean([r[7] for r in rows])))
            if p == 'ehcp':
                out.append('post cover95 %.3f; 2019 width h6 %.2f' % (np.mean([r[6] for r in post]), final_width(data[p], table, H)))
        print('series k=%.1f: %s' % (k, '; '.join(out)))


def panel_rows(d, labels, H, level):
    """bench forecast --calibration panel (PanelQuantiles) at one level; and the last origin's width."""
    lab0 = next(iter(d.values()))[1]
    rows = []
    for L in labels + [lab0[-1]]:
        j = lab0.index(L) + 1
        pooled = collections.defaultdict(list)
        for y, lab, f in d.values():
            if (y > 0).all():
                for o in range(3, j):
                    for h in range(1, min(H, j - o) + 1):
                        if o in f:
                            pooled[h].append(logerr(y[o + h - 1], f[o][h - 1]))
        q = {}
        for h in range(1, H + 1):
            h0 = h
            while h0 >= 1 and len(pooled[h0]) < 30:
                h0 -= 1
            if h0 >= 1:
                z = np.array(pooled[h0]) * h / h0
                q[h] = (np.quantile(z, (1 - level) / 2), np.quantile(z, (1 + level) / 2))
        if L == lab0[-1]:
            return rows, np.exp(q[H][1]) - np.exp(q[H][0])
        for y, lab, f in d.values():
            if j not in f or not (y[:j] > 0).all():
                continue
            scale = np.abs(np.diff(y[:j])).mean()
            for h in range(1, min(H, len(y) - j) + 1):
                a, p = y[j + h - 1], f[j][h - 1]
                lo, hi = p * np.exp(q[h][0]), p * np.exp(q[h][1])
                msis = ((hi - lo) + 40 * (lo - a) * (a < lo) + 40 * (a - hi) * (a > hi)) / scale
                rows.append((L, lo <= a <= hi, msis))


def panel_curve(data, levels):
    for p, (H, labels) in PANELS.items():
        for level in levels:
            rows, width = panel_rows(data[p], labels, H, level)
            post = [r for r in rows if r[0] in POST]
            print('panel %s L=%.3f cover %.3f MSIS %.2f post cover %.3f; last-origin width h%d %.2f' % (
                p, level, np.mean([r[1] for r in rows]), np.mean([r[2] for r in rows]),
                np.mean([r[1] for r in post]), H, width))


if __name__ == '__main__':
    data = {p: load(p) for p in PANELS}
    series_curve(data, [0.6, 0.8, 1.0, 1.2, 1.5, 2.0])
    panel_curve(data, [0.8, 0.9, 0.95, 0.975, 0.99])
