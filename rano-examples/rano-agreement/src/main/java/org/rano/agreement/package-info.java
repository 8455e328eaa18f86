/**
 * The agreement of a study whose readers rated the same patients in the case format (issue 16):
 * {@link org.rano.agreement.Agreement} groups the ratings by patient, extracts every item a reader
 * rates or the library derives, and computes per item the statistics of {@link
 * org.rano.agreement.stats}, the completeness per reader, the reader's reported overall calls
 * against the library's, and the list of cases to adjudicate ({@link
 * org.rano.agreement.AgreementStudy}, written as JSON or as a table).
 */
@NullMarked
package org.rano.agreement;

import org.jspecify.annotations.NullMarked;
