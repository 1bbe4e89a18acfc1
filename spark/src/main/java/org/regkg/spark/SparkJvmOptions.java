package org.regkg.spark;

import org.apache.spark.launcher.JavaModuleOptions;

/**
 * Prints the JVM options Spark needs on Java 17 ({@code --add-opens ...}), as spark-submit would
 * add them, for launchers that start the job with plain {@code java}.
 */
public final class SparkJvmOptions {
    private SparkJvmOptions() {
    }

    public static void main(String[] args) {
        System.out.println(String.join("\n", JavaModuleOptions.defaultModuleOptionArray()));
    }
}
