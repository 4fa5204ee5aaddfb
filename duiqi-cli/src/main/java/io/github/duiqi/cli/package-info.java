/** The {@code duiqi} command line (not exported). */
@NullMarked
package io.github.duiqi.cli;

import org.jspecify.annotations.NullMarked;
