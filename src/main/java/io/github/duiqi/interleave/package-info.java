/** Implementation of language-run detection in interleaved bilingual streams (not exported). */
@NullMarked
package io.github.duiqi.interleave;

import org.jspecify.annotations.NullMarked;
