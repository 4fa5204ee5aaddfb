/** Implementation of the length-ratio aligner (not exported). */
@NullMarked
package io.github.duiqi.align;

import org.jspecify.annotations.NullMarked;
