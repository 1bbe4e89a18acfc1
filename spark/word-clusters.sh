#!/usr/bin/env bash
# Learns the mention model's word clusters (its distSimLexicon) from unlabeled abstracts with Spark
# MLlib (Word2Vec, then k-means), in local mode: org.regkg.spark.WordClusterJob.
# Usage: spark/word-clusters.sh --input FILE [--input FILE]... --out FILE [--clusters K] ...
# (--help lists every option). The shipped file was made by:
#   spark/word-clusters.sh --input ../shared/corpus/arxiv-ml.jsonl.gz \
#       --input ../shared/corpus/arxiv-regularization.jsonl \
#       --out extractor/src/main/resources/org/regkg/models/word-clusters.tsv.gz
# then retrain the mention model with ./regkg train (README, "Learned models").
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$here/spark/target"
cp_file="$target/classpath.txt"
stamp="$target/regkg-spark.built"
if [ ! -f "$cp_file" ] || [ ! -f "$stamp" ] || [ -n "$(find "$here/pom.xml" "$here"/{extractor,spark}/pom.xml "$here"/{extractor,spark}/src/main \
      "$here/ontology" "$here/queries" -newer "$stamp" -print -quit 2>/dev/null)" ]; then
  command -v mvn >/dev/null || { echo "regkg: Maven (mvn) is needed to build RegKG" >&2; exit 1; }
  echo "regkg: building the Spark module (first use or sources changed) ..." >&2
  (cd "$here" && mvn -B -q -Dmaven.test.skip=true package -pl spark -am >&2) \
    || { echo "regkg: the Maven build failed" >&2; exit 1; }
  java -cp "$target/classes:$(cat "$cp_file")" org.regkg.spark.SparkJvmOptions > "$target/jvm-options.txt"
  touch "$stamp"
fi
mapfile -t spark_jvm < "$target/jvm-options.txt"
java_opts=(${REGKG_JAVA_OPTS:--Xmx4g -XX:+UseParallelGC})
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
exec java "${java_opts[@]}" "${spark_jvm[@]}" -Dlog4j2.configurationFile=classpath:log4j2-spark.xml \
  -cp "$target/classes:$(cat "$cp_file")" org.regkg.spark.WordClusterJob "$@"
