package io.github.duiqi.moduletest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.Aligner;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.InaccessibleObjectException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as a module seen from another module: a named module from its jar that exports
 * its two API packages and nothing else, at compile time and at run time.
 */
class ModuleAccessIT {
  private static final Set<String> API = Set.of("io.github.duiqi", "io.github.duiqi.format",
      "io.github.duiqi.lexicon");

  private static final Module LIBRARY = Aligner.class.getModule();
  private static final Module USER = ModuleAccessIT.class.getModule();

  private static Set<String> hiddenPackages() {
    Set<String> hidden = new TreeSet<>(LIBRARY.getPackages());
    hidden.removeAll(API);
    return hidden;
  }

  @Test
  void theLibraryIsANamedModuleLoadedFromItsJar() {
    assertTrue(LIBRARY.isNamed());
    assertEquals(Programs.LIBRARY, LIBRARY.getName());
    assertFalse(LIBRARY.getDescriptor().isAutomatic(), "a module-info, not an automatic module");
    Programs.libraryJar();
    // the tests themselves run inside the user module, so they see what its code sees
    assertEquals("io.github.duiqi.moduletest", USER.getName());
    assertEquals(USER, AlignInterleaved.class.getModule());
    assertTrue(USER.canRead(LIBRARY));
  }

  @Test
  void exactlyTheApiPackagesAreExportedAndNoneIsOpen() {
    ModuleDescriptor descriptor = LIBRARY.getDescriptor();
    Set<String> exported = descriptor.exports().stream()
        .filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
    assertEquals(API, exported);
    assertEquals(Set.of(), descriptor.exports().stream().filter(ModuleDescriptor.Exports::isQualified)
        .collect(Collectors.toSet()), "no qualified exports");
    assertEquals(Set.of(), descriptor.opens());
    assertTrue(hiddenPackages().contains("io.github.duiqi.align"), hiddenPackages().toString());
    for (String p : API) {
      assertTrue(LIBRARY.isExported(p, USER), p);
    }
    for (String p : hiddenPackages()) {
      assertFalse(LIBRARY.isExported(p, USER), p);
      assertFalse(LIBRARY.isOpen(p, USER), p);
    }
  }

  @Test
  void noClassOfAnUnexportedPackageIsAccessible() throws IOException, ReflectiveOperationException {
    List<String> hiddenClasses = new ArrayList<>();
    try (ModuleReader reader = Programs.libraryReference().open();
        Stream<String> entries = reader.list()) {
      for (String entry : (Iterable<String>) entries::iterator) {
        if (entry.endsWith(".class") && !entry.equals("module-info.class")) {
          String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
          if (hiddenPackages().contains(name.substring(0, name.lastIndexOf('.')))) {
            hiddenClasses.add(name);
          }
        }
      }
    }
    assertTrue(hiddenClasses.stream().anyMatch(c -> c.startsWith("io.github.duiqi.align.")),
        hiddenClasses.toString());
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    for (String name : hiddenClasses) {
      Class<?> c = Class.forName(name, false, LIBRARY.getClassLoader());
      assertThrows(IllegalAccessException.class, () -> lookup.accessClass(c), name);
      for (AccessibleObject member : members(c)) {
        assertThrows(InaccessibleObjectException.class, () -> member.setAccessible(true),
            name + " " + member);
      }
    }
    // the same lookup reaches the API: the refusals above are the module's doing
    assertEquals(Aligner.class, lookup.accessClass(Aligner.class));
  }

  private static List<AccessibleObject> members(Class<?> c) {
    List<AccessibleObject> members = new ArrayList<>(List.of(c.getDeclaredConstructors()));
    members.addAll(List.of(c.getDeclaredMethods()));
    members.addAll(List.of(c.getDeclaredFields()));
    return members;
  }

  @Test
  void codeThatImportsAnUnexportedPackageDoesNotCompile(@TempDir Path dir) throws IOException {
    List<String> options = List.of("--module-path", Programs.joined(Programs.modulePath()));
    String moduleInfo = "module user { requires io.github.duiqi; }";
    Programs.Compilation api = Programs.compile(dir.resolve("api"), options,
        dir.resolve("api-out"), List.of(new String[] {"module-info.java", moduleInfo},
            new String[] {"user/Use.java", "package user;\nimport io.github.duiqi.*;\n"
                + "class Use { Aligner aligner = Aligner.create(); }\n"}));
    assertTrue(api.succeeded(), api.diagnostics());
    for (String hidden : hiddenPackages()) {
      Path src = dir.resolve(hidden);
      Programs.Compilation c = Programs.compile(src, options, dir.resolve(hidden + "-out"),
          List.of(new String[] {"module-info.java", moduleInfo},
              new String[] {"user/Use.java", "package user;\nimport " + hidden + ".*;\n"
                  + "class Use {}\n"}));
      assertFalse(c.succeeded(), hidden);
      assertTrue(c.diagnostics().contains("package " + hidden + " is not visible"),
          c.diagnostics());
    }
  }
}
