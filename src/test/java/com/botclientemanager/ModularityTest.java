package com.botclientemanager;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Each capability package is a module that only uses the others' public API, without cycles. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(App.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /** The module pictures a newcomer reads first: the canvas of each module and the component diagrams. */
    @Test
    void writesTheModuleCanvasesAndDiagrams() {
        new Documenter(MODULES).writeDocumentation();

        Path docs = Path.of("target", "spring-modulith-docs");
        assertThat(docs.resolve("components.puml")).isNotEmptyFile();
        MODULES.forEach(module -> {
            assertThat(docs.resolve("module-" + module.getIdentifier() + ".adoc")).isNotEmptyFile();
            assertThat(docs.resolve("module-" + module.getIdentifier() + ".puml")).isNotEmptyFile();
        });
    }
}
