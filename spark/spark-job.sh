#!/usr/bin/env bash
# Runs one of the spark/ module's jobs in Spark local mode, building the module first when its
# sources changed: spark/spark-job.sh CLASS [ARGS...] (CLASS in org.regkg.spark). Used by
# spark/word-clusters.sh and spark/word-frequencies.sh.
set -euo pipefail
job="$1"; shift
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
  -cp "$target/classes:$(cat "$cp_file")" "org.regkg.spark.$job" "$@"
