"""Leave-one-panel-out study of per-series calibration variants: python3 run4.py ehcp,cla,m3y,syn,m3q base break tshrink4 ..."""
from cal2 import *
import sys, os
EB=6
names=sys.argv[1].split(',') if len(sys.argv)>1 else ['ehcp','cla','m3y','syn','m3q']
PAN={p:load(p) for p in names}
PANELS2=dict(PANELS); PANELS2['m3q']=(8,holdout)
def final_width(d,opts,table=None,H=6):
    ws=[];cov=[]
    for s,(y,lab,f) in d.items():
        j=len(y); log,sc,df,c,sh,K=calib2(y,f,j,H,max(3,j-40),table=table,**opts(lab))
        lo,hi=interval2(log,f[j][H-1],sc[H-1],df,c,0.95,True,sh[H-1]); ws.append((hi-lo)/f[j][H-1])
    return np.median(ws)
def study(name,optsfor):
    zs={}
    for p in names:
        H,fn=PANELS2[p]; zs[p]=collections.defaultdict(list)
        run(PAN[p],fn,H,optsfor(p),collect_z=zs[p])
    full=table_from(zs,n=int(os.environ.get('N','6')))
    print('==',name,'table',[(round(a,2),round(b,3)) for a,b in full])
    for p in names:
        H,fn=PANELS2[p]
        lopo=table_from(zs,exclude=p,n=int(os.environ.get('N','6')))
        rows=run(PAN[p],fn,H,optsfor(p),table=lopo)
        print(summary(rows,p+' LOPO'))
        if p=='ehcp':
            post=[r for r in rows if r[9] in ('2016','2017','2018')]
            print(summary(post,'  ehcp post-break 2016-18'))
            print('  final 2019 width95 h6: %.3f'%final_width(PAN[p],optsfor(p),lopo))
    return full
V={
 'tshrink9':lambda p:(lambda lab:{'shift':-9}),
 'tshrink16':lambda p:(lambda lab:{'shift':-16}),
 'tshrink4':lambda p:(lambda lab:{'shift':-4}),
 'drop':lambda p:(lambda lab:{'B':EB,'droppre':True,'postprior':True} if p=='ehcp' else {}),
 'drop+shift1':lambda p:(lambda lab:{'B':EB,'droppre':True,'postprior':True,'shift':1} if p=='ehcp' else {'shift':1}),
 'base':lambda p:(lambda lab:{}),
 'break':lambda p:(lambda lab:{'B':EB} if p=='ehcp' else {}),
 'shift2':lambda p:(lambda lab:{'shift':2}),
 'break+shift2':lambda p:(lambda lab:{'B':EB,'shift':2} if p=='ehcp' else {'shift':2}),
 'break+shift1':lambda p:(lambda lab:{'B':EB,'shift':1} if p=='ehcp' else {'shift':1}),
 'break+shift4':lambda p:(lambda lab:{'B':EB,'shift':4} if p=='ehcp' else {'shift':4}),
}
if __name__=="__main__":
    for k in sys.argv[2:]: study(k,V[k])
