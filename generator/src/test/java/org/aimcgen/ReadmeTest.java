package org.aimcgen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.aimcgen.config.ParamTable;
import org.junit.jupiter.api.Test;

/** The README's parameter table is the one in code; the CI script runs the README's test command. */
class ReadmeTest {
    @Test
    void readmeCarriesTheParameterTable() throws Exception {
        String readme = Files.readString(TestSupport.repoRoot().resolve("README.md"));
        assertTrue(readme.contains(ParamTable.markdown()),
                "README.md parameter table is out of date; paste:\n" + ParamTable.markdown());
    }

    @Test
    void readmeCarriesTheRegisterMap() throws Exception {
        String readme = Files.readString(TestSupport.repoRoot().resolve("README.md"));
        assertTrue(readme.contains(org.aimcgen.rtl.RegisterMap.markdown()),
                "README.md register table is out of date; paste:\n" + org.aimcgen.rtl.RegisterMap.markdown());
    }

    @Test
    void ciRunsTheReadmeTestCommand() throws Exception {
        String ci = Files.readString(TestSupport.repoRoot().resolve(".ci/run"));
        String readme = Files.readString(TestSupport.repoRoot().resolve("README.md"));
        assertTrue(ci.lines().anyMatch(l -> l.trim().equals("make test")), ci);
        assertTrue(readme.contains("make test"), "README names make test");
    }
}
