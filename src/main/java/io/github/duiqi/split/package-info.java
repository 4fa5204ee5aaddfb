/** Implementation of sentence splitting (not exported). */
@NullMarked
package io.github.duiqi.split;

import org.jspecify.annotations.NullMarked;
