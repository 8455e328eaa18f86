/**
 * Implementation details shared by the clinical packages: input checks with field paths, exact
 * threshold arithmetic and the house Immutables style. Not exported by the module; nothing here is
 * API.
 */
@NullMarked
package org.rano.internal;

import org.jspecify.annotations.NullMarked;
