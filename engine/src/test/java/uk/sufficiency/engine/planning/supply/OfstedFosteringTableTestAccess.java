package uk.sufficiency.engine.planning.supply;

import java.nio.file.Path;

/** Lets tests in other packages find the published Ofsted file. */
public final class OfstedFosteringTableTestAccess {

    private OfstedFosteringTableTestAccess() {
    }

    public static Path realFile() {
        return OfstedFosteringTableTest.realFile();
    }
}
