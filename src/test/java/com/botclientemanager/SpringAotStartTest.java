package com.botclientemanager;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast start builds the same beans as the standard start: Spring's AOT code is generated for the app as the build
 * does it, compiled, and the app is started both ways on fresh data dirs, each in a JVM of its own.
 */
class SpringAotStartTest {

    @TempDir
    Path work;

    @Test
    void theFastStartHasTheSameBeansAsTheStandardStart() throws Exception {
        List<Path> classPath = testClassPath();
        Path sources = work.resolve("sources");
        Path resources = work.resolve("resources");
        Path classes = work.resolve("classes");
        run(classPath, "generate", sources.toString(), resources.toString(), classes.toString(),
                work.resolve("aot-data").toString());
        compile(sources, classes, classPath);

        List<Path> withGenerated = new ArrayList<>(List.of(classes, resources));
        withGenerated.addAll(classPath);
        run(classPath, "beans", "false", work.resolve("standard-data").toString(), work.resolve("standard").toString());
        run(withGenerated, "beans", "true", work.resolve("fast-data").toString(), work.resolve("fast").toString());
        List<String> standard = comparable(Files.readAllLines(work.resolve("standard")));
        List<String> fast = comparable(Files.readAllLines(work.resolve("fast")));

        assertThat(standard).hasSizeGreaterThan(100);
        assertThat(fast).containsExactlyElementsOf(standard);
    }

    /**
     * Drops the differences that are the AOT mechanism itself: lambda class ids; the processors only the build uses;
     * Vaadin's views, which its build-time processor registers as prototype definitions (the standard start creates
     * them by the same constructor without one); Flyway's migration lookup, which Boot swaps for the class-path scan
     * it uses with generated code (the same migrations run, checked by the start reaching health UP on a new H2 file).
     */
    private static List<String> comparable(List<String> beans) {
        return beans.stream().map(bean -> bean.replaceAll("\\$\\$Lambda/0x[0-9a-f]+", "\\$\\$Lambda"))
                .filter(bean -> !bean.contains("AotProcessor") && !bean.contains("internalCachingMetadataReaderFactory")
                        && !bean.startsWith("resourceProviderCustomizer ")
                        && !bean.matches("(com\\.botclientemanager\\.([\\w.]+\\.)?ui\\.\\w+(View|Layout)) \\1"))
                .toList();
    }

    /** In a JVM of its own: Tomcat's URL handler and JUL's bridge are per JVM and would clash between the starts. */
    private void run(List<Path> classPath, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()),
                SpringAotProbe.class.getName()));
        command.addAll(List.of(args));
        Path log = work.resolve(args[0] + "-" + args[1].replaceAll("\\W", "") + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(() -> readTail(log)).isZero();
    }

    private static String readTail(Path log) {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void compile(Path sources, Path classes, List<Path> classPath) throws IOException {
        // the generated proxies ($$SpringCGLIB$$) are written as classes beside the sources: the sources refer to them
        List<Path> withProxies = new ArrayList<>(List.of(classes));
        withProxies.addAll(classPath);
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-nowarn", "-d", classes.toString(),
                "-classpath", String.join(File.pathSeparator, withProxies.stream().map(Path::toString).toList())));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).map(Path::toString).forEach(arguments::add);
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler.run(null, null, null, arguments.toArray(String[]::new))).isZero();
    }

    /** The test class path; Surefire may hand it over as the Class-Path of a manifest-only jar. */
    private static List<Path> testClassPath() throws IOException {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (path.getFileName().toString().startsWith("surefirebooter")) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    for (String element : jar.getManifest().getMainAttributes().getValue("Class-Path").split(" ")) {
                        entries.add(Path.of(java.net.URI.create(element)));
                    }
                }
            } else {
                entries.add(path);
            }
        }
        return entries;
    }

}
