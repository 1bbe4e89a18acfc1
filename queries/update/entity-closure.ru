# Incremental step (queries/update/README.md): the concept closure of one technique or method,
# rk:underConcept, as the first update of materialize-closure.ru derives it.
# Bound: ?facts, ?ontology, ?derived (graph IRIs); ?entity (a resource whose rk:concept changed).
PREFIX rk:   <https://w3id.org/regkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

DELETE { GRAPH ?derived { ?entity rk:underConcept ?broader } }
WHERE { GRAPH ?derived { ?entity rk:underConcept ?broader } } ;

INSERT { GRAPH ?derived { ?entity rk:underConcept ?broader } }
WHERE {
  GRAPH ?facts { ?entity rk:concept ?concept }
  GRAPH ?ontology { ?concept skos:broader* ?broader }
}
