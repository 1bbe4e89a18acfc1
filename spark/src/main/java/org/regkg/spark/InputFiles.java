package org.regkg.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.regkg.ingest.InputException;
import org.regkg.ingest.InputFormat;

/**
 * The input files of a job: each {@code --input} is a file, a folder (its files, by name) or a
 * glob on any Hadoop file system (local, hdfs://, s3a://, gs://, abfs://), in the order given.
 */
final class InputFiles {
    private static final List<String> COMPRESSED = List.of(".gz", ".bz2", ".zst", ".deflate", ".lz4", ".snappy");

    /**
     * One input file.
     *
     * @param index  its number in the whole input
     * @param path   its Hadoop path
     * @param name   how messages name it (the argument as given, for a single file)
     * @param format its format
     */
    record InputFile(int index, String path, String name, InputFormat format) implements Serializable {
    }

    private InputFiles() {
    }

    static List<InputFile> resolve(List<String> inputs, InputFormat format, Configuration conf) {
        List<InputFile> files = new ArrayList<>();
        for (String input : inputs) {
            Path p = new Path(input);
            FileStatus[] found;
            try {
                FileSystem fs = p.getFileSystem(conf);
                found = fs.globStatus(p);
                if (found != null && found.length == 1 && found[0].isDirectory()) {
                    found = fs.listStatus(found[0].getPath(), q -> !q.getName().startsWith(".") && !q.getName().startsWith("_"));
                }
            } catch (IOException e) {
                throw new InputException(input, "cannot read: " + e.getMessage(), e);
            }
            if (found == null || found.length == 0) {
                throw new InputException(input, "no such file");
            }
            Arrays.sort(found, Comparator.comparing(s -> s.getPath().toString()));
            for (FileStatus s : found) {
                if (s.isDirectory()) {
                    continue;
                }
                String name = found.length == 1 && !p.toString().contains("*") ? input : s.getPath().toString();
                InputFormat f = format != null ? format : formatOf(s.getPath().getName());
                files.add(new InputFile(files.size(), s.getPath().toString(), name, f));
            }
        }
        return files;
    }

    /** The format a name implies once a compression suffix (which Hadoop decodes) is set aside. */
    static InputFormat formatOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String suffix : COMPRESSED) {
            if (n.endsWith(suffix)) {
                n = n.substring(0, n.length() - suffix.length());
                break;
            }
        }
        return InputFormat.fromPath(java.nio.file.Path.of(n));
    }
}
