# Incremental step (queries/update/README.md): what the build derives for one shared technique or
# dataset: its rdfs:label (label-shared-entities.ru) and the papers that use it or are evaluated
# on it, those of them under regularization, and the claimed quantities on it
# (materialize-counts.ru). An entity no paper has evidence for any more keeps nothing.
# Bound: ?facts, ?ontology, ?derived (graph IRIs); ?entity (a technique or dataset a changed paper named).
PREFIX rk:   <https://w3id.org/regkg/ontology#>
PREFIX rkc:  <https://w3id.org/regkg/concept/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

DELETE { GRAPH ?derived { ?entity ?p ?o } }
WHERE {
  VALUES ?p { rdfs:label rk:paperCount rk:regularizedPaperCount rk:quantityCount }
  GRAPH ?derived { ?entity ?p ?o }
} ;

INSERT { GRAPH ?derived { ?entity rdfs:label ?label } }
WHERE {
  {
    SELECT ?entity (MIN(?pref) AS ?conceptLabel) (MIN(?keyed) AS ?shortest)
    WHERE {
      GRAPH ?facts { ?entity a ?type ; skos:altLabel ?form . }
      VALUES ?type { rk:Technique rk:Dataset }
      OPTIONAL {
        GRAPH ?facts { ?entity rk:concept ?c }
        GRAPH ?ontology { ?c skos:prefLabel ?pref }
        FILTER (lang(?pref) = "en" || lang(?pref) = "")
      }
      BIND (CONCAT(SUBSTR(CONCAT("00000", STR(STRLEN(?form))), STRLEN(STR(STRLEN(?form))) + 1), "|", ?form) AS ?keyed)
    }
    GROUP BY ?entity
  }
  BIND (COALESCE(STR(?conceptLabel), STRAFTER(?shortest, "|")) AS ?label)
} ;

INSERT { GRAPH ?derived { ?entity rk:paperCount ?papers } }
WHERE {
  SELECT ?entity (COUNT(DISTINCT ?paper) AS ?papers)
  WHERE { GRAPH ?facts { ?paper rk:usesTechnique ?entity } }
  GROUP BY ?entity
} ;

INSERT { GRAPH ?derived { ?entity rk:paperCount ?papers } }
WHERE {
  SELECT ?entity (COUNT(DISTINCT ?paper) AS ?papers)
  WHERE { GRAPH ?facts { ?paper rk:evaluatedOn ?entity } }
  GROUP BY ?entity
} ;

INSERT { GRAPH ?derived { ?entity rk:regularizedPaperCount ?papers } }
WHERE {
  SELECT ?entity (COUNT(DISTINCT ?paper) AS ?papers)
  WHERE { GRAPH ?facts { ?paper rk:evaluatedOn ?entity } GRAPH ?derived { ?paper rk:underConcept rkc:regularization } }
  GROUP BY ?entity
} ;

INSERT { GRAPH ?derived { ?entity rk:quantityCount ?quantities } }
WHERE {
  SELECT ?entity (COUNT(DISTINCT ?q) AS ?quantities)
  WHERE { GRAPH ?facts { ?q rk:onDataset ?entity } }
  GROUP BY ?entity
}
