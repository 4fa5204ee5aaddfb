package io.github.duiqi.moduletest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.Aligner;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the library's jar holds: the library's own packages only (no command line, evaluation
 * or file tooling), a manifest naming the project version, and ICU4J and Commons Text as its
 * only run-time dependencies.
 */
class LibraryJarIT {
  private static final String POM = "META-INF/maven/io.github.duiqi/duiqi/pom.xml";

  private static List<String> entries() throws IOException {
    try (JarFile jar = new JarFile(Programs.libraryJar().toFile())) {
      return jar.stream().map(JarEntry::getName).collect(Collectors.toList());
    }
  }

  @Test
  void everyClassBelongsToAPackageOfTheLibraryModule() throws IOException {
    Set<String> modulePackages = Aligner.class.getModule().getPackages();
    Set<String> classPackages = new TreeSet<>();
    for (String entry : entries()) {
      if (entry.endsWith(".class") && !entry.equals("module-info.class")) {
        classPackages.add(entry.substring(0, entry.lastIndexOf('/')).replace('/', '.'));
      }
    }
    assertTrue(entries().contains("module-info.class"));
    assertTrue(entries().contains("io/github/duiqi/Aligner.class"));
    assertEquals(modulePackages, classPackages);
    for (String tooling : List.of("io.github.duiqi.cli", "io.github.duiqi.eval",
        "io.github.duiqi.io")) {
      assertFalse(classPackages.contains(tooling), tooling + " belongs to duiqi-cli");
    }
    for (String p : classPackages) {
      assertTrue(p.equals("io.github.duiqi") || p.startsWith("io.github.duiqi."), p);
    }
  }

  @Test
  void theManifestNamesTheProjectVersion() throws IOException {
    try (JarFile jar = new JarFile(Programs.libraryJar().toFile())) {
      Manifest manifest = jar.getManifest();
      assertNotNull(manifest);
      assertEquals(Programs.property("duiqi.version"),
          manifest.getMainAttributes().getValue("Implementation-Version"));
      assertEquals("duiqi", manifest.getMainAttributes().getValue("Implementation-Title"));
    }
    // and the module descriptor says the same, for code on the module path
    assertEquals(Programs.property("duiqi.version"),
        Aligner.class.getModule().getDescriptor().rawVersion().orElseThrow());
  }

  @Test
  void theOnlyRunTimeDependenciesAreIcuAndCommonsText() throws IOException {
    String pom;
    try (JarFile jar = new JarFile(Programs.libraryJar().toFile());
        InputStream in = jar.getInputStream(jar.getEntry(POM))) {
      pom = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> runtime = new ArrayList<>();
    List<String> other = new ArrayList<>();
    Matcher m = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(
        pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>")));
    while (m.find()) {
      String d = m.group(1);
      String coordinates = tag(d, "groupId") + ":" + tag(d, "artifactId");
      String scope = tag(d, "scope");
      boolean optional = "true".equals(tag(d, "optional"));
      if (!optional && (scope == null || scope.equals("compile") || scope.equals("runtime"))) {
        runtime.add(coordinates);
      } else {
        other.add(coordinates);
      }
    }
    assertEquals(List.of("com.ibm.icu:icu4j", "org.apache.commons:commons-text"), runtime);
    assertFalse(other.isEmpty(), "test and provided dependencies were seen: the parse works");
    // the module descriptor agrees: besides the JDK, only those two are required at run time
    Set<String> required = Aligner.class.getModule().getDescriptor().requires().stream()
        .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
        .map(ModuleDescriptor.Requires::name)
        .filter(n -> !n.startsWith("java.") && !n.startsWith("jdk."))
        .collect(Collectors.toSet());
    assertEquals(Set.of("com.ibm.icu", "org.apache.commons.text"), required);
  }

  private static String tag(String xml, String name) {
    Matcher m = Pattern.compile("<" + name + ">\\s*([^<]*?)\\s*</" + name + ">").matcher(xml);
    return m.find() ? m.group(1) : null;
  }
}
