package com.botclientemanager;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aot.AotDetector;
import org.springframework.boot.cloud.CloudPlatform;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.util.ClassUtils;

/**
 * Starts the app from the bean definitions Spring generated at build time ({@code process-aot}) only when that cannot
 * change what the app does. The build evaluated every condition ({@code @ConditionalOnProperty}...) with the jar's own
 * configuration, so the generated code is used only if every property set from outside the jar (environment
 * variables, system properties, the command line, config files beside the jar) is one no condition reads. Otherwise,
 * or with {@code app.startup.spring-aot=false}, the app starts the standard way and logs which property made it so.
 * <p>
 * Runs when the environment is ready and before the context is created: Spring Boot reads {@code spring.aot.enabled}
 * through {@link AotDetector} only from {@code createApplicationContext()} on. Registered from {@link App#main}, so the
 * tests and the build-time processing, which do not go through {@code main} or set their own flag, are not affected.
 */
final class SpringAotGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String SWITCH = "app.startup.spring-aot";
    static final String GENERATED_INITIALIZER = App.class.getName() + "__ApplicationContextInitializer";

    /** Properties no condition reads ({@code SpringAotGuardTest} checks it); a trailing dot allows the whole prefix. */
    static final List<String> ALLOWED = List.of("app.", "server.port", "server.address", "jobrunr.dashboard.port",
            "jobrunr.background-job-server.worker-count", "jobrunr.background-job-server.poll-interval-in-seconds",
            "jobrunr.jobs.retry-back-off-time-seed", "logging.level.", AotDetector.AOT_ENABLED);

    /**
     * First name parts under which conditions of the app and its libraries read properties. Names outside them (PATH,
     * HOME, java.version...) cannot change a condition; {@code SpringAotGuardTest} checks the list is complete.
     */
    static final Set<String> WATCHED = Set.of("app", "spring", "server", "management", "jobrunr", "vaadin", "logging",
            "debug", "trace", "flyway", "micrometer", "otel", "info", "springdoc", "hibernate");

    private static final Logger log = LoggerFactory.getLogger(SpringAotGuard.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (Boolean.getBoolean("spring.aot.processing")
                || !ClassUtils.isPresent(GENERATED_INITIALIZER, App.class.getClassLoader())) {
            return; // the build-time run itself, or a build without generated code: the standard start as always
        }
        Optional<String> reason = reasonForStandardStart(event.getEnvironment());
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, reason.isEmpty() ? "true" : "false");
        reason.ifPresentOrElse(why -> log.info("Standard start (build-time bean definitions not used): {}", why),
                () -> log.info("Fast start: bean definitions generated at build time ({}=false for the standard start)",
                        SWITCH));
    }

    /** Why this environment must start the standard way (naming properties, never their values), or empty. */
    static Optional<String> reasonForStandardStart(ConfigurableEnvironment environment) {
        if (!Binder.get(environment).bindOrCreate("app.startup", StartupProperties.class).springAot()) {
            return Optional.of(SWITCH + " is false");
        }
        if ("false".equalsIgnoreCase(System.getProperty(AotDetector.AOT_ENABLED))) {
            return Optional.of(AotDetector.AOT_ENABLED + " is false");
        }
        if (environment.getActiveProfiles().length > 0) {
            return Optional.of("a Spring profile is active");
        }
        CloudPlatform platform = CloudPlatform.getActive(environment);
        if (platform != null) {
            return Optional.of("running on " + platform);
        }
        List<PropertySource<?>> outside = environment.getPropertySources().stream()
                .filter(SpringAotGuard::fromOutsideTheJar).toList();
        Optional<String> unlisted = outside.stream().filter(source -> !(source instanceof EnumerablePropertySource))
                .findFirst().map(source -> "property source " + source.getName() + " cannot list its properties");
        return unlisted.or(() -> outside.stream()
                .flatMap(source -> Stream.of(((EnumerablePropertySource<?>) source).getPropertyNames()))
                .filter(name -> !allowed(name)).findFirst()
                .map(name -> name + " is set (the fast start allows only " + String.join(", ", ALLOWED) + ")"));
    }

    static boolean allowed(String name) {
        String root = name.split("[._]", 2)[0].toLowerCase(Locale.ROOT);
        if (!WATCHED.contains(root)) {
            return true;
        }
        String canonical = canonical(name);
        return ALLOWED.stream().anyMatch(entry -> entry.endsWith(".")
                ? name.toLowerCase(Locale.ROOT).replace('_', '.').startsWith(entry)
                : canonical.equals(canonical(entry)));
    }

    /** Compares names as relaxed binding does: APP_DATA_DIR, app.dataDir and app.data-dir are the same name. */
    private static String canonical(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.\\[\\]]", "");
    }

    private static boolean fromOutsideTheJar(PropertySource<?> source) {
        String name = source.getName();
        return !(name.contains("class path resource") || name.equals("random") || name.equals("configurationProperties")
                || name.equals("applicationInfo") || name.endsWith("InitParams") || name.equals("defaultProperties"));
    }
}
