package com.botclientemanager;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationAotProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.SpringProperties;
import org.springframework.util.ClassUtils;

/**
 * Runs in a JVM of its own for {@link SpringAotStartTest}: {@code generate SOURCES RESOURCES CLASSES DATA} writes
 * Spring's AOT code for the app as the build's {@code process-aot} does; {@code beans true|false DATA OUT} starts the
 * app from that code or the standard way and writes its beans to OUT.
 */
public final class SpringAotProbe {

    private SpringAotProbe() {
    }

    public static void main(String[] args) throws java.io.IOException {
        if (args[0].equals("generate")) {
            generate(args[1], args[2], args[3], args[4]);
        } else {
            java.nio.file.Files.write(Path.of(args[3]), beans(Boolean.parseBoolean(args[1]), args[2]));
        }
        System.exit(0); // JobRunr's and Tomcat's threads may linger a moment after the context is closed
    }

    public static void generate(String sources, String resources, String classes, String dataDir) {
        AbstractAotProcessor.Settings settings = AbstractAotProcessor.Settings.builder().sourceOutput(Path.of(sources))
                .resourceOutput(Path.of(resources)).classOutput(Path.of(classes)).groupId("com.botclientemanager")
                .artifactId("bot-cliente-manager").build();
        new SpringApplicationAotProcessor(App.class, settings, new String[] {"--app.data-dir=" + dataDir}).process();
    }

    /** The application's beans ("name type"), of the app started from the generated code or the standard way. */
    public static List<String> beans(boolean generated, String dataDir) {
        SpringProperties.setProperty("spring.aot.enabled", String.valueOf(generated));
        SpringApplication application = new SpringApplication(App.class);
        application.setMainApplicationClass(App.class); // names the generated initializer; main is not on the stack
        try (ConfigurableApplicationContext context = application.run("--server.port=0", "--app.data-dir=" + dataDir,
                "--jobrunr.dashboard.port=0")) {
            ConfigurableListableBeanFactory beans = context.getBeanFactory();
            return Arrays.stream(beans.getBeanDefinitionNames())
                    .filter(name -> beans.getBeanDefinition(name).getRole() == BeanDefinition.ROLE_APPLICATION)
                    .map(name -> name + " " + typeOf(context, name)).sorted().toList();
        }
    }

    private static String typeOf(ConfigurableApplicationContext context, String name) {
        Class<?> type = context.getType(name);
        return type == null ? "?" : ClassUtils.getUserClass(type).getName();
    }
}
