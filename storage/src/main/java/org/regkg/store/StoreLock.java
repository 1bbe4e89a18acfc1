package org.regkg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The locks of a store, held on the file {@code NAME.lock} beside the store folder {@code NAME}
 * (beside, because the folder itself is replaced by each build). The operating system releases
 * them when the process ends, however it ends, so a killed build never leaves a stale lock.
 * <ul>
 * <li>the build lock (exclusive): one build (or add/remove) of a store at a time;</li>
 * <li>the serve lock (shared by servers, exclusive for a swap and for an add or remove): a build
 * does not swap a new store in, nor an update change the store, under a server that is reading
 * it, and no server opens a store while an update changes it.</li>
 * </ul>
 * The lock file is left in place: deleting a lock file races with the next process to open it.
 */
public final class StoreLock implements AutoCloseable {
    private static final long BUILD_REGION = 0;
    private static final long SERVE_REGION = 1;

    private final Path root;
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(Path root, FileChannel channel, FileLock lock) {
        this.root = root;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of the store folder {@code realRoot} (a real path, symlinks resolved). */
    public static Path fileOf(Path realRoot) {
        return realRoot.resolveSibling(realRoot.getFileName() + ".lock");
    }

    /** Takes the build lock, or fails at once naming the store when another process holds it. */
    public static StoreLock build(Path realRoot) {
        return take(realRoot, BUILD_REGION, false,
                "another build is running on the store " + realRoot + " (wait for it to end; its lock is " + fileOf(realRoot) + ")");
    }

    /** Takes the serve lock shared; fails when a build is swapping the store in. */
    public static StoreLock serve(Path realRoot) {
        return take(realRoot, SERVE_REGION, true, "a build is swapping a new store in at " + realRoot + ", or an add or remove is changing it; try again when it ends");
    }

    private static StoreLock take(Path realRoot, long region, boolean shared, String busy) {
        Path file = fileOf(realRoot);
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            FileLock l;
            try {
                l = ch.tryLock(region, 1, shared);
            } catch (OverlappingFileLockException e) {
                if (shared) {
                    // another server of this process shares the store: its lock protects both
                    return new StoreLock(realRoot, ch, null);
                }
                l = null;
            }
            if (l == null) {
                ch.close();
                throw new StoreException(busy);
            }
            return new StoreLock(realRoot, ch, l);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new StoreException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * With the build lock held: the serve lock taken exclusively on the same file handle, for a
     * swap; fails when a server is reading the store. (One handle per process and lock file:
     * closing any other handle to the file would drop this process's locks on it.)
     */
    public FileLock swap() {
        String busy = "the store " + root + " is being served (regkg serve); "
                + "stop the server before building over its store or changing it (add, remove), "
                + "or build into another --store and serve that";
        try {
            FileLock l = channel.tryLock(SERVE_REGION, 1, false);
            if (l == null) {
                throw new StoreException(busy);
            }
            return l;
        } catch (OverlappingFileLockException e) {
            throw new StoreException(busy);
        } catch (IOException e) {
            throw new StoreException("cannot lock " + fileOf(root) + ": " + e.getMessage(), e);
        }
    }

    /** With the build lock held: fails at once when a server is reading the store. */
    public void checkNotServed() {
        try {
            swap().release();
        } catch (IOException e) {
            throw new StoreException("cannot unlock " + fileOf(root) + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch == null) {
            return;
        }
        try {
            ch.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        if (lock != null) {
            try {
                lock.release();
            } catch (IOException e) {
                // released with the channel below
            }
        }
        closeQuietly(channel);
    }
}
