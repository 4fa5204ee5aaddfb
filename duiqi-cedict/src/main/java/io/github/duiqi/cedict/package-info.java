/**
 * CC-CEDICT compiled for duiqi's lexicon: {@link io.github.duiqi.cedict.CcCedict#lexicon()}.
 * The dictionary data is CC BY-SA 4.0 (see {@code META-INF/NOTICE}); the code Apache-2.0.
 */
package io.github.duiqi.cedict;
