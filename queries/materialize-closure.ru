# Build step (SPARQL Update, into the derived graph): the concept closure rk:underConcept.
# Every technique and method is under the concept it is linked to and every broader one
# (rk:concept/skos:broader*); every paper is under every concept a technique it uses is under
# (rk:usesTechnique/rk:concept/skos:broader*). Every concept of the scheme is rk:withinConcept
# itself and every broader concept (skos:broader*). DerivedDataIT checks both equal those paths.
# Bound by the build: ?facts, ?ontology, ?derived (graph IRIs).
PREFIX rk:   <https://w3id.org/regkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

INSERT { GRAPH ?derived { ?entity rk:underConcept ?broader } }
WHERE {
  GRAPH ?facts { ?entity rk:concept ?concept }
  GRAPH ?ontology { ?concept skos:broader* ?broader }
} ;

INSERT { GRAPH ?derived { ?paper rk:underConcept ?concept } }
WHERE {
  GRAPH ?facts { ?paper rk:usesTechnique ?technique }
  GRAPH ?derived { ?technique rk:underConcept ?concept }
} ;

INSERT { GRAPH ?derived { ?concept rk:withinConcept ?broader } }
WHERE {
  GRAPH ?ontology { ?concept a rk:Concept ; skos:broader* ?broader }
}
