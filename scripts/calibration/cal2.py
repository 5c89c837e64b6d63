from cal import *
import os
SPLIT=[os.environ.get('N','6')=='12']
def straddles(o,h,B): return B is not None and o < B <= o+h
def calib2(y,f,j,H,first,B=None,shift=0,table=None,prior_w=2.0,postprior=False,ret_z=False,droppre=False):
    tr=y[:j]; log=bool((tr>0).all())
    errs=errors_before(y,f,j,first)
    if B is not None and j>=B:
        errs=[e for e in errs if not straddles(e[0],e[1],B) and not (droppre and e[0]<B)]
    else: B=None
    if postprior and B is not None and j-B>=2:
        s1=onestep(tr[B-1:],log)
    else: s1=onestep(tr,log)
    prior=np.array([s1*math.sqrt(h) for h in range(1,H+1)])
    K=len(set(e[0] for e in errs))
    tab=table or TABLE
    def ent(K):
        if K<=0: return tab[0]
        if K==1: return tab[1]
        if K==2: return tab[2]
        return tab[3] if K<=4 else tab[4] if K<=7 else tab[5]
    if not errs:
        df,c=ent(0); return log,prior,df,c,np.zeros(H),0
    ev=[(o,h,(logerr(a,fc) if log else a-fc)) for o,h,a,fc in errs]
    m=0.0
    if shift:
        hs=np.array([h for o,h,e in ev],float); es=np.array([e for o,h,e in ev])
        if shift>0:
            m=(es*hs).sum()/(hs*hs).sum()*K/(K+shift)
        else:
            go=collections.defaultdict(list)
            for o,h,e in ev: go[o].append(e/h)
            g=np.array([np.mean(v) for v in go.values()])
            if len(g)>=3 and g.std(ddof=1)>0:
                t=g.mean()/(g.std(ddof=1)/math.sqrt(len(g)))
                m=g.mean()*max(0,1+shift/t**2)
            else: m=0.0
    ss=collections.defaultdict(float); n=collections.defaultdict(int)
    for o,h,e in ev:
        r=e-m*h; ss[h]+=r*r; n[h]+=1
    xs=[];ys=[];ws=[]
    for h in ss:
        if ss[h]>0: xs.append(math.log(h)); ys.append(0.5*math.log(ss[h]/n[h])); ws.append(n[h])
    if not ws:
        df,c=ent(0); return log,prior,df,c,np.zeros(H),K
    xs=np.array(xs);ys=np.array(ys);ws=np.array(ws,float)
    mx=(ws*xs).sum()/ws.sum(); my=(ws*ys).sum()/ws.sum(); vx=(ws*xs*xs).sum()/ws.sum()-mx*mx
    b=((ws*xs*ys).sum()/ws.sum()-mx*my)/vx if vx>1e-12 else 1.0
    b=max(0.5,min(1.0,b))
    curve=np.exp(my-b*mx+b*np.log(np.arange(1,H+1)))
    sc=np.sqrt((K*curve**2+prior_w*prior**2)/(K+prior_w))
    if len(tab)==12 and m!=0: df,c=tab[6+bucket(K)]
    else: df,c=ent(K)
    return log,sc,df,c,m*np.arange(1,H+1),K+(100 if m!=0 else 0)
def bucket(K):
    if K>=100: return 6+bucket(K-100)
    return 0 if K<=0 else 1 if K==1 else 2 if K==2 else 3 if K<=4 else 4 if K<=7 else 5
def interval2(log,point,scale,df,c,level,floor,shift):
    half=c*tq(df,level)*scale
    if log:
        half=min(half,3); cen=math.log(max(point,1e-9))+shift; lo,hi=math.exp(cen-half),math.exp(cen+half)
    else: lo,hi=point+shift-half,point+shift+half
    if floor: lo,hi=max(0,lo),max(0,hi)
    return lo,hi
def run(d,origins_fn,H,opts,table=None,collect_z=None,maxorig=40):
    rows=[]
    for s,(y,lab,f) in d.items():
        for j in origins_fn(y,lab,H):
            if j not in f: continue
            first=max(3,j-maxorig)
            log,sc,df,c,sh,K=calib2(y,f,j,H,first,table=table,**opts(lab))
            tr=y[:j]; floor=bool((tr>=0).all()); scale=np.abs(np.diff(tr)).mean()
            for h in range(1,H+1):
                if j+h>len(y): break
                a=y[j+h-1]; p=f[j][h-1]
                if floor: p=max(0,p)
                if collect_z is not None and sc[h-1]>0:
                    e=(logerr(a,p) if log else a-p)-sh[h-1]
                    collect_z[bucket(K) if SPLIT[0] else bucket(K)%6].append(abs(e)/sc[h-1])
                lo95,hi95=interval2(log,p,sc[h-1],df,c,0.95,floor,sh[h-1]); lo80,hi80=interval2(log,p,sc[h-1],df,c,0.80,floor,sh[h-1])
                msis=((hi95-lo95)+40*(lo95-a)*(a<lo95)+40*(a-hi95)*(a>hi95))/scale if scale>0 else float('nan')
                rows.append((s,j,h,a,p,lo80<=a<=hi80,lo95<=a<=hi95,msis,(hi95-lo95)/p if p>0 else float('nan'),lab[j-1]))
    return rows
def fit_t(q80,q95):
    ratio=q95/q80
    lo,hi=1.0,60.0
    if stats.t.ppf(.975,60)/stats.t.ppf(.9,60)>=ratio: df=60
    else:
        for _ in range(60):
            mid=(lo+hi)/2
            if stats.t.ppf(.975,mid)/stats.t.ppf(.9,mid)>ratio: lo=mid
            else: hi=mid
        df=(lo+hi)/2
    return (df, q80/stats.t.ppf(.9,df))
def table_from(zs_by_panel, exclude=None, n=6):
    tab=[]
    for b in range(n):
        q8=[];q9=[]
        for p,zs in zs_by_panel.items():
            if p==exclude or len(zs[b])<30: continue
            z=np.array(zs[b]); q8.append(np.quantile(z,.8)); q9.append(np.quantile(z,.95))
        if not q8: tab.append(TABLE[b] if b<6 else tab[b-6]); continue
        tab.append(fit_t(np.median(q8),np.median(q9)))
    return tab
