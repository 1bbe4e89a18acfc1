package org.regkg.store;

import java.nio.file.Path;

/**
 * Run as its own process by {@link StoreSafetyTest}: rebuilds a store with one content and halts
 * the JVM at a given point, as SIGKILL would (no shutdown hooks, no finally blocks).
 * Arguments: store folder, content, and a {@link StoreWriter.Stage} name or {@code LOADING}.
 */
public final class StoreCrashProbe {
    private StoreCrashProbe() {
    }

    public static void main(String[] args) {
        Path store = Path.of(args[0]);
        String content = args[1];
        String haltAt = args[2];
        StoreWriter w = new StoreWriter(new StoreLayout(store));
        w.stages(stage -> {
            if (stage.name().equals(haltAt)) {
                Runtime.getRuntime().halt(137);
            }
        });
        StoreSafetyTest.load(w, content);
        if (haltAt.equals("LOADING")) {
            Runtime.getRuntime().halt(137);
        }
        w.commit(q -> "{}".getBytes());
        Runtime.getRuntime().halt(0);
    }
}
