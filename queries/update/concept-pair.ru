# Incremental step (queries/update/README.md): the co-occurrence record of one pair of concepts
# (technique-cooccurrence.rq), as materialize-counts.ru derives it: the old record goes (with its
# rank) and a new one is written while papers still use techniques of both concepts.
# Bound: ?facts, ?ontology, ?derived (graph IRIs); ?a, ?b (two concepts, STR(?a) < STR(?b)).
PREFIX rk:   <https://w3id.org/regkg/ontology#>

DELETE { GRAPH ?derived { ?pair ?p ?o } }
WHERE { GRAPH ?derived { ?pair a rk:Cooccurrence ; rk:coConcept ?a , ?b ; ?p ?o } } ;

INSERT { GRAPH ?derived { ?pair a rk:Cooccurrence ; rk:coConcept ?a , ?b ; rk:paperCount ?papers } }
WHERE {
  {
    SELECT ?a ?b (COUNT(DISTINCT ?paper) AS ?papers)
    WHERE {
      GRAPH ?facts { ?paper rk:usesTechnique ?t1 , ?t2 . ?t1 rk:concept ?a . ?t2 rk:concept ?b }
      FILTER (STR(?a) < STR(?b))
    }
    GROUP BY ?a ?b
  }
  BIND (BNODE() AS ?pair)
}
