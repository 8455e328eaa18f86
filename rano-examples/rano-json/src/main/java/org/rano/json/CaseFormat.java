package org.rano.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.rano.CaseAssessment;
import org.rano.Criteria;
import org.rano.InvalidInputException;
import org.rano.LmCase;
import org.rano.diagnosis.Diagnosis;
import org.rano.neuro.Instrument;
import org.rano.neuro.Lano;

/**
 * The case format of rano (README, "The case format"; the specification's case-format page) as a
 * library: reads a case of raw assessments or a sequence of responses ({@link #read(String)}), a
 * diagnosis input ({@link #readDiagnosis(String)}) or an instrument definition ({@link
 * #readInstrument(String)}), and writes a result ({@link #write(CaseAssessment, Appendable)}), the
 * error record of a rejected case, or a diagnosis.
 *
 * <p>Reading is strict and streaming: Jackson's streaming parser feeds rano-core's builders token
 * by token, with no tree of the JSON. Every rejection is a {@link CaseRejection} carrying the case
 * id (when it could be read) and the library's {@link InvalidInputException} with the path of the
 * first invalid field in schema order, e.g. {@code followUps[1].targets[0].score}. An unknown key
 * one edit away from a known one is named: {@code unknown domain "behavior"; allowed: ...; did you
 * mean "behaviour"?}.
 *
 * <p>A case may name its neurological instrument ({@code "instrument": "LANO"}, the default; spec
 * NEURO-1): its {@code neuro} block then has that instrument's keys. {@link
 * #withInstrument(Instrument)} makes another instrument known, e.g. one read with {@link
 * #readInstrument(String)}.
 *
 * <p>Researcher's use, in three lines:
 *
 * <pre>{@code
 * CaseFormat format = CaseFormat.withDefaults();
 * CaseInput input = format.read(Path.of("cases/pr-confirmed.json"));
 * CaseAssessment result = input.assess();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: one instance reads and writes any number of cases
 * from any number of threads.
 */
public final class CaseFormat {

  private static final CaseFormat DEFAULTS =
      new CaseFormat(Criteria.defaults(), Map.of(Lano.INSTRUMENT.name(), Lano.INSTRUMENT), false);

  private final Criteria criteria;
  private final Map<String, Instrument> instruments;
  private final boolean indented;
  private final CaseReader reader;
  private final ResultWriter writer;

  private CaseFormat(Criteria criteria, Map<String, Instrument> instruments, boolean indented) {
    this.criteria = criteria;
    this.instruments = instruments;
    this.indented = indented;
    this.reader = new CaseReader(criteria, instruments);
    this.writer = new ResultWriter(indented);
  }

  /**
   * Obtains the format with the default criteria ({@link Criteria#defaults()}), the LANO instrument
   * and one-line output.
   *
   * @return the format, not null
   */
  public static CaseFormat withDefaults() {
    return DEFAULTS;
  }

  /**
   * Obtains the format with the given criteria, which a case's own {@code criteria} object
   * overrides (policy by policy).
   *
   * @param criteria the criteria, not null
   * @return the format, not null
   * @throws NullPointerException ("criteria") if criteria is null
   */
  public static CaseFormat withCriteria(Criteria criteria) {
    Objects.requireNonNull(criteria, "criteria");
    return new CaseFormat(criteria, DEFAULTS.instruments, false);
  }

  /**
   * Returns a copy that also knows an instrument, which a case names by {@link Instrument#name()}
   * in its {@code instrument} field. An instrument of the same name is replaced; {@code LANO} stays
   * the default of a case that names none.
   *
   * @param instrument the instrument, not null
   * @return the format, not null
   * @throws NullPointerException ("instrument") if instrument is null
   */
  public CaseFormat withInstrument(Instrument instrument) {
    Objects.requireNonNull(instrument, "instrument");
    Map<String, Instrument> all = new LinkedHashMap<>(instruments);
    all.put(instrument.name(), instrument);
    return new CaseFormat(criteria, orderedDefaultFirst(all), indented);
  }

  /**
   * Returns a copy that writes indented JSON over several lines (as {@code rano score} without
   * {@code --ndjson}) instead of one line.
   *
   * @param indent true for indented output, false for one line
   * @return the format, not null
   */
  public CaseFormat withIndentation(boolean indent) {
    return new CaseFormat(criteria, instruments, indent);
  }

  /**
   * The criteria a case's own {@code criteria} overrides.
   *
   * @return the criteria, not null
   */
  public Criteria criteria() {
    return criteria;
  }

  /**
   * The instruments a case may name, the default ({@code LANO}) first.
   *
   * @return the instruments, not null
   */
  public List<Instrument> instruments() {
    return List.copyOf(instruments.values());
  }

  // ------------------------------------------------------------------------------------ reading

