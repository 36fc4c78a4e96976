package com.botclientemanager;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the app starts ({@code app.startup.*}); read by {@link SpringAotGuard} before the context exists.
 *
 * @param springAot {@code false}: never use the bean definitions Spring generated at build time
 */
@ConfigurationProperties("app.startup")
public record StartupProperties(@DefaultValue("true") boolean springAot) {
}
