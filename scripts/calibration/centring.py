"""Centring rules for the panel calibration replayed on the engine's pooled errors (decision 0102).

Usage (in a folder holding the dumps of DumpPooled.java, see README.md):
    python3 centring.py
Prints, per panel and rule, the mean absolute scaled error (MASE) of the evaluated forecasts uncentred
and as the rule centres them, and at how many origins it centres. The shipped rule is `every_year`.
"""
import csv, numpy as np, collections, math, sys
def load(f):
    r=list(csv.DictReader(open(f)))
    return dict(series=np.array([x['series'] for x in r]), origin=np.array([int(x['origin']) for x in r]), outcome=np.array([int(x['outcome']) for x in r]),
        step=np.array([int(x['step']) for x in r]), e=np.array([float(x['log_error']) for x in r]), w=np.array([float(x['weight']) for x in r]),
        hold=np.array([x['holdout']=='true' for x in r]))
class Panel:
    def __init__(s,d,H): s.d=d; s.H=H; s.cache={}; s.mcache={}
    def errors_at(s,P):
        if P in s.cache: return s.cache[P]
        d=s.d; m=d['outcome']<=P
        by={h:np.sort(d['e'][m&(d['step']==h)]) for h in range(1,s.H+1)}
        out={}
        for h in range(1,s.H+1):
            fr=h
            while fr>=1 and len(by[fr])<30: fr-=1
            out[h]= by[fr]*h/fr if fr>=1 else None
        s.cache[P]=out; return out
    def med(s,P,h):
        k=(P,h)
        if k not in s.mcache:
            z=s.errors_at(P)[h]; s.mcache[k]=np.nan if z is None else np.quantile(z,0.5)
        return s.mcache[k]
    def gain_terms(s,P,window=None):
        d=s.d; m=(d['outcome']<=P)&(d['w']>0)
        if window: m&=d['outcome']>P-window
        idx=np.nonzero(m)[0]
        meds=np.array([s.med(o,h) for o,h in zip(d['origin'][idx],d['step'][idx])])
        ok=~np.isnan(meds)
        r=np.exp(d['e'][idx][ok]); w=d['w'][idx][ok]
        return w*(np.abs(r-1)-np.abs(r-np.exp(meds[ok]))), w*np.abs(r-1), d['outcome'][idx][ok]
def evaluate(d,H,evalmask,rule):
    p=Panel(d,H); dec={}
    tot0=tot1=0; n=0
    for i in np.nonzero(evalmask)[0]:
        P=d['origin'][i]
        if P not in dec: dec[P]=rule(p,P)
        s=p.med(P,d['step'][i]) if dec[P] else 0.0
        if np.isnan(s): s=0.0
        r=math.exp(d['e'][i])
        tot0+=d['w'][i]*abs(r-1); tot1+=d['w'][i]*abs(r-math.exp(s)); n+=1
    return tot0/n, tot1/n, sum(dec.values()), len(dec)
def R0(p,P):
    g,b,_=p.gain_terms(P); return g.sum()>0
def Rwin(k):
    def r(p,P):
        g,b,_=p.gain_terms(P,window=k); return g.sum()>0
    return r
def Rrel(t):
    def r(p,P):
        g,b,_=p.gain_terms(P); return g.sum()>t*b.sum()
    return r
def Rmajority(k):
    def r(p,P):
        g,b,o=p.gain_terms(P)
        periods=sorted(set(o))[-k:]
        if not periods: return False
        pos=sum(g[o==q].sum()>0 for q in periods)
        return pos>len(periods)/2 and g.sum()>0
    return r


def every_year(p, P):
    g, b, o = p.gain_terms(P)
    return g.sum() > 0 and all(g[o == q].sum() > 0 for q in sorted(set(o)))


if __name__ == '__main__':
    panels = [('ehcp.csv', 6, lambda d: (d['origin'] >= 2013) & (d['origin'] <= 2018)),
              ('ehcp-naive.csv', 6, lambda d: (d['origin'] >= 2013) & (d['origin'] <= 2018)),
              ('cla.csv', 5, lambda d: (d['origin'] >= 2014) & (d['origin'] <= 2019)),
              ('cla-naive.csv', 5, lambda d: (d['origin'] >= 2014) & (d['origin'] <= 2019)),
              ('m3q.csv', 8, lambda d: d['hold']), ('m3q-naive.csv', 8, lambda d: d['hold']),
              ('m3y.csv', 6, lambda d: d['hold']), ('syn.csv', 6, lambda d: d['origin'] >= d['origin'].max() - 2)]
    rules = [('total', R0), ('last_year', Rwin(1)), ('rel_0.05', Rrel(0.05)), ('majority_3', Rmajority(3)),
             ('every_year', every_year)]
    for f, H, ev in panels:
        try:
            d = load(f)
        except FileNotFoundError:
            continue
        for name, rule in rules:
            plain, ruled, centred, origins = evaluate(d, H, ev(d), rule)
            print('%-15s %-11s MASE %.4f -> %.4f (%+.2f%%), centred at %d of %d origins'
                  % (f, name, plain, ruled, 100 * (ruled / plain - 1), centred, origins))