  /**
   * Reads one case: raw assessments (it has {@code baseline}) or a sequence of responses (it has
   * {@code referenceDate} and {@code responses}).
   *
   * @param json the case as one JSON object, not null
   * @return the case with the criteria it is scored under, not null
   * @throws CaseRejection naming the first invalid field, with the case id when it could be read
   * @throws NullPointerException ("json") if json is null
   */
  public CaseInput read(String json) {
    Objects.requireNonNull(json, "json");
    return reader.read(json);
  }

  /**
   * Reads one case from its UTF-8 bytes, e.g. one line of an NDJSON stream, as {@link
   * #read(String)} reads its text, with the same result and the same errors, but without decoding
   * the bytes to a string first (the faster way for bytes from a file or a socket).
   *
   * @param utf8 the bytes, not null; they are not changed or kept
   * @param offset where the case starts in utf8
   * @param length the length of the case in bytes
   * @return the case with the criteria it is scored under, not null
   * @throws CaseRejection naming the first invalid field, with the case id when it could be read;
   *     bytes that are not well-formed UTF-8 are rejected at path {@code ""} with the message
   *     {@code not JSON: the text is not valid UTF-8}
   * @throws NullPointerException ("utf8") if utf8 is null
   * @throws IndexOutOfBoundsException if offset and length are not a range of utf8
   */
  public CaseInput read(byte[] utf8, int offset, int length) {
    Objects.requireNonNull(utf8, "utf8");
    Objects.checkFromIndexSize(offset, length, utf8.length);
    if (!Utf8Check.isWellFormed(utf8, offset, length)) {
      throw CaseRejection.of(
          null, InvalidInputException.of("", null, "not JSON: the text is not valid UTF-8"));
    }
    if (!plainStart(utf8, offset, length)) {
      // Jackson's byte parser guesses an encoding from a byte-order mark or NUL bytes at the start;
      // the text's parser sees exactly the characters, so such a text goes that way.
      return reader.read(new String(utf8, offset, length, StandardCharsets.UTF_8));
    }
    return reader.read(utf8, offset, length);
  }

