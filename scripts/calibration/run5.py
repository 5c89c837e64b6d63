from run4 import *
N=int(os.environ.get('N','6'))
def insample(name,optsfor):
    zs={}
    for p in names:
        H,fn=PANELS2[p]; zs[p]=collections.defaultdict(list)
        run(PAN[p],fn,H,optsfor(p),collect_z=zs[p])
    full=table_from(zs,n=N)
    print('== in-sample',name,[(round(a,2),round(b,3)) for a,b in full])
    for p in names:
        H,fn=PANELS2[p]; rows=run(PAN[p],fn,H,optsfor(p),table=full)
        print(summary(rows,p))
        if p=='ehcp':
            post=[r for r in rows if r[9] in ('2016','2017','2018')]
            print(summary(post,'  ehcp post-break 2016-18'))
            print('  final 2019 width95 h6: %.3f'%final_width(PAN[p],optsfor(p),full))
V['tshrink1']=lambda p:(lambda lab:{'shift':-1})
V['tshrink4']=lambda p:(lambda lab:{'shift':-4})
V['shift1']=lambda p:(lambda lab:{'shift':1})
for k in sys.argv[2:]: insample(k,V[k])
