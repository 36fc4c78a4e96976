package com.botclientemanager.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The single admin account ({@code app.admin.*}). When {@code password} is empty a strong one is generated on first
 * start and only its bcrypt hash is stored under the data dir.
 */
@Validated
@ConfigurationProperties("app.admin")
public record SecurityProperties(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{1,64}", message = "use 1 to 64 letters, digits or . _ @ -")
        @DefaultValue("admin") String username,
        String password) {

    public boolean passwordConfigured() {
        return password != null && !password.isBlank();
    }

    @Override
    public String toString() {
        return "SecurityProperties[username=" + username + ", password=" + (passwordConfigured() ? "***" : "<generated>") + "]";
    }
}
