"""Panel-pooled signed quantiles on the aligned LA panels (what bench forecast --calibration panel computes)."""
from cal import *
import sys
def pooled_eval(d,labels,H,B=None,stdz=False,signed=True,b=1.0,minn=30,recent=None,bfit=False,bmin=0.5,bmax=1.5):
    # index of label -> t (1-based) is common in aligned panels
    rows=[]; finalw=[]
    any_s=next(iter(d)); lab0=d[any_s][1]
    for L in labels+[lab0[-1]]:
        j=lab0.index(L)+1
        # evidence
        ev=collections.defaultdict(list)
        for s,(y,lab,f) in d.items():
            tr=y[:j]; u=onestep(tr,True) if stdz else 1.0
            if u<=0: u=1e-3
            for o in range(3,j):
                if o not in f: continue
                if recent and o<j-recent: continue
                for h in range(1,H+1):
                    if o+h>j: break
                    if B is not None and j>=B and o<B<=o+h: continue
                    ev[h].append(logerr(y[o+h-1],f[o][h-1])/u)
        qs={}
        avail=[h for h in ev if len(ev[h])>=minn]
        bb=b
        if bfit and len(avail)>=2:
            xs=np.log(sorted(avail)); ys=np.log([np.quantile(ev[h],.975)-np.quantile(ev[h],.025) for h in sorted(avail)])
            bb=max(bmin,min(bmax,np.polyfit(xs,ys,1)[0]))
        for h in range(1,H+1):
            if h in avail: z=np.array(ev[h]); hs=h; scale=1
            else:
                if not avail: qs[h]=None; continue
                hs=max(avail); z=np.array(ev[hs]); scale=(h/hs)**bb
            n=len(z)
            if signed:
                lo95=np.quantile(z,0.025)*scale; hi95=np.quantile(z,0.975)*scale
                lo80=np.quantile(z,0.10)*scale; hi80=np.quantile(z,0.90)*scale
            else:
                a95=np.quantile(np.abs(z),min(1,0.95*(n+1)/n))*scale; a80=np.quantile(np.abs(z),0.8)*scale
                lo95,hi95,lo80,hi80=-a95,a95,-a80,a80
            qs[h]=(lo80,hi80,lo95,hi95)
        for s,(y,lab,f) in d.items():
            if j not in f: continue
            tr=y[:j]; u=onestep(tr,True) if stdz else 1.0
            sc=np.abs(np.diff(tr)).mean()
            for h in range(1,H+1):
                if qs.get(h) is None: continue
                p=max(f[j][h-1],1e-9); q=qs[h]
                lo80,hi80,lo95,hi95=[p*math.exp(x*u) for x in q]
                if j+h>len(y):
                    if h==H and L==lab0[-1]: finalw.append((hi95-lo95)/p)
                    continue
                a=y[j+h-1]
                msis=((hi95-lo95)+40*(lo95-a)*(a<lo95)+40*(a-hi95)*(a>hi95))/sc
                rows.append((s,j,h,a,p,lo80<=a<=hi80,lo95<=a<=hi95,msis,(hi95-lo95)/p,L))
    return rows,(np.median(finalw) if finalw else float('nan'))
if __name__=="__main__":
  d=load("ehcp"); labs=[str(x) for x in range(2013,2019)]
  for name,kw in [('pooled signed',{}),('pooled abs',{'signed':False}),('pooled signed std',{'stdz':True}),('pooled signed break',{'B':6}),
                  ('pooled abs break',{'B':6,'signed':False}),('pooled signed recent3',{'recent':3}),('pooled signed b=0.5',{'b':0.5})]:
      rows,fw=pooled_eval(d,labs,6,**kw)
      print(summary(rows,name),' post:',summary([r for r in rows if r[9] in ('2016','2017','2018')],'')[28:],' 2019 w6 %.3f'%fw)
  c=load('cla'); labs=[str(x) for x in range(2014,2020)]
  for name,kw in [('CLA pooled signed',{}),('CLA pooled abs',{'signed':False}),('CLA pooled signed std',{'stdz':True})]:
      rows,fw=pooled_eval(c,labs,5,**kw); print(summary(rows,name))
