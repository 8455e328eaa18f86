package org.rano.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.rano.LmCase;
import org.rano.Visit;
import org.rano.csf.CsfSample;
import org.rano.imaging.Diameters;
import org.rano.imaging.Imaging;
import org.rano.imaging.NewLesion;
import org.rano.imaging.NonTargetLesion;
import org.rano.imaging.Parenchymal;
import org.rano.imaging.ParenchymalStatus;
import org.rano.imaging.TargetLesion;
import org.rano.neuro.Attribution;
import org.rano.neuro.Domain;
import org.rano.neuro.DomainValue;
import org.rano.neuro.Lano;
import org.rano.neuro.NeuroExam;

/**
 * Writes a case of raw assessments (rano-core's {@link LmCase}) in the case format, for {@link
 * CaseFormat#writeCase(LmCase)}, as one line of JSON: {@code id}, {@code baseline} and {@code
 * followUps} with their dates, neurological exams, CSF samples, 2017 scorecards (targets,
 * non-targets, new lesions), steroid doses, parenchymal status and clinical deterioration. Numbers
 * are written as given (a {@link BigDecimal} in plain notation), so reading the line back gives an
 * equal case.
 *
 * <p>Cases with a LANO 2019 scorecard or an instrument other than the LANO-based RANO-LM instrument
 * are refused (not written yet). This class is immutable and thread-safe.
 */
final class CaseWriter {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private CaseWriter() {}

  /**
   * Obtains a case as one line of JSON in the case format, without a line break.
   *
   * @param lmCase the case, not null
   * @return the JSON, not null
   * @throws IllegalArgumentException for a case with a LANO 2019 scorecard or another instrument
   */
  static String write(LmCase lmCase) {
    StringWriter text = new StringWriter(1024);
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.writeStartObject();
      Optional<String> id = lmCase.id();
      if (id.isPresent()) {
        json.writeStringField("id", id.get());
      }
      json.writeFieldName("baseline");
      visit(json, lmCase.baseline(), true);
      json.writeArrayFieldStart("followUps");
      for (Visit visit : lmCase.followUps()) {
        visit(json, visit, false);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("bug: writing to a string failed", e);
    }
    return text.toString();
  }

  private static void visit(JsonGenerator json, Visit visit, boolean baseline) throws IOException {
    json.writeStartObject();
    json.writeStringField("date", visit.date().toString());
    Optional<NeuroExam> neuro = visit.neuro();
    if (neuro.isPresent()) {
      neuro(json, neuro.get());
    }
    Optional<CsfSample> csf = visit.csf();
    if (csf.isPresent()) {
      json.writeObjectFieldStart("csf");
      json.writeStringField("result", csf.get().result().name());
      Optional<BigDecimal> volume = csf.get().volumeMl();
      if (volume.isPresent()) {
        json.writeFieldName("volumeMl");
        json.writeNumber(volume.get());
      }
      json.writeEndObject();
    }
    if (visit.lano2019().isPresent()) {
      throw new IllegalArgumentException(
          "a LANO 2019 scorecard on " + visit.date() + "; allowed: the 2017 scorecard only");
    }
    Optional<Imaging> imaging = visit.imaging();
    if (imaging.isPresent()) {
      imaging(json, imaging.get(), baseline);
    }
    Optional<BigDecimal> steroids = visit.steroidMgPerDay();
    if (steroids.isPresent()) {
      json.writeFieldName("steroidMgPerDay");
      json.writeNumber(steroids.get());
    }
    Optional<Parenchymal> parenchymal = visit.parenchymal();
    if (parenchymal.isPresent()) {
      json.writeObjectFieldStart("parenchymal");
      Optional<ParenchymalStatus> brain = parenchymal.get().brain();
      if (brain.isPresent()) {
        json.writeStringField("brain", brain.get().name());
      }
      Optional<ParenchymalStatus> spine = parenchymal.get().spine();
      if (spine.isPresent()) {
        json.writeStringField("spine", spine.get().name());
      }
      json.writeEndObject();
    }
    if (visit.clinicalDeterioration()) {
      json.writeBooleanField("clinicalDeterioration", true);
    }
    json.writeEndObject();
  }

  private static void neuro(JsonGenerator json, NeuroExam exam) throws IOException {
    if (!exam.instrument().equals(Lano.INSTRUMENT)) {
      throw new IllegalArgumentException(
          "an exam of the instrument '"
              + exam.instrument().name()
              + "'; allowed: "
              + Lano.INSTRUMENT.name());
    }
    json.writeObjectFieldStart("neuro");
    for (Map.Entry<Domain, DomainValue> entry : exam.values().entrySet()) {
      json.writeFieldName(entry.getKey().key());
      DomainValue value = entry.getValue();
      OptionalInt level = value.level();
      Optional<Attribution> cause = value.attributedTo();
      Optional<String> note = value.note();
      if (cause.isEmpty() && note.isEmpty()) {
        if (level.isPresent()) {
          json.writeNumber(level.getAsInt());
        } else {
          json.writeString("NE");
        }
        continue;
      }
      json.writeStartObject();
      if (level.isPresent()) {
        json.writeNumberField("level", level.getAsInt());
      } else {
        json.writeStringField("level", "NE");
      }
      if (cause.isPresent()) {
        json.writeStringField("attributedTo", cause.get().name());
      }
      if (note.isPresent()) {
        json.writeStringField("note", note.get());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void imaging(JsonGenerator json, Imaging imaging, boolean baseline)
      throws IOException {
    json.writeArrayFieldStart("targets");
    for (TargetLesion target : imaging.targets()) {
      json.writeStartObject();
      json.writeStringField("id", target.id());
      if (target.site().isPresent()) {
        json.writeStringField("site", target.site().get().name());
      }
      OptionalInt score = target.score();
      if (score.isPresent()) {
        json.writeNumberField("score", score.getAsInt());
      } else {
        json.writeStringField("score", "NE");
      }
      Optional<Diameters> diameters = target.diameters();
      if (diameters.isPresent()) {
        json.writeArrayFieldStart("diametersMm");
        json.writeNumber(diameters.get().longMm());
        json.writeNumber(diameters.get().shortMm());
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("nonTargets");
    for (NonTargetLesion nonTarget : imaging.nonTargets()) {
      json.writeStartObject();
      json.writeStringField("id", nonTarget.id());
      if (nonTarget.site().isPresent()) {
        json.writeStringField("site", nonTarget.site().get().name());
      }
      json.writeStringField("status", nonTarget.status().name());
      json.writeEndObject();
    }
    json.writeEndArray();
    if (!baseline) {
      json.writeArrayFieldStart("newLesions");
      for (NewLesion lesion : imaging.newLesions()) {
        json.writeStartObject();
        json.writeStringField("site", lesion.site().name());
        json.writeBooleanField("equivocal", lesion.equivocal());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
  }
}
