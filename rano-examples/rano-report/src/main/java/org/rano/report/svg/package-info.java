/**
 * A small SVG writer: elements, attributes and text, escaped for XML and HTML, with numbers written
 * the same way on every machine. No charting: the charts of {@code org.rano.report} are drawn with
 * it.
 */
@NullMarked
package org.rano.report.svg;

import org.jspecify.annotations.NullMarked;
