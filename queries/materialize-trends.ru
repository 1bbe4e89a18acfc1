# Build step (SPARQL Update, into the derived graph, after materialize-closure.ru): papers per year
# of every concept, for the trend charts (queries/concept-trend.rq) to look up instead of counting
# on every request. Papers count by their year of publication (dcterms:issued), under a concept
# through the closure rk:underConcept; years without papers are not written.
# Bound by the build: ?facts, ?ontology, ?derived (graph IRIs).
PREFIX rk:      <https://w3id.org/regkg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>

INSERT { GRAPH ?derived { ?concept rk:papersInYear [ a rk:YearCount ; rk:year ?year ; rk:paperCount ?papers ] } }
WHERE {
  SELECT ?concept ?year (COUNT(DISTINCT ?paper) AS ?papers)
  WHERE {
    GRAPH ?derived { ?paper rk:underConcept ?concept }
    GRAPH ?facts { ?paper a rk:Paper ; dcterms:issued ?issued }
    BIND (xsd:integer(SUBSTR(STR(?issued), 1, 4)) AS ?year)
  }
  GROUP BY ?concept ?year
}
