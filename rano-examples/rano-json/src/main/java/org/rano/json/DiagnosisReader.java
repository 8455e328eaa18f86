package org.rano.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.rano.InvalidInputException;
import org.rano.csf.CsfResult;
import org.rano.diagnosis.DiagnosticFindings;
import org.rano.json.CaseReader.Words;
import org.rano.json.Fields.Scan;

/**
 * Reads the input of {@code rano classify} (README, "rano classify"), streaming, as strictly as a
 * case: in schema order, at each object an unknown field first, then the fields in the order of the
 * format, a missing required one where it would be.
 *
 * <p>This class is stateless and thread-safe.
 */
final class DiagnosisReader {

  private static final Fields FIELDS =
      Fields.of("field", "id", "cytology", "biopsy", "clinicalSigns", "mri");
  private static final Fields MRI = Fields.of("field", "linear", "nodular", "hydrocephalus");
  private static final Words<CsfResult> RESULTS = Words.of(CsfResult.class);
  private static final String[] MRI_HINTS = {
    "linear leptomeningeal enhancement", "leptomeningeal nodules", "hydrocephalus"
  };

  private DiagnosisReader() {}

  /**
   * Reads one input.
   *
   * @param text the input as one JSON object, not null
   * @return the input, not null
   * @throws CaseRejection naming the first invalid field
   */
  static DiagnosisInput read(String text) {
    Root root;
    try (JsonInput in = JsonInput.of(text)) {
      JsonToken first = in.next();
      if (first == null) {
        throw new JsonInput.Syntax(
            InvalidInputException.of(
                "", null, "no JSON value; allowed: a case as one JSON object"));
      }
      if (first != JsonToken.START_OBJECT) {
        String kind = in.kind();
        in.skipValue();
        throw new JsonInput.Syntax(
            InvalidInputException.of("", null, "a case is a JSON object; got " + kind));
      }
      root = new Root(in);
      in.requireEnd("one case per text");
    } catch (JsonInput.Syntax e) {
      throw syntax(text, e.error());
    } catch (JsonProcessingException e) {
      throw syntax(text, JsonInput.fromParser(e));
    } catch (IOException e) {
      throw CaseRejection.verbatim(
          null, InvalidInputException.of("", null, "not JSON: " + e.getMessage()));
    }
    try {
      return root.build();
    } catch (InvalidInputException e) {
      throw CaseRejection.of(root.caseId, e);
    }
  }

  private static CaseRejection syntax(String text, InvalidInputException e) {
    // as before the streaming codec: the problem of the text as the parser gave it
    return CaseRejection.verbatim(e.path().isEmpty() ? null : JsonInput.lenientId(text), e);
  }

  private static final class Root {
    @Nullable String caseId;
    @Nullable String id;
    @Nullable CsfResult cytology;
    boolean biopsy;
    boolean signs;
    boolean @Nullable [] mri;
    final Scan scan;

    Root(JsonInput in) throws IOException {
      scan =
          FIELDS.scan(
              in,
              field -> {
                switch (field) {
                  case 0 -> {
                    if (in.isText()) {
                      caseId = in.rawText();
                    }
                    id = in.id();
                  }
                  case 1 -> cytology = in.word(RESULTS.byName(), RESULTS.allowed());
                  case 2 -> biopsy = in.bool();
                  case 3 -> signs = in.bool();
                  default -> mri = readMri(in);
                }
              });
    }

    DiagnosisInput build() {
      scan.checkUnknown();
      scan.check(0);
      DiagnosticFindings.Builder findings = DiagnosticFindings.builder();
      String given = id;
      if (given != null) {
        // rano-core checks an id as it checks a case id: not blank, at most 256 characters
        findings.id(given);
      }
      scan.check(1);
      CsfResult result = cytology;
      if (result == null) {
        throw InvalidInputException.of(
            "cytology",
            null,
            "is missing; required: the CSF cytology result, "
                + "one of POSITIVE, EQUIVOCAL, NEGATIVE, NOT_DONE");
      }
      findings.cytology(result);
      scan.check(2);
      if (scan.has(2)) {
        findings.positiveBiopsy(biopsy);
      }
      scan.check(3);
      if (!scan.has(3)) {
        throw InvalidInputException.of(
            "clinicalSigns",
            null,
            "is missing; required: true or false " + "(typical clinical signs of LM)");
      }
      findings.clinicalSigns(signs);
      scan.check(4);
      boolean[] found = mri;
      if (found == null) {
        throw InvalidInputException.of(
            "mri",
            null,
            "is missing; required: the leptomeningeal MRI "
                + "findings {\"linear\", \"nodular\", \"hydrocephalus\"}");
      }
      findings.linearEnhancement(found[0]);
      findings.nodularDisease(found[1]);
      findings.hydrocephalus(found[2]);
      DiagnosticFindings built = findings.build();
      return new DiagnosisInput(built.id(), built);
    }
  }

  private static boolean[] readMri(JsonInput in) throws IOException {
    boolean[] found = new boolean[3];
    Scan scan = MRI.scan(in, field -> found[field] = in.bool());
    scan.checkUnknown();
    for (int i = 0; i < 3; i++) {
      scan.check(i);
      if (!scan.has(i)) {
        throw in.missing(MRI.names().get(i), "true or false (" + MRI_HINTS[i] + ")");
      }
    }
    return found;
  }
}
