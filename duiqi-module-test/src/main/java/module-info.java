/**
 * A user of duiqi as a named module: it requires {@code io.github.duiqi} and nothing of it but
 * the exported packages. Its tests (patched into this module) check what that user sees.
 */
module io.github.duiqi.moduletest {
  requires io.github.duiqi;
  // the tests compile programs against the library, as a user's build would
  requires java.compiler;

  exports io.github.duiqi.moduletest;
}
