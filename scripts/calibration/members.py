"""Candidate rules for auto's members scored on dumped point forecasts (decision 0075).

Usage (after DumpMethods.java for ehcp, cla, m3y, syn with the methods
auto,dotm,log_damped,damped,log_drift,drift,log_holt,log_linear_trend in the current folder):
    python3 members.py
Prints MASE/sMAPE per panel at the benchmark's origins, EHCP post-reform origins (2016-2018), and the
geometric mean and worst of the MASE ratios to the 0023 rule over the four yearly panels.
"""
import csv, collections, numpy as np

# horizon and origins (training lengths) as bench forecast chooses them
PAN = {'ehcp': (6, lambda n: range(4, 10)), 'cla': (5, lambda n: range(5, 11)),
       'm3y': (6, lambda n: [n - 6]), 'syn': (6, lambda n: range(n - 3, n))}


def load(p):
    vals = collections.defaultdict(list)
    for r in csv.DictReader(open(p + '-values.csv')):
        vals[r['series']].append(float(r['value']))
    fc = collections.defaultdict(dict)
    for r in csv.DictReader(open(p + '-fc.csv')):
        fc[(r['series'], int(r['origin']))].setdefault(r['method'], []).append(float(r['forecast']))
    return {s: np.array(v) for s, v in vals.items()}, fc


def evaluate(rule, data, horizon, origins):
    mase, smape = [], []
    vals, fc = data
    for sid, y in vals.items():
        n = len(y)
        for o in origins(n):
            if o < 3 or o >= n:
                continue
            f = rule(y[:o], fc.get((sid, o), {}), horizon)
            if f is None:
                continue
            scale = np.mean(np.abs(np.diff(y[:o])))
            for h in range(1, min(horizon, n - o) + 1):
                a, e = y[o + h - 1], abs(y[o + h - 1] - f[h - 1])
                if scale > 0:
                    mase.append(e / scale)
                smape.append(200 * e / (abs(a) + abs(f[h - 1])))
    return np.mean(mase), np.mean(smape)


def member(name, fallback=None):
    def f(tr, d, H):
        key = name if (fallback is None or np.all(tr > 0)) else fallback
        return np.array(d[key]) if key in d else None
    return f


def shrunk(y, H, c=1.0, phi=0.9, last=None, gate=None):
    """shrunk_drift (ShrunkDrift.java); gate k: phi rises to 1 as t^2 exceeds k; last: recent window."""
    if last:
        y = y[-last:]
    n = len(y); g = (y[-1] - y[0]) / (n - 1)
    sd = np.sqrt(np.sum((np.diff(y) - g) ** 2) / (n - 2)) if n > 2 else abs(g)
    se = sd / np.sqrt(n - 1); t2 = g * g / (se * se) if se > 0 else np.inf
    g *= max(0, 1 - c / t2) if t2 > 0 else 0
    if gate is not None:
        phi = phi + (1 - phi) * (max(0, 1 - gate / t2) if t2 > 0 else 0)
    return y[-1] + g * np.cumsum(phi ** np.arange(1, H + 1))


def log_shrunk(**kw):
    return lambda tr, d, H: np.exp(shrunk(np.log(tr), H, **kw)) if np.all(tr > 0) else shrunk(tr, H, **kw)


def log_drift_last(k):
    def f(tr, d, H):
        if not np.all(tr > 0):
            return None
        y = np.log(tr[-k:]); g = (y[-1] - y[0]) / (len(y) - 1)
        return np.exp(y[-1] + g * np.arange(1, H + 1))
    return f


def log_linear_last(k):
    def f(tr, d, H):
        if not np.all(tr > 0):
            return None
        y = np.log(tr[-k:]); b, a = np.polyfit(np.arange(len(y)), y, 1)
        return np.exp(a + b * (len(y) - 1 + np.arange(1, H + 1)))
    return f


def mean_of(*rules, weights=None):
    def c(tr, d, H):
        pairs = [(w, f(tr, d, H)) for w, f in zip(weights or [1] * len(rules), rules)]
        pairs = [(w, x) for w, x in pairs if x is not None]
        if not pairs:
            return None
        total = sum(w for w, _ in pairs)
        return sum(w * x for w, x in pairs) / total
    return c


DOTM, LD, LS = member('dotm'), member('log_damped', 'damped'), log_shrunk()
LDRIFT = member('log_drift', 'drift')
RULES = {
    '0023: dotm, log_damped, log_shrunk_drift': mean_of(DOTM, LD, LS),
    '+ log_drift (chosen)': mean_of(DOTM, LD, LS, LDRIFT),
    '+ log_drift at half weight': mean_of(DOTM, LD, LS, LDRIFT, weights=[1, 1, 1, 0.5]),
    '+ log_drift at double weight': mean_of(DOTM, LD, LS, LDRIFT, weights=[1, 1, 1, 2]),
    'log_drift instead of log_shrunk_drift': mean_of(DOTM, LD, LDRIFT),
    'log_shrunk_drift undamped': mean_of(DOTM, LD, log_shrunk(phi=1.0)),
    'trend-strength gate k = 4': mean_of(DOTM, LD, log_shrunk(gate=4)),
    '+ log_drift, c = 2': mean_of(DOTM, LD, log_shrunk(c=2), LDRIFT),
    '+ log drift of the last 4': mean_of(DOTM, LD, LS, log_drift_last(4)),
    '+ log_drift + shrunk log drift of the last 4, undamped': mean_of(DOTM, LD, LS, LDRIFT, log_shrunk(last=4, phi=1.0)),
    '+ log_holt': mean_of(DOTM, LD, LS, member('log_holt')),
    '+ log-linear trend on the last 6': mean_of(DOTM, LD, LS, log_linear_last(6)),
    'log_drift alone': LDRIFT,
}

if __name__ == '__main__':
    data = {p: load(p) for p in PAN}
    base = None
    for name, rule in RULES.items():
        scores = [evaluate(rule, data[p], *PAN[p]) for p in PAN]
        post = evaluate(rule, data['ehcp'], 6, lambda n: (7, 8, 9))
        base = base or scores
        ratios = [s[0] / b[0] for s, b in zip(scores, base)]
        print('%-55s' % name, ' '.join('%s %.3f/%.2f' % (p, *s) for p, s in zip(PAN, scores)),
              'post %.3f gm %.4f worst %.4f' % (post[0], np.exp(np.mean(np.log(ratios))), max(ratios)))
