# Incremental step (queries/update/README.md): what the build derives for one paper: its counts
# (materialize-counts.ru), the concepts it is under (materialize-closure.ru, after the closure of
# its techniques and methods is up to date) and the regularizers it proposes
# (materialize-regularizers.ru). A paper no longer in the store keeps nothing.
# Bound: ?facts, ?ontology, ?derived (graph IRIs); ?paper (a paper added, replaced or removed).
PREFIX rk:   <https://w3id.org/regkg/ontology#>
PREFIX rkc:  <https://w3id.org/regkg/concept/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

DELETE { GRAPH ?derived { ?paper ?p ?o } }
WHERE {
  VALUES ?p { rk:methodCount rk:techniqueCount rk:datasetCount rk:resultCount rk:underConcept rk:proposesRegularizer }
  GRAPH ?derived { ?paper ?p ?o }
} ;

INSERT { GRAPH ?derived { ?paper rk:methodCount ?methods ; rk:techniqueCount ?techniques ;
                                 rk:datasetCount ?datasets ; rk:resultCount ?results } }
WHERE {
  { SELECT ?paper (COUNT(?m) AS ?methods) WHERE { GRAPH ?facts { ?paper a rk:Paper OPTIONAL { ?paper rk:proposes ?m } } } GROUP BY ?paper }
  { SELECT ?paper (COUNT(?t) AS ?techniques) WHERE { GRAPH ?facts { ?paper a rk:Paper OPTIONAL { ?paper rk:usesTechnique ?t } } } GROUP BY ?paper }
  { SELECT ?paper (COUNT(?d) AS ?datasets) WHERE { GRAPH ?facts { ?paper a rk:Paper OPTIONAL { ?paper rk:evaluatedOn ?d } } } GROUP BY ?paper }
  { SELECT ?paper (COUNT(?r) AS ?results) WHERE { GRAPH ?facts { ?paper a rk:Paper OPTIONAL { ?paper rk:claimsResult ?r } } } GROUP BY ?paper }
} ;

INSERT { GRAPH ?derived { ?paper rk:underConcept ?concept } }
WHERE {
  GRAPH ?facts { ?paper rk:usesTechnique ?technique }
  GRAPH ?derived { ?technique rk:underConcept ?concept }
} ;

INSERT { GRAPH ?derived { ?paper rk:proposesRegularizer ?method } }
WHERE {
  GRAPH ?facts { ?paper rk:proposes ?method . ?method rdfs:label ?label }
  FILTER (EXISTS { GRAPH ?derived { ?method rk:underConcept rkc:regularization } }
          || REGEX(?label, "regulari[sz](ation|er|ing)|penalty", "i"))
}
