# Build step (SPARQL Update, into the derived graph, after materialize-closure.ru): which papers
# propose a new regularizer (papers-proposing-regularizer.rq looks them up). A paper proposes one
# when a method it presents as its own is under a regularization concept (rk:underConcept), or is
# named as a regularizer, regularization term, penalty or loss ("volumetric regularization loss").
# Bound by the build: ?facts, ?ontology, ?derived (graph IRIs).
PREFIX rk:   <https://w3id.org/regkg/ontology#>
PREFIX rkc:  <https://w3id.org/regkg/concept/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

INSERT { GRAPH ?derived { ?paper rk:proposesRegularizer ?method } }
WHERE {
  GRAPH ?facts { ?paper rk:proposes ?method . ?method rdfs:label ?label }
  FILTER (EXISTS { GRAPH ?derived { ?method rk:underConcept rkc:regularization } }
          || REGEX(?label, "regulari[sz](ation|er|ing)|penalty", "i"))
}
