/**
 * CC-CEDICT compiled for duiqi's {@link io.github.duiqi.lexicon.Lexicon}: see
 * {@link io.github.duiqi.cedict.CcCedict}. The dictionary data is CC BY-SA 4.0
 * ({@code META-INF/NOTICE}); the code Apache-2.0.
 */
module io.github.duiqi.cedict {
  requires transitive io.github.duiqi;

  exports io.github.duiqi.cedict;
}
