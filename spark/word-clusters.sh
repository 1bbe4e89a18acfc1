#!/usr/bin/env bash
# Learns the mention model's word clusters (its distSimLexicon) from unlabeled abstracts with Spark
# MLlib (Word2Vec, then k-means), in local mode: org.regkg.spark.WordClusterJob.
# Usage: spark/word-clusters.sh --input FILE [--input FILE]... --out FILE [--clusters K] ...
# (--help lists every option). The shipped file was made by:
#   spark/word-clusters.sh --input ../shared/corpus/arxiv-ml.jsonl.gz \
#       --input ../shared/corpus/arxiv-regularization.jsonl \
#       --out extractor/src/main/resources/org/regkg/models/word-clusters.tsv.gz
# then retrain the mention model with ./regkg train (README, "Learned models").
exec "$(dirname "${BASH_SOURCE[0]}")/spark-job.sh" WordClusterJob "$@"
