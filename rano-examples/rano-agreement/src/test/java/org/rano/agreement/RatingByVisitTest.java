package org.rano.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rano.Criteria;
import org.rano.Response;
import org.rano.ResponseSequence;
import org.rano.json.CaseInput;

/**
 * Ratings matched by visit ({@link Rating#ofVisits}, e.g. SDTM RS): units are visits, not
 * positions; a visit one reader rated alone is a unit with a missing rating; readers may date one
 * visit differently; the order of the ratings and of the visits' names does not matter.
 */
class RatingByVisitTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One response: a visit, its date and the call ({@code null} for not evaluated). */
  private record Call(String visit, String date, Response response, boolean missing) {}

  private static Call call(String visit, String date, Response response) {
    return new Call(visit, date, response, false);
  }

  private static Rating rating(String id, String reader, Call... calls) {
    ResponseSequence.Builder builder = ResponseSequence.from("2026-01-05").id(id);
    List<String> visits = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Call call : calls) {
      builder.add(call.date(), call.response());
      visits.add(call.visit());
      if (call.missing()) {
        missing.add(call.visit());
      }
    }
    CaseInput.Sequence input =
        new CaseInput.Sequence(builder.build(), Criteria.defaults(), Optional.of(reader));
    return Rating.ofVisits("rs.csv (" + reader + ")", input, visits, Set.copyOf(missing));
  }

  private static JsonNode analyse(List<Rating> ratings) {
    try {
      return MAPPER.readTree(
          Agreement.withDefaults().withBootstrap(0).analyse(ratings, List.of()).toJson());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode item(JsonNode study, String name) {
    for (JsonNode item : study.get("items")) {
      if (item.get("item").asText().equals(name)) {
        return item;
      }
    }
    throw new AssertionError("no item " + name);
  }

  /**
   * NON-CR/NON-PD (issue 15) is a category of its own, named by its CDISC code in the items and the
   * adjudication list, never by the Java constant.
   */
  @Test
  void nonCrNonPd_isACategoryNamedByItsCode() {
    List<Rating> ratings =
        List.of(
            rating(
                "S1",
                "A",
                call("3", "2026-02-09", Response.NON_CR_NON_PD),
                call("4", "2026-03-09", Response.PD)),
            rating(
                "S1",
                "B",
                call("3", "2026-02-09", Response.SD),
                call("4", "2026-03-09", Response.PD)));

    JsonNode study = analyse(ratings);

    assertThat(study.toString()).contains("\"NON-CR/NON-PD\"").doesNotContain("NON_CR_NON_PD");
    assertThat(item(study, "overall").get("percentAgreement").asDouble()).isEqualTo(0.5);
    assertThat(study.get("adjudication").toString())
        .contains("{\"reader\":\"A\",\"value\":\"NON-CR/NON-PD\"");
  }

  @Test
  void visitRatedByOneReader_isAUnitWithAMissingRating_notAShiftOfTheOthers() {
    // B did not rate visit 4. By position, B's visit 5 would meet A's visit 4 and disagree.
    List<Rating> ratings =
        List.of(
            rating(
                "S1",
                "A",
                call("3", "2026-02-02", Response.SD),
                call("4", "2026-03-02", Response.PR),
                call("5", "2026-04-06", Response.PD)),
            rating(
                "S1",
                "B",
                call("3", "2026-02-02", Response.SD),
                call("5", "2026-04-06", Response.PD)));
    JsonNode study = analyse(ratings);
    JsonNode overall = item(study, "overall");
    assertThat(overall.get("units").asInt()).isEqualTo(2);
    assertThat(overall.get("unitsRatedByOneReader").asInt()).isEqualTo(1);
    assertThat(overall.get("percentAgreement").asDouble()).isEqualTo(1.0);
    assertThat(study.get("settings").get("followUpsMatchedBy").asText()).isEqualTo("visit");
    // B's completeness: one visit not rated; A complete.
    JsonNode completeness = study.get("completeness");
    assertThat(completeness.get(0).get("complete").asInt()).isEqualTo(1);
    assertThat(completeness.get(1).get("complete").asInt()).isZero();
    assertThat(completeness.get(1).get("mostOftenMissing").get(0).get("field").asText())
        .isEqualTo("visit");
    assertThat(study.get("reportedVsDerived")).isEmpty();
    assertThat(study.get("errors")).isEmpty();
  }

  @Test
  void differingDatesOfOneVisit_areMatchedAllTheSame_andListed() {
    List<Rating> ratings =
        List.of(
            rating(
                "S1",
                "A",
                call("3", "2026-02-02", Response.PR),
                call("4", "2026-03-02", Response.PD)),
            rating(
                "S1",
                "B",
                call("3", "2026-02-04", Response.PR),
                call("4", "2026-03-09", Response.PD)));
    JsonNode study = analyse(ratings);
    assertThat(study.get("errors")).isEmpty();
    assertThat(item(study, "overall").get("units").asInt()).isEqualTo(2);
    assertThat(study.get("differingVisitDates")).hasSize(2);
    JsonNode first = study.get("differingVisitDates").get(0);
    assertThat(first.get("visit").asText()).isEqualTo("3");
    assertThat(first.get("dates").get(1).get("date").asText()).isEqualTo("2026-02-04");
    // Each reader's progression date is the reader's own date of visit 4: they differ by 7 days.
    assertThat(study.get("adjudication")).hasSize(1);
    JsonNode pd = study.get("adjudication").get(0);
    assertThat(pd.get("item").asText()).isEqualTo("progressionDate");
    assertThat(pd.get("values").get(0).get("value").asText()).isEqualTo("2026-03-02");
    assertThat(pd.get("values").get(1).get("value").asText()).isEqualTo("2026-03-09");
  }

  @Test
  void disagreementAtAVisit_isAdjudicated_withTheVisitAndEachReadersDate() {
    List<Rating> ratings =
        List.of(
            rating("S1", "A", call("7", "2026-02-02", Response.PR)),
            rating("S1", "B", call("7", "2026-02-03", Response.SD)));
    JsonNode adjudication = analyse(ratings).get("adjudication");
    JsonNode overall = adjudication.get(0);
    assertThat(overall.get("item").asText()).isEqualTo("overall");
    assertThat(overall.get("visit").asText()).isEqualTo("7");
    assertThat(overall.get("date").asText()).isEqualTo("2026-02-02");
    assertThat(overall.get("values").get(1).get("date").asText()).isEqualTo("2026-02-03");
  }

  @Test
  void orderOfRatings_andNamesOfVisits_doNotChangeTheStatistics() {
    List<Rating> ratings = new ArrayList<>();
    Random random = new Random(5);
    Response[] calls = {Response.CR, Response.PR, Response.SD, Response.PD};
    for (int s = 1; s <= 10; s++) {
      for (String reader : List.of("A", "B", "C")) {
        List<Call> list = new ArrayList<>();
        for (int v = 1; v <= 3; v++) {
          if (reader.equals("C") && v == 2 && s % 3 == 0) {
            continue; // C skipped some visits
          }
          list.add(
              call(
                  String.valueOf(v + 2),
                  "2026-0" + (v + 1) + "-0" + (1 + random.nextInt(3)),
                  calls[random.nextInt(calls.length)]));
        }
        ratings.add(rating("S" + s, reader, list.toArray(new Call[0])));
      }
    }
    String before = Agreement.withDefaults().withBootstrap(50).analyse(ratings, List.of()).toJson();
    List<Rating> shuffled = new ArrayList<>();
    for (int p = 0; p < ratings.size(); p += 3) {
      List<Rating> patient = new ArrayList<>(ratings.subList(p, p + 3));
      Collections.shuffle(patient, new Random(p));
      shuffled.addAll(patient);
    }
    String after = Agreement.withDefaults().withBootstrap(50).analyse(shuffled, List.of()).toJson();
    assertThat(after).isEqualTo(before);
    assertThat(before).doesNotContain("NaN");
  }

  @Test
  void notEvaluatedResponse_countsAgainstCompleteness_asOverall() {
    List<Rating> ratings =
        List.of(
            rating(
                "S1",
                "A",
                new Call("3", "2026-02-02", Response.NE, true),
                call("4", "2026-03-02", Response.SD)),
            rating(
                "S1",
                "B",
                call("3", "2026-02-02", Response.SD),
                call("4", "2026-03-02", Response.SD)));
    JsonNode completeness = analyse(ratings).get("completeness");
    assertThat(completeness.get(0).get("complete").asInt()).isZero();
    assertThat(completeness.get(0).get("mostOftenMissing").get(0).get("field").asText())
        .isEqualTo("overall");
    assertThat(completeness.get(1).get("complete").asInt()).isEqualTo(1);
  }

  @Test
  void ratingsOfBothKinds_forOnePatient_areAnErrorRecord() {
    Rating byVisit = rating("S1", "A", call("3", "2026-02-02", Response.SD));
    ResponseSequence sequence =
        ResponseSequence.from("2026-01-05").id("S1").add("2026-02-02", Response.SD).build();
    Rating byPosition =
        Rating.of(
            "line 2", new CaseInput.Sequence(sequence, Criteria.defaults(), Optional.of("B")));
    AgreementStudy study =
        Agreement.withDefaults().withBootstrap(0).analyse(List.of(byVisit, byPosition), List.of());
    assertThat(study.errors()).hasSize(1);
    assertThat(study.errors().get(0).message()).contains("matched by visit and by position");
    assertThat(study.cases()).isZero();
  }

  @Test
  void otherReferenceDates_forOnePatient_areAnErrorRecord() {
    Rating a = rating("S1", "A", call("3", "2026-02-02", Response.SD));
    ResponseSequence sequence =
        ResponseSequence.from("2026-01-06").id("S1").add("2026-02-02", Response.SD).build();
    Rating b =
        Rating.ofVisits(
            "rs.csv (B)",
            new CaseInput.Sequence(sequence, Criteria.defaults(), Optional.of("B")),
            List.of("3"),
            Set.of());
    AgreementStudy study =
        Agreement.withDefaults().withBootstrap(0).analyse(List.of(a, b), List.of());
    assertThat(study.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.path()).isEqualTo("referenceDate"));
  }

  @Test
  void rowErrors_carryReaderFileRowVariableAndValue_intoTheJson() {
    RatingError error =
        RatingError.ofRow(
            "RADIOLOGIST 1", "rs.csv", 7, "S2", "RSSTRESC", "CHECK", "not a response");
    List<Rating> ratings =
        List.of(
            rating("S1", "A", call("3", "2026-02-02", Response.SD)),
            rating("S1", "B", call("3", "2026-02-02", Response.SD)),
            rating("S2", "A", call("3", "2026-02-02", Response.SD)));
    AgreementStudy study =
        Agreement.withDefaults().withBootstrap(0).analyse(ratings, List.of(error));
    assertThat(study.cases()).isEqualTo(1);
    assertThat(study.errors()).hasSize(2); // the row, and S2's other rating left out
    assertThat(error.source()).isEqualTo("rs.csv row 7");
    assertThat(error.toString())
        .isEqualTo("rs.csv row 7 (RADIOLOGIST 1) S2: RSSTRESC: 'CHECK': not a response");
    JsonNode json;
    try {
      json = MAPPER.readTree(study.toJson()).get("errors").get(0);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(json.get("reader").asText()).isEqualTo("RADIOLOGIST 1");
    assertThat(json.get("file").asText()).isEqualTo("rs.csv");
    assertThat(json.get("row").asInt()).isEqualTo(7);
    assertThat(json.get("id").asText()).isEqualTo("S2");
    assertThat(json.get("variable").asText()).isEqualTo("RSSTRESC");
    assertThat(json.get("value").asText()).isEqualTo("CHECK");
  }

  @Test
  void badVisits_areRejectedWhenTheRatingIsMade() {
    ResponseSequence sequence =
        ResponseSequence.from("2026-01-05")
            .add("2026-02-02", Response.SD)
            .add("2026-03-02", Response.SD)
            .build();
    CaseInput.Sequence input =
        new CaseInput.Sequence(sequence, Criteria.defaults(), Optional.of("A"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rating.ofVisits("x", input, List.of("3"), Set.of()))
        .withMessageContaining("one per response (2)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rating.ofVisits("x", input, List.of("3", "3"), Set.of()))
        .withMessageContaining("\"3\" appears twice");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rating.ofVisits("x", input, List.of("3", " "), Set.of()))
        .withMessageContaining("visits[1] is blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rating.ofVisits("x", input, List.of("3", "4"), Set.of("5")))
        .withMessageContaining("notEvaluated names \"5\"");
  }
}
