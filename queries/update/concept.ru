# Incremental step (queries/update/README.md): what the build derives for one concept: the papers
# at or below it, the papers and techniques linked to it directly (materialize-counts.ru) and its
# papers per year (materialize-trends.ru). Run after the papers' closure is up to date.
# Bound: ?facts, ?ontology, ?derived (graph IRIs); ?concept (a concept a changed paper was or is under).
PREFIX rk:      <https://w3id.org/regkg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>

DELETE { GRAPH ?derived { ?concept rk:papersInYear ?count . ?count ?p ?o } }
WHERE { GRAPH ?derived { ?concept rk:papersInYear ?count . ?count ?p ?o } } ;

DELETE { GRAPH ?derived { ?concept ?p ?o } }
WHERE {
  VALUES ?p { rk:paperCount rk:directPaperCount rk:techniqueCount }
  GRAPH ?derived { ?concept ?p ?o }
} ;

INSERT { GRAPH ?derived { ?concept rk:paperCount ?papers } }
WHERE {
  SELECT ?concept (COUNT(DISTINCT ?paper) AS ?papers)
  WHERE { GRAPH ?derived { ?paper rk:underConcept ?concept } GRAPH ?facts { ?paper a rk:Paper } }
  GROUP BY ?concept
} ;

INSERT { GRAPH ?derived { ?concept rk:directPaperCount ?papers ; rk:techniqueCount ?techniques } }
WHERE {
  SELECT ?concept (COUNT(DISTINCT ?paper) AS ?papers) (COUNT(DISTINCT ?technique) AS ?techniques)
  WHERE { GRAPH ?facts { ?technique a rk:Technique ; rk:concept ?concept . ?paper rk:usesTechnique ?technique } }
  GROUP BY ?concept
} ;

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
