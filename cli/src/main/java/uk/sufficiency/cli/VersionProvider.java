package uk.sufficiency.cli;

import picocli.CommandLine;

/** Reports the version written into the jar manifest at build time. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static String version() {
        String version = SufficiencyCommand.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"sufficiency " + version()};
    }
}
