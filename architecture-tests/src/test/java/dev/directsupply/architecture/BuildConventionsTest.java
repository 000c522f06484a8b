package dev.directsupply.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The build's own conventions: the BOM lists every published artifact, each jar names its module. */
class BuildConventionsTest {
    private static final Path ROOT = Path.of("..");
    private static final Set<String> UNPUBLISHED = Set.of("bom", "architecture-tests", "examples/quickstart",
        "examples/benchmarks");

    private static String read(Path path) throws IOException {
        return Files.readString(path);
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<String> modules() throws IOException {
        return all(Pattern.compile("<module>([^<]+)</module>"), read(ROOT.resolve("pom.xml")));
    }

    /** The first artifactId after the parent block: the module's own. */
    private static String artifactId(String pom) {
        String own = pom.contains("</parent>") ? pom.substring(pom.indexOf("</parent>")) : pom;
        return all(Pattern.compile("<artifactId>([^<]+)</artifactId>"), own).get(0);
    }

    @Test
    @DisplayName("no source folder is named like a build output (target), which .gitignore would leave out of a clone")
    void givenSources_whenWalked_thenNoFolderIsNamedTarget() throws IOException {
        List<Path> named;
        try (var paths = Files.walk(ROOT)) {
            named = paths.filter(Files::isDirectory)
                .filter(path -> path.getFileName() != null && path.getFileName().toString().equals("target"))
                .filter(path -> path.toString().contains("/src/")).toList();
        }
        assertThat(named).as("folders under src/ named target").isEmpty();
    }

    @Test
    @DisplayName("the BOM lists exactly the published artifacts, at the project's version")
    void givenReactor_whenComparedWithBom_thenBomListsEveryPublishedArtifact() throws IOException {
        Set<String> published = new HashSet<>();
        for (String module : modules()) {
            if (!UNPUBLISHED.contains(module)) {
                published.add(artifactId(read(ROOT.resolve(module).resolve("pom.xml"))));
            }
        }
        String bom = read(ROOT.resolve("bom/pom.xml"));
        String managed = bom.substring(bom.indexOf("<dependencyManagement>"));

        assertThat(all(Pattern.compile("<artifactId>([^<]+)</artifactId>"), managed))
            .containsExactlyInAnyOrderElementsOf(published);
        String version = all(Pattern.compile("<version>([^<]+)</version>"), read(ROOT.resolve("pom.xml"))).get(0);
        assertThat(all(Pattern.compile("<version>([^<]+)</version>"), bom)).containsOnly(version);
    }

    @Test
    @DisplayName("every module names its own automatic module in its pom")
    void givenModules_whenRead_thenEachNamesItsAutomaticModule() throws IOException {
        Set<String> names = new HashSet<>();
        for (String module : modules()) {
            if (module.equals("bom")) {
                continue;
            }
            List<String> declared = all(Pattern.compile("<module.name>([^<]+)</module.name>"),
                read(ROOT.resolve(module).resolve("pom.xml")));
            assertThat(declared).as(module).hasSize(1);
            assertThat(names.add(declared.get(0))).as("%s has a module name of its own", module).isTrue();
        }
    }

    @Test
    @DisplayName("every published jar on the class path carries its Automatic-Module-Name in the manifest")
    void givenBuiltJars_whenManifestsRead_thenEachNamesItsModule() throws IOException {
        Map<String, String> expected = new HashMap<>();
        for (String module : modules()) {
            if (!UNPUBLISHED.contains(module)) {
                String pom = read(ROOT.resolve(module).resolve("pom.xml"));
                expected.put(artifactId(pom),
                    all(Pattern.compile("<module.name>([^<]+)</module.name>"), pom).get(0));
            }
        }
        Map<String, String> found = new HashMap<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String file = Path.of(entry).getFileName().toString();
            for (String artifact : expected.keySet()) {
                if (file.startsWith(artifact + "-") && file.endsWith(".jar") && !file.contains("-tests")) {
                    try (JarFile jar = new JarFile(entry)) {
                        Manifest manifest = jar.getManifest();
                        found.put(artifact, manifest == null ? null
                            : manifest.getMainAttributes().getValue("Automatic-Module-Name"));
                    }
                }
            }
        }
        Assumptions.assumeFalse(found.isEmpty(),
            "the modules are class folders here, not jars: run through Maven (mvn verify) to check manifests");
        assertThat(found).containsExactlyInAnyOrderEntriesOf(expected);
    }
}