  /** True when the first four bytes hold no NUL and the text does not start with a BOM's lead. */
  private static boolean plainStart(byte[] utf8, int offset, int length) {
    if (length < 4 || utf8[offset] == (byte) 0xEF) {
      return false;
    }
    for (int i = offset; i < offset + 4; i++) {
      if (utf8[i] == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads one case from a reader, to its end. The reader is not closed.
   *
   * @param json the case as one JSON object, not null
   * @return the case, not null
   * @throws CaseRejection naming the first invalid field
   * @throws IOException if the reader fails
   * @throws NullPointerException ("json") if json is null
   */
  public CaseInput read(Reader json) throws IOException {
    Objects.requireNonNull(json, "json");
    return read(readAll(json));
  }

  /**
   * Reads one case from a UTF-8 file.
   *
   * @param file the file, not null
   * @return the case, not null
   * @throws CaseRejection naming the first invalid field
   * @throws IOException if the file cannot be read
   * @throws NullPointerException ("file") if file is null
   */
  public CaseInput read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return read(Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Scores a stream of cases, one JSON object per line (NDJSON), writing one result line (or the
   * error record of a rejected case) per non-blank line, in order; a line is blank when it holds
   * only spaces, tabs and CR. The memory used does not grow with the number of lines.
   *
   * @param lines the lines, not null; not closed
   * @param out where the result lines go, each ended by {@code \n}, not null
   * @return the number of cases rejected
   * @throws IOException if reading or writing fails
   * @throws NullPointerException if lines or out is null
   */
  public long scoreLines(Reader lines, Appendable out) throws IOException {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(out, "out");
    BufferedReader buffered =
        lines instanceof BufferedReader reader ? reader : new BufferedReader(lines);
    long rejected = 0;
    for (String line = buffered.readLine(); line != null; line = buffered.readLine()) {
      if (isBlank(line)) {
        continue;
      }
      try {
        CaseInput input = read(line);
        @Nullable String id = input.id().orElse(null);
        CaseAssessment assessment;
        try {
          assessment = input.assess();
        } catch (InvalidInputException e) {
          throw CaseRejection.of(id, e);
        }
        write(assessment, out);
      } catch (CaseRejection e) {
        rejected++;
        write(e, out);
      }
      out.append('\n');
    }
    return rejected;
  }

  private static boolean isBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the input of an EANO-ESMO diagnosis (README, "rano classify"), as strictly as a case.
   *
   * @param json the input as one JSON object, not null
   * @return the input, not null
   * @throws CaseRejection naming the first invalid field
   * @throws NullPointerException ("json") if json is null
   */
  public DiagnosisInput readDiagnosis(String json) {
    Objects.requireNonNull(json, "json");
    return DiagnosisReader.read(json);
  }

  /**
   * Reads the definition of a neurological instrument: {@code {"name": "...", "domains": [{"key",
   * "label", "levels": ["text of level 0", ...]}, ...]}}, domains in the scorecard's order, levels
   * from 0 (normal) upwards, so that each domain's highest level is known (NEURO-2). Pass it to
   * {@link #withInstrument(Instrument)}.
   *
   * @param json the definition, not null
   * @return the instrument, not null
   * @throws InvalidInputException naming the first invalid field, e.g. {@code domains[3].levels}
   * @throws NullPointerException ("json") if json is null
   */
  public static Instrument readInstrument(String json) {
    Objects.requireNonNull(json, "json");
    return InstrumentReader.read(json);
  }

  // ------------------------------------------------------------------------------------ writing

  /**
   * Writes a result (README, "The result"): the same assessment always gives the same text.
   *
   * @param assessment the assessment, not null
   * @param out where the JSON goes, without a trailing line break, not null
   * @throws IOException if out fails
   * @throws NullPointerException if assessment or out is null
   */
  public void write(CaseAssessment assessment, Appendable out) throws IOException {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(out, "out");
    writer.write(assessment, out);
  }

  /**
   * Writes a case of raw assessments in the case format, as one line of JSON that {@link
   * #read(String)} reads back as an equal case: its id, the baseline and the follow-ups with their
   * dates, neurological exams, CSF samples, 2017 scorecards (targets, non-targets, new lesions),
   * steroid doses, parenchymal status and clinical deterioration. The case's criteria are not part
   * of an {@link LmCase} and are not written.
   *
   * @param lmCase the case, not null
   * @return the JSON, without a trailing line break, not null
   * @throws IllegalArgumentException for a case with a LANO 2019 scorecard or an instrument other
   *     than LANO, which this writer does not write yet
   * @throws NullPointerException ("lmCase") if lmCase is null
   */
  public String writeCase(LmCase lmCase) {
    return CaseWriter.write(Objects.requireNonNull(lmCase, "lmCase"));
  }

  /**
   * Writes a result as a string.
   *
   * @param assessment the assessment, not null
   * @return the JSON, without a trailing line break, not null
   * @throws NullPointerException ("assessment") if assessment is null
   */
  public String write(CaseAssessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    StringBuilder text = new StringBuilder(4096);
    try {
      writer.write(assessment, text);
    } catch (IOException e) {
      throw new UncheckedIOException("bug: writing to a string failed", e);
    }
    return text.toString();
  }

  /**
   * Writes a result as UTF-8 bytes: the text of {@link #write(CaseAssessment, Appendable)}, encoded
   * as UTF-8 by the generator itself (the faster way to a file or a socket).
   *
   * @param assessment the assessment, not null
   * @param out where the bytes go, without a trailing line break, not null; neither flushed nor
   *     closed
   * @throws IOException if out fails
   * @throws NullPointerException if assessment or out is null
   */
  public void write(CaseAssessment assessment, OutputStream out) throws IOException {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(out, "out");
    writer.write(assessment, out);
  }

  /**
   * Writes the error record of a rejected case: {@code {"id": ..., "error": {"path": ...,
   * "message": ...}}}.
   *
   * @param rejection the rejection, not null
   * @param out where the JSON goes, without a trailing line break, not null
   * @throws IOException if out fails
   * @throws NullPointerException if rejection or out is null
   */
  public void write(CaseRejection rejection, Appendable out) throws IOException {
    Objects.requireNonNull(rejection, "rejection");
    Objects.requireNonNull(out, "out");
    writer.writeError(rejection.caseId().orElse(null), rejection.path(), rejection.problem(), out);
  }

  /**
   * Writes a diagnosis: {@code {"id", "pattern", "type", "certainty", "label", "rules", "reasons",
   * "reasonFacts"}} (README, "rano classify").
   *
   * @param id the id of the input, or null when it had none
   * @param diagnosis the classification, not null
   * @param out where the JSON goes, without a trailing line break, not null
   * @throws IOException if out fails
   * @throws NullPointerException if diagnosis or out is null
   */
  public void writeDiagnosis(@Nullable String id, Diagnosis diagnosis, Appendable out)
      throws IOException {
    Objects.requireNonNull(diagnosis, "diagnosis");
    Objects.requireNonNull(out, "out");
    writer.write(id, diagnosis, out);
  }

  private static Map<String, Instrument> orderedDefaultFirst(Map<String, Instrument> all) {
    Map<String, Instrument> ordered = new LinkedHashMap<>();
    ordered.put(Lano.INSTRUMENT.name(), all.getOrDefault(Lano.INSTRUMENT.name(), Lano.INSTRUMENT));
    ordered.putAll(all);
    return java.util.Collections.unmodifiableMap(ordered);
  }

  private static String readAll(Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
      text.append(buffer, 0, n);
    }
    return text.toString();
  }
}
