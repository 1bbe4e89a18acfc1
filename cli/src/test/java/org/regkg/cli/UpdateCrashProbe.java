package org.regkg.cli;

import java.nio.file.Path;
import org.regkg.nlp.ExtractorVersion;
import org.regkg.pipeline.StoreUpdate;
import org.regkg.store.StoreLayout;

/**
 * Run as its own process by {@link IncrementalSafetyIT}: removes one paper from a store and halts
 * the JVM at a given point of the commit, as SIGKILL would (no shutdown hooks, no finally blocks).
 * Arguments: store folder, paper id, and a {@link StoreUpdate.Stage} name.
 */
public final class UpdateCrashProbe {
    private UpdateCrashProbe() {
    }

    public static void main(String[] args) {
        String haltAt = args[2];
        StoreUpdate update = new StoreUpdate(new StoreLayout(Path.of(args[0])), ExtractorVersion.get());
        update.stages(stage -> {
            if (stage.name().equals(haltAt)) {
                Runtime.getRuntime().halt(137);
            }
        });
        if (!update.remove(args[1])) {
            Runtime.getRuntime().halt(3);
        }
        update.commit();
        Runtime.getRuntime().halt(0);
    }
}
