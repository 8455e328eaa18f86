/**
 * The CDISC bridge: {@link org.rano.cdisc.SdtmReader} reads SDTM RS (the {@code OVRLRESP} rows of
 * one evaluator) and DM or ADSL as CSV into {@link org.rano.cdisc.SdtmData} (subjects and error
 * records), {@link org.rano.cdisc.Adrs} derives the ADRS rows of a subject with admiralonco's
 * parameter conventions, and {@link org.rano.cdisc.AdrsWriter} writes them as CSV or CDISC
 * Dataset-JSON 1.1.
 */
@NullMarked
package org.rano.cdisc;

import org.jspecify.annotations.NullMarked;
