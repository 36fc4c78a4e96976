package com.botclientemanager.storage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the app keeps its data: {@code app.data-dir} for every local file, {@code app.storage.*} for the documents.
 */
@Validated
@ConfigurationProperties("app")
public record StorageProperties(@NotNull @DefaultValue("./data") Path dataDir, @Valid @DefaultValue Storage storage) {

    public record Storage(@NotNull @DefaultValue("local") Type type) {
    }

    public enum Type { LOCAL, GITHUB }
}
