package org.regkg.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (file systems, credentials given as spark.hadoop.*) in a form
 * tasks can carry, so executors write shards with the same settings.
 */
final class HadoopConf implements Serializable {
    private final Map<String, String> entries = new HashMap<>();

    HadoopConf(Configuration conf) {
        conf.forEach(e -> entries.put(e.getKey(), e.getValue()));
    }

    Configuration get() {
        Configuration conf = new Configuration(false);
        entries.forEach(conf::set);
        return conf;
    }
}
