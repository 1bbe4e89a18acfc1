# Build step (SPARQL Update, into the derived graph, after materialize-closure.ru): the counts the
# curated queries and browse pages look up instead of aggregating on every request. A count that
# would be zero is not written (queries read it with COALESCE(?n, 0)).
# Bound by the build: ?facts, ?ontology, ?derived (graph IRIs).
PREFIX rk:   <https://w3id.org/regkg/ontology#>
PREFIX rkc:  <https://w3id.org/regkg/concept/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

# Papers: methods, techniques, datasets and results.
INSERT { GRAPH ?derived { ?paper rk:methodCount ?methods ; rk:techniqueCount ?techniques ;
                                 rk:datasetCount ?datasets ; rk:resultCount ?results } }
WHERE {
  { SELECT ?paper (COUNT(?m) AS ?methods) WHERE { GRAPH ?facts { ?paper a rk:Paper OPTIONAL { ?paper rk:proposes ?m } } } GROUP BY ?paper }
  { SELECT ?paper (COUNT(?t) AS ?techniques) WHERE { GRAPH ?facts { ?paper a rk:Paper OPTIONAL { ?paper rk:usesTechnique ?t } } } GROUP BY ?paper }
  { SELECT ?paper (COUNT(?d) AS ?datasets) WHERE { GRAPH ?facts { ?paper a rk:Paper OPTIONAL { ?paper rk:evaluatedOn ?d } } } GROUP BY ?paper }
  { SELECT ?paper (COUNT(?r) AS ?results) WHERE { GRAPH ?facts { ?paper a rk:Paper OPTIONAL { ?paper rk:claimsResult ?r } } } GROUP BY ?paper }
} ;

# Concepts: papers at or below (through the closure), papers and techniques linked directly.
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

# Techniques and datasets: the papers that use them, or are evaluated on them.
INSERT { GRAPH ?derived { ?technique rk:paperCount ?papers } }
WHERE {
  SELECT ?technique (COUNT(DISTINCT ?paper) AS ?papers)
  WHERE { GRAPH ?facts { ?paper rk:usesTechnique ?technique } }
  GROUP BY ?technique
} ;

INSERT { GRAPH ?derived { ?dataset rk:paperCount ?papers } }
WHERE {
  SELECT ?dataset (COUNT(DISTINCT ?paper) AS ?papers)
  WHERE { GRAPH ?facts { ?paper rk:evaluatedOn ?dataset } }
  GROUP BY ?dataset
} ;

INSERT { GRAPH ?derived { ?dataset rk:regularizedPaperCount ?papers } }
WHERE {
  SELECT ?dataset (COUNT(DISTINCT ?paper) AS ?papers)
  WHERE { GRAPH ?facts { ?paper rk:evaluatedOn ?dataset } GRAPH ?derived { ?paper rk:underConcept rkc:regularization } }
  GROUP BY ?dataset
} ;

INSERT { GRAPH ?derived { ?dataset rk:quantityCount ?quantities } }
WHERE {
  SELECT ?dataset (COUNT(DISTINCT ?q) AS ?quantities)
  WHERE { GRAPH ?facts { ?q rk:onDataset ?dataset } }
  GROUP BY ?dataset
} ;

# Pairs of concepts whose techniques appear in the same papers (technique-cooccurrence.rq).
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
