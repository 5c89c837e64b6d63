"""Replica of the shipped interval calibration (IntervalCalibrator, PooledSpread) on dumped forecasts; decision 0026."""
import csv, math, collections, numpy as np
from scipy import stats
import os
P=os.environ.get('CAL_DATA','calibration-data')+'/'
def load(panel, method='auto'):
    vals=collections.defaultdict(list); labels=collections.defaultdict(list)
    for r in csv.DictReader(open(P+panel+'-'+method+'-values.csv')):
        vals[r['series']].append(float(r['value'])); labels[r['series']].append(r['label'])
    fc=collections.defaultdict(dict)
    for r in csv.DictReader(open(P+panel+'-'+method+'-fc.csv')):
        fc[r['series']].setdefault(int(r['origin']),{})[int(r['step'])]=float(r['forecast'])
    out={}
    for s in vals:
        y=np.array(vals[s]); H=max(len(v) for v in fc[s].values()) if fc[s] else 0
        f={o:np.array([d[h] for h in range(1,len(d)+1)]) for o,d in fc[s].items()}
        out[s]=(y,labels[s],f)
    return out
TABLE=[(60,1.392),(4.81,2.198),(4.29,1.189),(3.27,1.190),(6.69,0.973),(3.29,0.733)]  # PooledSpread, decision 0075
def entry(K):
    if K<=0: return TABLE[0]
    if K==1: return TABLE[1]
    if K==2: return TABLE[2]
    return TABLE[3] if K<=4 else TABLE[4] if K<=7 else TABLE[5]
_q={}
def tq(df,level):
    k=(df,level)
    if k not in _q: _q[k]=stats.t.ppf(0.5+level/2,df)
    return _q[k]
def errors_before(y,f,cut,first):
    errs=[]
    for o in range(first,cut):
        if o not in f: continue
        p=f[o]
        for h in range(1,len(p)+1):
            if o+h<=cut and o+h<=len(y): errs.append((o,h,y[o+h-1],p[h-1]))
    return errs
def logerr(a,f):
    if a<=0 or f<=0: return 3.0
    return max(-3,min(3,math.log(a/f)))
def rmsfit(errs,log):
    ss=collections.defaultdict(float); n=collections.defaultdict(int)
    for o,h,a,f in errs:
        e=logerr(a,f) if log else a-f
        ss[h]+=e*e; n[h]+=1
    xs=[];ys=[];ws=[]
    for h in ss:
        if n[h]>0 and ss[h]>0:
            xs.append(math.log(h)); ys.append(0.5*math.log(ss[h]/n[h])); ws.append(n[h])
    if not ws: return None
    xs=np.array(xs);ys=np.array(ys);ws=np.array(ws,float)
    mx=(ws*xs).sum()/ws.sum(); my=(ws*ys).sum()/ws.sum()
    vx=(ws*xs*xs).sum()/ws.sum()-mx*mx
    b=((ws*xs*ys).sum()/ws.sum()-mx*my)/vx if vx>1e-12 else 1.0
    b=max(0.5,min(1.0,b))
    return my-b*mx,b
def onestep(tr,log):
    ch=np.diff(np.log(tr)) if log else np.diff(tr)
    return math.sqrt((ch**2).mean()) if len(ch) else 0.0
def baseline(y,f,j,H,first):
    """current calibration: returns (log, scale[H], df, c)"""
    tr=y[:j]; log=bool((tr>0).all())
    errs=errors_before(y,f,j,first)
    s1=onestep(tr,log); prior=np.array([s1*math.sqrt(h) for h in range(1,H+1)])
    fit=rmsfit(errs,log)
    if fit is None:
        df,c=entry(0); return log,prior,df,c
    la,b=fit; curve=np.exp(la+b*np.log(np.arange(1,H+1)))
    K=len(set(e[0] for e in errs))
    sc=np.sqrt((K*curve**2+2*prior**2)/(K+2)); df,c=entry(K)
    return log,sc,df,c
def interval(log,point,scale,df,c,level,floor):
    half=c*tq(df,level)*scale
    if log:
        half=min(half,3); cen=math.log(max(point,1e-9)); lo,hi=math.exp(cen-half),math.exp(cen+half)
    else: lo,hi=point-half,point+half
    if floor: lo,hi=max(0,lo),max(0,hi)
    return lo,hi
def evaluate(data,origins_fn,H,calib,maxorig=40,label=''):
    rows=[]
    for s,(y,lab,f) in data.items():
        for j in origins_fn(y,lab,H):
            if j not in f: continue
            first=max(3,j-maxorig)
            log,sc,df,c=calib(y,f,j,H,first,s=s,lab=lab)
            tr=y[:j]; floor=bool((tr>=0).all())
            scale=np.abs(np.diff(tr)).mean()
            for h in range(1,H+1):
                if j+h>len(y): break
                a=y[j+h-1]; p=f[j][h-1]
                if floor: p=max(0,p)
                lo95,hi95=interval(log,p,sc[h-1],df,c,0.95,floor)
                lo80,hi80=interval(log,p,sc[h-1],df,c,0.80,floor)
                msis=((hi95-lo95)+40*(lo95-a)*(a<lo95)+40*(a-hi95)*(a>hi95))/scale if scale>0 else float('nan')
                rows.append((s,j,h,a,p,lo80<=a<=hi80,lo95<=a<=hi95,msis,(hi95-lo95)/p if p>0 else float('nan')))
    return rows
def summary(rows,name=''):
    c80=np.mean([r[5] for r in rows]); c95=np.mean([r[6] for r in rows])
    ms=np.nanmean([r[7] for r in rows]); w=np.nanmedian([r[8] for r in rows])
    return f'{name:28s} n={len(rows):5d} cov80={c80:.3f} cov95={c95:.3f} MSIS={ms:8.2f} w95={w:.3f}'
def by_labels(labs):
    def fn(y,lab,H): return [i+1 for i,l in enumerate(lab) if l in labs]
    return fn
def holdout(y,lab,H): return [len(y)-H] if len(y)-H>=3 else []
def lastk(k):
    def fn(y,lab,H): return [len(y)-i for i in range(k,0,-1)]
    return fn
PANELS={'ehcp':(6,by_labels({str(x) for x in range(2013,2019)})),'cla':(5,by_labels({str(x) for x in range(2014,2020)})),
        'm3y':(6,holdout),'syn':(6,lastk(3))}
