#!/usr/bin/env python3
"""Compares two N-Quads dumps (./regkg export --format nq) as multisets of quads, graph by graph,
with each blank node named by what it says (its edges to IRIs and literals): count records, concept
pairs and VoID partitions are blank nodes, so two stores' dumps name them differently. Papers'
rk:inputPosition is left out (it is the position in the input file a paper came from, which an
add and a full build of other files give differently). Prints the differences by graph; exit 1 if any.
Usage: bench/nq-compare.py A.nq B.nq"""
import sys, re, hashlib, collections
def load(path):
    quads=[]
    for line in open(path, encoding='utf-8'):
        line=line.rstrip('\n')
        if not line.strip(): continue
        assert line.endswith(' .'), line
        body=line[:-2]
        s, rest = body.split(' ', 1)
        p, rest = rest.split(' ', 1)
        o, g = rest.rsplit(' ', 1)
        quads.append((s,p,o,g))
    out=collections.defaultdict(list); inc=collections.defaultdict(list)
    for s,p,o,g in quads:
        if s.startswith('_:'): out[s].append((p,o if not o.startswith('_:') else '_',g))
        if o.startswith('_:'): inc[o].append((s if not s.startswith('_:') else '_',p,g))
    sig={}
    for b in set(out)|set(inc):
        sig[b]='_:'+hashlib.sha1(repr((sorted(out[b]),sorted(inc[b]))).encode()).hexdigest()[:16]
    res=collections.Counter()
    for s,p,o,g in quads:
        if p=='<https://w3id.org/regkg/ontology#inputPosition>': continue
        res[(sig.get(s,s),p,sig.get(o,o),g)]+=1
    return res
a=load(sys.argv[1]); b=load(sys.argv[2])
bygraph=collections.Counter()
for k in set(a)|set(b):
    if a[k]!=b[k]: bygraph[k[3]]+=abs(a[k]-b[k])
print('quads', sum(a.values()), sum(b.values()), 'differences by graph:', dict(bygraph) or 'none')

shown=0
for k in sorted(set(a)|set(b)):
    if a[k]!=b[k] and shown<15:
        print(' ', a[k], b[k], k); shown+=1
sys.exit(1 if bygraph else 0)
