/** Implementation of alignment evaluation against gold beads (not exported). */
@NullMarked
package io.github.duiqi.eval;

import org.jspecify.annotations.NullMarked;
