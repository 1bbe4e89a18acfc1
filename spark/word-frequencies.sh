#!/usr/bin/env bash
# Counts the mention model's document frequencies (in how many records each lower-cased word
# occurs) in unlabeled abstracts with Spark, in local mode: org.regkg.spark.WordFrequencyJob.
# Usage: spark/word-frequencies.sh --input FILE [--input FILE]... --out FILE [--min-records N]
# (--help lists every option). The shipped file was made by:
#   spark/word-frequencies.sh --input ../shared/corpus/arxiv-ml.jsonl.gz \
#       --input ../shared/corpus/arxiv-regularization.jsonl \
#       --out extractor/src/main/resources/org/regkg/models/word-records.tsv.gz
# then retrain the mention model with ./regkg train (README, "Learned models").
exec "$(dirname "${BASH_SOURCE[0]}")/spark-job.sh" WordFrequencyJob "$@"
