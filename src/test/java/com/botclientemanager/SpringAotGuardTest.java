package com.botclientemanager;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;

/**
 * The fast start (Spring's build-time bean definitions) is taken only when nothing set from outside the jar can change
 * a condition; the allow-list it trusts is checked against every property condition on the class path.
 */
class SpringAotGuardTest {

    @Test
    void noConditionOfTheAppOrItsAutoConfigurationsReadsAnAllowedProperty() throws Exception {
        Set<String> read = propertiesReadByConditions();
        assertThat(read).as("conditions found").hasSizeGreaterThan(30).contains("jobrunr.dashboard.enabled");
        assertThat(read).filteredOn(name -> SpringAotGuard.allowed(name))
                .as("properties on the guard's allow-list, or outside its watched names, that a condition reads")
                .isEmpty();
    }

    @Test
    void theDeploymentSettingsOfTheReadmeTakeTheFastStart() {
        StandardEnvironment environment = environment(Map.of("APP_DATA_DIR", "/srv/bcm", "SERVER_PORT", "9090",
                "JOBRUNR_DASHBOARD_PORT", "0", "APP_STORAGE_TYPE", "github", "APP_STORAGE_GITHUB_TOKEN", "t0ken",
                "APP_WHATSAPP_PROVIDER", "evolution", "LOGGING_LEVEL_ORG_JOBRUNR", "warn", "PATH", "/usr/bin",
                "HOME", "/root"));
        environment.getPropertySources().addFirst(new MapPropertySource("commandLineArgs",
                Map.of("app.clients.phone-region", "PT", "jobrunr.background-job-server.worker-count", "4",
                        "server.address", "127.0.0.1", "jobrunr.background-job-server.poll-interval-in-seconds", "5")));

        assertThat(SpringAotGuard.reasonForStandardStart(environment)).isEmpty();
    }

    @Test
    void aPropertyAConditionReadsTakesTheStandardStartNamedWithoutItsValue() {
        assertThat(SpringAotGuard.reasonForStandardStart(environment(Map.of("APP_DATA_DIR", "/srv/bcm",
                "JOBRUNR_DASHBOARD_ENABLED", "secret-looking-value")))).hasValueSatisfying(reason -> assertThat(reason)
                        .startsWith("JOBRUNR_DASHBOARD_ENABLED is set").doesNotContain("secret-looking-value"));
        StandardEnvironment datasource = environment(Map.of());
        datasource.getPropertySources().addFirst(new MapPropertySource("Config resource 'file [application.yml]'",
                Map.of("spring.datasource.url", "jdbc:postgresql://db/bcm")));
        assertThat(SpringAotGuard.reasonForStandardStart(datasource)).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("spring.datasource.url is set"));
        assertThat(SpringAotGuard.reasonForStandardStart(environment(Map.of("MANAGEMENT_SERVER_PORT", "9001"))))
                .isPresent();
        assertThat(SpringAotGuard.reasonForStandardStart(environment(Map.of("VAADIN_PRODUCTIONMODE", "false"))))
                .isPresent();
    }

    @Test
    void aPersonCanForceTheStandardStart() {
        assertThat(SpringAotGuard.reasonForStandardStart(environment(Map.of("APP_STARTUP_SPRINGAOT", "false"))))
                .hasValue("app.startup.spring-aot is false");
    }

    @Test
    void aProfileOrACloudPlatformTakesTheStandardStart() {
        StandardEnvironment profile = environment(Map.of());
        profile.setActiveProfiles("dev");
        assertThat(SpringAotGuard.reasonForStandardStart(profile)).isPresent();
        assertThat(SpringAotGuard.reasonForStandardStart(environment(Map.of("KUBERNETES_SERVICE_HOST", "10.0.0.1",
                "KUBERNETES_SERVICE_PORT", "443")))).hasValue("running on KUBERNETES");
    }

    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        return environment;
    }

    /** Every property named by a property condition of the auto-configurations (and what they import) and the app. */
    private static Set<String> propertiesReadByConditions() throws IOException {
        Deque<String> queue = new ArrayDeque<>();
        ClassLoader loader = SpringAotGuardTest.class.getClassLoader();
        for (var url : java.util.Collections.list(loader.getResources(
                "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports"))) {
            try (InputStream in = url.openStream()) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(queue::add);
            }
        }
        var readers = new CachingMetadataReaderFactory(loader);
        for (Resource resource : new PathMatchingResourcePatternResolver(loader)
                .getResources("classpath*:com/botclientemanager/**/*.class")) {
            queue.add(readers.getMetadataReader(resource).getClassMetadata().getClassName());
        }
        Set<String> seen = new HashSet<>();
        Set<String> properties = new TreeSet<>();
        while (!queue.isEmpty()) {
            String name = queue.poll();
            if (!seen.add(name)) {
                continue;
            }
            AnnotationMetadata metadata;
            try {
                metadata = readers.getMetadataReader(name).getAnnotationMetadata();
            } catch (IOException e) {
                continue; // an auto-configuration for a library that is not on the class path: Spring skips it too
            }
            collect(metadata.getAnnotations(), properties);
            metadata.getDeclaredMethods().forEach(method -> collect(method.getAnnotations(), properties));
            queue.addAll(Arrays.asList(metadata.getMemberClassNames()));
            metadata.getAnnotations().stream(Import.class)
                    .flatMap(i -> Arrays.stream(i.getStringArray("value"))).forEach(queue::add);
        }
        return properties;
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)");
    private static final Pattern QUOTED = Pattern.compile("'([A-Za-z0-9_.\\-\\[\\]]+)'");

    private static void collect(MergedAnnotations annotations, Set<String> properties) {
        for (Class<? extends java.lang.annotation.Annotation> kind : List.of(ConditionalOnProperty.class,
                ConditionalOnBooleanProperty.class)) {
            annotations.stream(kind).forEach(condition -> names(condition).forEach(properties::add));
        }
        annotations.stream(ConditionalOnExpression.class).forEach(condition -> {
            String expression = condition.getString("value");
            for (Pattern pattern : List.of(PLACEHOLDER, QUOTED)) {
                Matcher matcher = pattern.matcher(expression);
                while (matcher.find()) {
                    properties.add(matcher.group(1).strip());
                }
            }
        });
    }

    private static List<String> names(MergedAnnotation<?> condition) {
        String prefix = condition.getString("prefix").strip();
        String[] names = condition.getStringArray("name").length > 0 ? condition.getStringArray("name")
                : condition.getStringArray("value");
        return Arrays.stream(names)
                .map(name -> prefix.isEmpty() ? name : (prefix.endsWith(".") ? prefix : prefix + ".") + name).toList();
    }
}
