package dev.directsupply.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every module's message bundle, wherever it is on the class path, ships in English and Chinese with
 * the same keys and placeholders; a module added later is checked without anyone listing it here.
 */
class MessageBundlesOfEveryModuleTest {
    private static final Pattern BUNDLE = Pattern.compile("dev/directsupply/([a-z]+)/messages\\.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

    private static Set<String> modulesWithBundles() throws IOException {
        Set<String> modules = new TreeSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.map(file -> path.relativize(file).toString().replace(File.separatorChar, '/'))
                        .forEach(name -> collect(name, modules));
                }
            } else if (entry.endsWith(".jar") && Files.exists(path)) {
                try (JarFile jar = new JarFile(entry)) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        collect(entries.nextElement().getName(), modules);
                    }
                }
            }
        }
        return modules;
    }

    private static void collect(String name, Set<String> modules) {
        Matcher matcher = BUNDLE.matcher(name);
        if (matcher.matches()) {
            modules.add(matcher.group(1));
        }
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessageBundlesOfEveryModuleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @Test
    @DisplayName("each module's bundle has a Chinese twin with the same keys and placeholders")
    void givenEveryBundleOnTheClassPath_whenCompared_thenEnglishAndChineseMatch() throws IOException {
        Set<String> modules = modulesWithBundles();

        assertThat(modules).contains("kernel", "customer");
        for (String module : modules) {
            Properties english = load("dev/directsupply/" + module + "/messages.properties");
            Properties chinese = load("dev/directsupply/" + module + "/messages_zh_CN.properties");
            assertThat(new TreeSet<>(chinese.stringPropertyNames())).as(module)
                .containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
            for (String key : english.stringPropertyNames()) {
                assertThat(key).as(module).startsWith(module + ".");
                assertThat(placeholders(chinese.getProperty(key))).as(key)
                    .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }
}
