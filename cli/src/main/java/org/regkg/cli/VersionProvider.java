package org.regkg.cli;

import org.regkg.nlp.ExtractorVersion;
import picocli.CommandLine;

/** Prints RegKG's version for {@code --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"regkg " + ExtractorVersion.get()};
    }
}
