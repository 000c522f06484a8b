package dev.directsupply.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message ships in English and Simplified Chinese, with the same keys and placeholders. */
class MessageBundlesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @ParameterizedTest(name = "{0}: English and Chinese bundles have the same keys")
    @ValueSource(strings = {"kernel"})
    void givenModuleBundles_whenCompared_thenSameKeys(String module) throws IOException {
        Properties english = load("/dev/directsupply/" + module + "/messages.properties");
        Properties chinese = load("/dev/directsupply/" + module + "/messages_zh_CN.properties");

        assertThat(new TreeSet<>(chinese.stringPropertyNames()))
            .containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
        assertThat(english.stringPropertyNames()).allMatch(key -> key.startsWith(module + "."));
    }

    @ParameterizedTest(name = "{0}: each message has the same placeholders in both languages")
    @ValueSource(strings = {"kernel"})
    void givenModuleBundles_whenCompared_thenSamePlaceholders(String module) throws IOException {
        Properties english = load("/dev/directsupply/" + module + "/messages.properties");
        Properties chinese = load("/dev/directsupply/" + module + "/messages_zh_CN.properties");

        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(chinese.getProperty(key))).as(key)
                .isEqualTo(placeholders(english.getProperty(key)));
            assertThat(chinese.getProperty(key)).as(key).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}: the Chinese bundle is Chinese")
    @ValueSource(strings = {"kernel"})
    void givenChineseBundle_whenRead_thenHoldsChineseText(String module) throws IOException {
        Properties chinese = load("/dev/directsupply/" + module + "/messages_zh_CN.properties");

        long withHan = chinese.stringPropertyNames().stream()
            .filter(key -> chinese.getProperty(key).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
            .count();
        assertThat(withHan).isGreaterThan(chinese.size() * 8L / 10);
    }

    @org.junit.jupiter.api.Test
    void givenKeyAndArguments_whenRendered_thenPlaceholdersFilledPerLanguage() {
        Map<String, Object> args = Map.of("kind", "customers", "id", "c-1");

        assertThat(Messages.text("kernel.error.not-found", Messages.ENGLISH, args))
            .isEqualTo("There is no customers with id c-1");
        assertThat(Messages.text("kernel.error.not-found", Messages.CHINESE, args))
            .isEqualTo("不存在 id 为 c-1 的 customers");
    }

    @org.junit.jupiter.api.Test
    void givenUnknownKey_whenRendered_thenKeyItselfShows() {
        assertThat(Messages.has("kernel.nothing.here")).isFalse();
        assertThat(Messages.text("kernel.nothing.here", Messages.ENGLISH, Map.of())).startsWith("kernel.nothing.here");
    }

    @ParameterizedTest(name = "{0}: every value has a label in English and Chinese")
    @ValueSource(classes = {Role.class, Department.class})
    void givenLocalizedEnum_whenLabelled_thenBothLanguagesFromTheBundles(Class<?> type) {
        for (Object constant : type.getEnumConstants()) {
            Messages.Localized value = (Messages.Localized) constant;
            assertThat(Messages.has(value.labelKey())).as(value.labelKey()).isTrue();
            assertThat(value.label(Messages.ENGLISH)).as(value.labelKey()).isNotEqualTo(value.label(Messages.CHINESE));
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
}
