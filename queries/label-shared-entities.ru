# Build step (SPARQL Update, run after loading, into the derived graph): give every shared
# technique and dataset one rdfs:label, so pages and queries can name it. Techniques linked to a
# concept take the concept's preferred label; others take their shortest surface form (ties:
# alphabetically first), which is the same whatever order the papers were loaded in.
# Bound by the build: ?facts, ?ontology, ?derived (graph IRIs).
PREFIX rk:   <https://w3id.org/regkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

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
}
