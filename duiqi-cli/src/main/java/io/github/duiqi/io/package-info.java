/** Reading input files as strict UTF-8 with errors that name the file and line (not exported). */
@NullMarked
package io.github.duiqi.io;

import org.jspecify.annotations.NullMarked;
