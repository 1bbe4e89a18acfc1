package org.regkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Stream;

/**
 * Where a build may put its store, and the recovery of what a killed build left beside it.
 * A build replaces the whole folder it is given, so it refuses any folder it could not have
 * made: a non-empty folder that is not a RegKG store, the working directory or one of its
 * ancestors, and a folder that holds one of the build's inputs. A symlink given as the store is
 * followed: the folder it points to is replaced, the link stays.
 */
public final class StoreTarget {
    /** The file every store has, written by the build that made it. */
    public static final String MARKER = ".regkg-store";
    static final String BUILDING = ".building";
    static final String RETIRED = ".retired";

    private final Path root;

    private StoreTarget(Path root) {
        this.root = root;
    }

    /**
     * The real folder a build into {@code layout} replaces, after checking that it may replace it.
     *
     * @param inputs the build's input files, which the new store must not swallow
     */
    public static StoreTarget forBuild(StoreLayout layout, Collection<Path> inputs) {
        Path root = real(layout.root());
        Path cwd = real(Path.of(""));
        if (cwd.startsWith(root)) {
            throw new StoreException("refusing to build the store into " + layout.root()
                    + ": it is the working directory or one of its parents, and a build replaces the whole folder");
        }
        for (Path input : inputs) {
            Path in = real(input);
            if (in.startsWith(root)) {
                throw new StoreException("refusing to build the store into " + layout.root()
                        + ": it holds the input " + input + ", and a build replaces the whole folder");
            }
        }
        if (Files.isDirectory(root) && !isEmpty(root) && !isStore(root)) {
            throw new StoreException("refusing to build the store into " + layout.root()
                    + ": it is not empty and not a RegKG store (no " + MARKER + " file), and a build replaces the whole folder; "
                    + "give an empty or new folder as --store");
        }
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new StoreException("refusing to build the store into " + layout.root() + ": it is a file, not a folder");
        }
        return new StoreTarget(root);
    }

    /** The folder the store lives in, symlinks resolved. */
    public Path root() {
        return root;
    }

    public Path staging() {
        return sibling(root, BUILDING);
    }

    public Path retired() {
        return sibling(root, RETIRED);
    }

    /**
     * Puts right what a build killed mid-swap left (call with the build lock held): when the
     * store folder is missing but the old store waits under its retired name, it is moved back;
     * then the leftovers of killed builds (the staging and retired folders) are removed. Both
     * are the build's own folders, made and named by it.
     */
    public void recover() {
        try {
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS) && isStore(retired())) {
                StoreSwap.forget(retired());
                StoreSwap.move(retired(), root);
            }
            StoreLib.deleteTree(staging());
            StoreLib.deleteTree(retired());
        } catch (IOException e) {
            throw new StoreException("cannot recover the store at " + root + " from an interrupted build: " + e.getMessage(), e);
        }
    }

    /** True for a folder a RegKG build made: it has the marker (or, from before the marker, build.json, tdb2 and text). */
    public static boolean isStore(Path dir) {
        StoreLayout l = new StoreLayout(dir);
        return Files.isRegularFile(dir.resolve(MARKER))
                || (l.exists() && Files.isRegularFile(l.buildInfo()));
    }

    /**
     * The folder to read a store from: the store folder, or, in the instant between the two
     * renames of a swap (or after a build was killed there), the old store under its retired name.
     */
    public static Path readable(Path root) {
        Path real = real(root);
        if (!Files.exists(real) && isStore(sibling(real, RETIRED))) {
            return sibling(real, RETIRED);
        }
        return root;
    }

    /** The absolute path with every existing symlink resolved (the missing tail is kept as written). */
    public static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    private static Path sibling(Path root, String suffix) {
        return root.resolveSibling(root.getFileName() + suffix);
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new StoreException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
