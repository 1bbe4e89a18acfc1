package org.regkg.store;

import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Swaps a finished store in for the old one with two renames: old to {@code NAME.retired}, new to
 * {@code NAME}. A process killed at any point leaves either the old store in place, the new one
 * in place, or (between the renames) the old one under its retired name, which readers fall back
 * to ({@link StoreTarget#readable}) and the next build moves back ({@link StoreTarget#recover}).
 */
public final class StoreSwap {
    private StoreSwap() {
    }

    /** Swaps {@code staging} in at {@code target}'s folder; the old store is removed afterwards. */
    public static void swap(StoreTarget target, StoreLock buildLock, Path staging, Consumer<StoreWriter.Stage> stages) {
        Path root = target.root();
        Path retired = target.retired();
        FileLock served = buildLock.swap();
        try {
            if (Files.exists(root)) {
                move(root, retired);
                stages.accept(StoreWriter.Stage.OLD_RETIRED);
            }
            move(staging, root);
            forget(root);
            stages.accept(StoreWriter.Stage.SWAPPED);
            StoreLib.deleteTree(retired);
        } catch (IOException e) {
            throw new StoreException("cannot move the new store into place at " + root + ": " + e.getMessage(), e);
        } finally {
            try {
                served.release();
            } catch (IOException e) {
                // released when the build lock's handle closes
            }
        }
    }

    /**
     * Drops this process's cached TDB2 connection to the folder's database (and its file
     * handles and lock), which would otherwise go on answering with the store that was there
     * before, or hold the lock of a store moved elsewhere.
     */
    static void forget(Path root) {
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(new StoreLayout(root).tdb2().toString()), true);
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
