package org.regkg.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.launcher.JavaModuleOptions;

/** Runs a Spark job class in its own JVM, as the spark/*.sh scripts start it, and keeps its exit status and log. */
final class JobProcess {
    static final Path ROOT = Path.of(System.getProperty("regkg.root", ".."));
    /** The 260 annotated arXiv abstracts. */
    static final Path ABSTRACTS = ROOT.resolve("data/gold/arxiv-annotated.jsonl").toAbsolutePath().normalize();
    /** JSON Lines with a malformed record on line 7. */
    static final Path BAD = ROOT.resolve("spark/src/test/resources/fixtures/papers.jsonl").toAbsolutePath().normalize();

    record Result(int exit, String log) {
    }

    private JobProcess() {
    }

    static Result run(Class<?> job, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        cmd.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
        cmd.add("-Dlog4j2.configurationFile=classpath:log4j2-spark.xml");
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), job.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        p.getInputStream().transferTo(log);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), log.toString(StandardCharsets.UTF_8));
    }
}
