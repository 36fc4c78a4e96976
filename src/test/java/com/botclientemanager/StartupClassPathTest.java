package com.botclientemanager;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.ClassUtils;

/**
 * Libraries the app never uses stay off its class path (the test class path holds the runtime one): each costs start-up
 * time, and reactor-core alone made Spring load some 270 classes at every start. See docs/performance-history.md,
 * third pass.
 */
class StartupClassPathTest {

    @Test
    void librariesTheAppNeverUsesAreNotOnTheClassPath() {
        List<String> present = List.of(
                        "reactor.core.publisher.Flux", // reactor-core, brought by Vaadin's AI components
                        "com.vaadin.flow.component.ai.AIComponentsFeatureFlagProvider", // vaadin-ai-components-flow
                        "com.vaadin.collaborationengine.CollaborationEngine", // collaboration-engine
                        "com.beust.jcommander.JCommander", // ZXing's command-line decoder only
                        "com.github.jaiimageio.impl.plugins.tiff.TIFFImageReader") // jai-imageio-core, ditto
                .stream().filter(name -> ClassUtils.isPresent(name, null)).toList();
        assertThat(present).isEmpty();
    }

    @Test
    void whatTheQrCodesAndTheScreensNeedIsStillThere() {
        assertThat(ClassUtils.isPresent("com.google.zxing.client.j2se.MatrixToImageWriter", null)).isTrue();
        assertThat(ClassUtils.isPresent("com.vaadin.flow.component.grid.Grid", null)).isTrue();
    }
}
