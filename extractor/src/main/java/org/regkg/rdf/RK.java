package org.regkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The RegKG ontology's schema terms ({@code ontology/regkg.ttl}). */
public final class RK {
    public static final String NS = "https://w3id.org/regkg/ontology#";
    /** The ontology's own IRI, also the name of the store graph that holds it. */
    public static final String ONTOLOGY = "https://w3id.org/regkg/ontology";

    public static final Resource Paper = resource("Paper");
    public static final Resource Method = resource("Method");
    public static final Resource Technique = resource("Technique");
    public static final Resource Dataset = resource("Dataset");
    public static final Resource ClaimedResult = resource("ClaimedResult");
    public static final Resource Quantity = resource("Quantity");
    public static final Resource Concept = resource("Concept");
    public static final Resource Mention = resource("Mention");
    public static final Resource Extraction = resource("Extraction");
    public static final Resource Cooccurrence = resource("Cooccurrence");
    public static final Resource increase = resource("increase");
    public static final Resource decrease = resource("decrease");
    public static final Resource absolute = resource("absolute");

    public static final Property proposes = property("proposes");
    public static final Property usesTechnique = property("usesTechnique");
    public static final Property evaluatedOn = property("evaluatedOn");
    public static final Property claimsResult = property("claimsResult");
    public static final Property hasQuantity = property("hasQuantity");
    public static final Property onDataset = property("onDataset");
    public static final Property direction = property("direction");
    public static final Property concept = property("concept");
    public static final Property evidence = property("evidence");
    public static final Property value = property("value");
    public static final Property unit = property("unit");
    public static final Property unitless = property("unitless");
    public static final Property metric = property("metric");
    public static final Property claimText = property("claimText");
    public static final Property confidence = property("confidence");
    public static final Property rule = property("rule");
    public static final Property surfaceForm = property("surfaceForm");
    public static final Property inputPosition = property("inputPosition");
    public static final Property aboutPaper = property("aboutPaper");
    public static final Property claimedBy = property("claimedBy");
    public static final Property predicate = property("predicate");
    public static final Property section = property("section");
    public static final Property sentence = property("sentence");
    public static final Property sentenceStart = property("sentenceStart");
    public static final Property sentenceEnd = property("sentenceEnd");
    public static final Property datasetLabel = property("datasetLabel");
    public static final Property doi = property("doi");
    public static final Property arxivId = property("arxivId");
    public static final Property venue = property("venue");
    public static final Property deliberatelyAmbiguous = property("deliberatelyAmbiguous");
    public static final Property headNoun = property("headNoun");
    public static final Property underConcept = property("underConcept");
    public static final Property coConcept = property("coConcept");
    public static final Property paperCount = property("paperCount");
    public static final Property directPaperCount = property("directPaperCount");
    public static final Property techniqueCount = property("techniqueCount");
    public static final Property methodCount = property("methodCount");
    public static final Property datasetCount = property("datasetCount");
    public static final Property resultCount = property("resultCount");
    public static final Property regularizedPaperCount = property("regularizedPaperCount");
    public static final Property quantityCount = property("quantityCount");
    public static final Property paperRank = property("paperRank");
    public static final Property methodRank = property("methodRank");
    public static final Property quantityRank = property("quantityRank");
    public static final Property conceptRank = property("conceptRank");
    public static final Property datasetRank = property("datasetRank");
    public static final Property unlinkedTechniqueRank = property("unlinkedTechniqueRank");
    public static final Property unlinkedPaperRank = property("unlinkedPaperRank");
    public static final Property pairRank = property("pairRank");
    public static final Property datasetQuantityRank = property("datasetQuantityRank");

    private RK() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
