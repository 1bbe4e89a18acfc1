package org.regkg.spark;

import java.io.IOException;
import java.io.InputStream;
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
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.regkg.ingest.InputException;
import org.regkg.ingest.InputFormat;
import org.regkg.ingest.PaperSources;

/**
 * The input files of a job: each {@code --input} is a file, a folder (its files, by name) or a
 * glob on any Hadoop file system (local, hdfs://, s3a://, gs://, abfs://), in the order given.
 */
final class InputFiles {
    private static final int SNIFF_BYTES = 64 * 1024;
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
                InputFormat f = format != null ? format : detect(s.getPath(), name, conf);
                files.add(new InputFile(files.size(), s.getPath().toString(), name, f));
            }
        }
        return files;
    }

    /**
     * The format of a file as a build tells it: from its first bytes (decompressed), else from its
     * name once a compression suffix is set aside.
     */
    static InputFormat detect(Path path, String name, Configuration conf) {
        byte[] prefix = new byte[SNIFF_BYTES];
        int n = 0;
        try (InputStream in = open(path, conf)) {
            int r;
            while (n < prefix.length && (r = in.read(prefix, n, prefix.length - n)) > 0) {
                n += r;
            }
        } catch (IOException e) {
            throw new InputException(name, "cannot read: " + e.getMessage(), e);
        }
        return new PaperSources().detect(Arrays.copyOf(prefix, n), formatOf(path.getName()));
    }

    /** The whole (decompressed) content of a file, for formats only the driver reads. */
    static byte[] readAll(InputFile f, Configuration conf) {
        try (InputStream in = open(new Path(f.path()), conf)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InputException(f.name(), "cannot read: " + e.getMessage(), e);
        }
    }

    private static InputStream open(Path path, Configuration conf) throws IOException {
        InputStream raw = path.getFileSystem(conf).open(path);
        CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
        return codec == null ? raw : codec.createInputStream(raw);
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
