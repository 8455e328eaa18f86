package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.rano.cli.Fixtures.with;
import static org.rano.cli.Fixtures.without;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rano.CaseAssessment;
import org.rano.Criteria;
import org.rano.csf.CsfStatus;
import org.rano.json.CaseInput;

/**
 * {@link CaseReader}: strict reading of the case format, the path of the first invalid field
 * (schema order, unknown fields before missing ones), exact decimals, both kinds of case.
 */
class CaseReaderTest {

  private static final String RAW = Fixtures.twoLesionPr("X");
  private static final String SEQ = Fixtures.sequence("X");
  private static final CaseReader READER = new CaseReader(Criteria.defaults());

  static Stream<Arguments> invalidCases() {
    return Stream.of(
        // the exam
        arguments(
            with(RAW, "/followUps/0/neuro/sensation", "3"), "followUps[0].neuro.sensation", "0..2"),
        arguments(
            with(RAW, "/baseline/neuro/gait", "2.0"), "baseline.neuro.gait", "not a whole number"),
        arguments(
            with(RAW, "/baseline/neuro/gait", "2e0"), "baseline.neuro.gait", "not a whole number"),
        arguments(with(RAW, "/baseline/neuro/gait", "\"2\""), "baseline.neuro.gait", "\"NE\""),
        arguments(
            with(RAW, "/baseline/neuro/gait", "99999999999"),
            "baseline.neuro.gait",
            "out of range"),
        arguments(with(RAW, "/baseline/neuro/gait", "-1"), "baseline.neuro.gait", "-1"),
        arguments(with(RAW, "/baseline/neuro/gait", "true"), "baseline.neuro.gait", "true"),
        arguments(
            with(RAW, "/baseline/neuro/gait", "{\"level\":1,\"why\":\"x\"}"),
            "baseline.neuro.gait.why",
            "unknown field"),
        arguments(
            with(RAW, "/baseline/neuro/gait", "{\"attributedTo\":\"OTHER\"}"),
            "baseline.neuro.gait.level",
            "is missing"),
        arguments(
            with(RAW, "/followUps/0/neuro/gait", "{\"level\":2,\"attributedTo\":\"ALIENS\"}"),
            "followUps[0].neuro.gait.attributedTo",
            "BRAIN_METASTASES, SYSTEMIC_PROGRESSION"),
        arguments(
            with(RAW, "/followUps/0/neuro/gait", "{\"level\":\"NE\",\"note\":7}"),
            "followUps[0].neuro.gait.note",
            "a string"),
        arguments(
            with(RAW, "/baseline/neuro/smell", "0"), "baseline.neuro.smell", "unknown domain"),
        arguments(
            without(RAW, "/followUps/0/neuro/behaviour"),
            "followUps[0].neuro.behaviour",
            "is missing"),
        arguments(with(RAW, "/baseline/neuro", "[]"), "baseline.neuro", "an object"),
        // the visit
        arguments(
            with(without(RAW, "/baseline/date"), "/baseline/bogus", "1"),
            "baseline.bogus",
            "unknown field"),
        arguments(without(RAW, "/baseline/date"), "baseline.date", "is missing"),
        arguments(with(RAW, "/baseline/date", "\"2026-13-01\""), "baseline.date", "ISO date"),
        arguments(with(RAW, "/baseline/date", "20260105"), "baseline.date", "a string"),
        arguments(without(RAW, "/baseline"), "baseline", "is missing"),
        arguments(with(RAW, "/followUps/0/date", "\"2026-01-05\""), "followUps[0].date", "TIME-1"),
        arguments(
            with(RAW, "/followUps/1", "{\"date\":\"2026-01-20\"}"), "followUps[1].date", "TIME-1"),
        arguments(with(RAW, "/followUps", "{}"), "followUps", "an array"),
        arguments(with(RAW, "/followUps/0", "\"2026-02-02\""), "followUps[0]", "an object"),
        arguments(
            with(RAW, "/followUps/0/steroidMgPerDay", "-2"),
            "followUps[0].steroidMgPerDay",
            "negative"),
        arguments(
            with(RAW, "/followUps/0/steroidMgPerDay", "\"4 mg\""),
            "followUps[0].steroidMgPerDay",
            "a number"),
        arguments(
            with(RAW, "/followUps/0/parenchymal", "{\"brain\":\"GONE\"}"),
            "followUps[0].parenchymal.brain",
            "ABSENT, CR, PR, SD, PD, NE"),
        arguments(
            with(RAW, "/followUps/0/parenchymal", "{\"liver\":\"PD\"}"),
            "followUps[0].parenchymal.liver",
            "unknown field"),
        // the block is read before the case is checked against the criteria's profile
        arguments(
            with(RAW, "/baseline/lano2019", "{}"), "baseline.lano2019.brainNodules", "every item"),
        // cytology
        arguments(without(RAW, "/baseline/csf/result"), "baseline.csf.result", "is missing"),
        arguments(
            with(RAW, "/baseline/csf/result", "\"positive\""),
            "baseline.csf.result",
            "POSITIVE, EQUIVOCAL, NEGATIVE, NOT_DONE"),
        arguments(
            with(RAW, "/baseline/csf/volumeMl", "\"NaN\""), "baseline.csf.volumeMl", "a number"),
        arguments(with(RAW, "/baseline/csf/volumeMl", "-0.5"), "baseline.csf.volumeMl", "negative"),
        arguments(with(RAW, "/baseline/csf/volumeMl", "null"), "baseline.csf.volumeMl", "null"),
        arguments(with(RAW, "/baseline/csf/volumeMl", "1e400"), "baseline.csf.volumeMl", "finite"),
        arguments(with(RAW, "/baseline/csf/volumeMl", "NaN"), "", "NaN"),
        arguments(with(RAW, "/baseline/csf/volumeMl", "Infinity"), "", "not JSON"),
        arguments(with(RAW, "/baseline/csf/volumeMl", "-Infinity"), "", "not JSON"),
        // targets
        arguments(
            with(RAW, "/baseline/targets/1/id", "\"T1\""), "baseline.targets[1].id", "used twice"),
        arguments(without(RAW, "/baseline/targets/1/id"), "baseline.targets[1].id", "is missing"),
        arguments(
            without(RAW, "/baseline/targets/0/site"), "baseline.targets[0].site", "is missing"),
        arguments(
            without(RAW, "/baseline/targets/0/score"), "baseline.targets[0].score", "is missing"),
        arguments(
            with(RAW, "/followUps/0/targets/1/score", "4"),
            "followUps[0].targets[1].score",
            "0..3"),
        arguments(
            with(RAW, "/followUps/0/targets/1/score", "1.5"),
            "followUps[0].targets[1].score",
            "not a whole number"),
        arguments(
            with(RAW, "/followUps/0/targets/1/score", "\"ne\""),
            "followUps[0].targets[1].score",
            "\"NE\""),
        arguments(with(RAW, "/baseline/targets/0/score", "0"), "baseline.targets[0].score", "1..3"),
        arguments(
            with(RAW, "/baseline/targets/0/score", "\"NE\""), "baseline.targets[0].score", "IMG-1"),
        arguments(
            with(RAW, "/baseline/targets/0/site", "\"BRAIN\""),
            "baseline.targets[0].site",
            "BRAIN_NODULE, SPINE_NODULE"),
        arguments(
            with(RAW, "/baseline/targets/0/diametersMm", "[5,7]"),
            "baseline.targets[0].diametersMm",
            "long"),
        arguments(
            with(RAW, "/baseline/targets/0/diametersMm", "[12,0]"),
            "baseline.targets[0].diametersMm[1]",
            "positive"),
        arguments(
            with(RAW, "/followUps/0/targets/0/diametersMm", "[8,-6]"),
            "followUps[0].targets[0].diametersMm[1]",
            "positive"),
        arguments(
            with(RAW, "/baseline/targets/0/diametersMm", "[\"12\",7]"),
            "baseline.targets[0].diametersMm[0]",
            "a number"),
        arguments(
            with(RAW, "/baseline/targets/0/diametersMm", "[12,7,3]"),
            "baseline.targets[0].diametersMm",
            "[long, short]"),
        arguments(with(RAW, "/baseline/targets", "{}"), "baseline.targets", "an array"),
        arguments(
            with(RAW, "/followUps/0/targets/1/id", "\"T9\""),
            "followUps[0].targets[1].id",
            "not a baseline target"),
        arguments(
            without(RAW, "/followUps/0/targets/1"), "followUps[0].targets", "\"T2\" is missing"),
        arguments(
            with(RAW, "/followUps/0/targets/0/site", "\"SPINE_NODULE\""),
            "followUps[0].targets[0].site",
            "differs"),
        arguments(with(RAW, "/baseline/targets", sixTargets()), "baseline.targets", "at most 5"),
        // non-target and new lesions
        arguments(
            with(RAW, "/baseline/nonTargets", "[{\"id\":\"N1\",\"site\":\"HYDROCEPHALUS\"}]"),
            "baseline.nonTargets[0].status",
            "is missing"),
        arguments(
            with(
                RAW,
                "/baseline/nonTargets",
                "[{\"id\":\"T1\",\"site\":\"HYDROCEPHALUS\",\"status\":\"PRESENT\"}]"),
            "baseline.nonTargets[0].id",
            "used twice"),
        arguments(
            with(
                RAW,
                "/baseline/nonTargets",
                "[{\"id\":\"N1\",\"site\":\"HYDROCEPHALUS\",\"status\":\"UNEQUIVOCAL_PROGRESSION\"}]"),
            "baseline.nonTargets[0].status",
            "IMG-13"),
        arguments(
            with(RAW, "/followUps/0/nonTargets", "[{\"id\":\"N7\",\"status\":\"ABSENT\"}]"),
            "followUps[0].nonTargets[0].id",
            "not a baseline non-target"),
        arguments(
            with(RAW, "/followUps/0/nonTargets", "[{\"id\":\"N7\",\"status\":\"GONE\"}]"),
            "followUps[0].nonTargets[0].status",
            "ABSENT, PRESENT, UNEQUIVOCAL_PROGRESSION, NE"),
        arguments(
            with(RAW, "/baseline/newLesions", "[{\"site\":\"SPINE_NODULE\"}]"),
            "baseline.newLesions",
            "follow-ups only"),
        arguments(
            with(RAW, "/followUps/0/newLesions", "[{\"equivocal\":true}]"),
            "followUps[0].newLesions[0].site",
            "is missing"),
        arguments(
            with(
                RAW,
                "/followUps/0/newLesions",
                "[{\"site\":\"SPINE_NODULE\",\"equivocal\":\"yes\"}]"),
            "followUps[0].newLesions[0].equivocal",
            "true or false"),
        // the case
        arguments(with(RAW, "/folowUps", "[]"), "folowUps", "unknown field"),
        arguments(with(RAW, "/id", "7"), "id", "a string"),
        arguments(with(RAW, "/referenceDate", "\"2026-01-01\""), "referenceDate", "not both"),
        arguments("{\"id\":\"X\"}", "baseline", "is missing"),
        arguments(
            RAW.replace(
                "\"result\":\"POSITIVE\"", "\"result\":\"POSITIVE\",\"result\":\"POSITIVE\""),
            "baseline.csf.result",
            "duplicate key"),
        arguments(
            RAW.replace("\"id\":\"T2\",\"site\"", "\"id\":\"T2\",\"id\":\"T2\",\"site\""),
            "baseline.targets[1].id",
            "duplicate key"),
        // criteria
        arguments(
            with(RAW, "/criteria", "{\"imaging\":\"LANO_2019\"}"),
            "baseline.targets",
            "the criteria select imaging LANO_2019"),
        arguments(
            with(RAW, "/criteria", "{\"confirmDays\":14}"),
            "criteria.confirmDays",
            "unknown policy"),
        arguments(
            with(RAW, "/criteria", "{\"confirmationDays\":\"28\"}"),
            "criteria.confirmationDays",
            "a whole number"),
        arguments(
            with(RAW, "/criteria", "{\"confirmationDays\":28.5}"),
            "criteria.confirmationDays",
            "not a whole number"),
        arguments(
            with(RAW, "/criteria", "{\"acceptSdBetween\":1}"),
            "criteria.acceptSdBetween",
            "true or false"),
        arguments(
            with(RAW, "/criteria", "{\"neuroReference\":\"BEST\"}"),
            "criteria.neuroReference",
            "BASELINE, BEST_SO_FAR"),
        arguments(
            with(RAW, "/criteria", "{\"sdMinimumDays\":-3}"), "criteria.sdMinimumDays", "negative"),
        arguments(with(RAW, "/criteria", "[]"), "criteria", "an object"),
        // sequences
        arguments("{\"id\":\"X\",\"responses\":[]}", "referenceDate", "is missing"),
        arguments(
            with(SEQ, "/responses/0/response", "\"CRR\""),
            "responses[0].response",
            "CR, PR, SD, NON-CR/NON-PD, PD, NE"),
        arguments(
            with(SEQ, "/responses/0/date", "\"2026-01-01\""),
            "responses[0].date",
            "before the reference date"),
        arguments(
            with(SEQ, "/responses/2/date", "\"2026-03-07\""),
            "responses[2].date",
            "strictly increasing"),
        arguments(with(SEQ, "/responses/1/note", "\"x\""), "responses[1].note", "unknown field"),
        arguments(without(SEQ, "/responses/1/response"), "responses[1].response", "is missing"),
        arguments(with(SEQ, "/followUps", "[]"), "referenceDate", "not both"),
        // not a case
        arguments("{", "", "not JSON"),
        arguments("", "", "no JSON value"),
        arguments("[]", "", "a JSON object"),
        arguments("42", "", "a JSON object"),
        arguments(SEQ + " " + SEQ, "", "--ndjson"),
        arguments("{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}", "", "nested"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("invalidCases")
  void invalidCase_isRejected_atThePathOfTheFirstInvalidField(
      String json, String path, String fragment) {
    CaseRejection rejection = catchThrowableOfType(CaseRejection.class, () -> READER.read(json));

    assertThat(rejection).as("rejected").isNotNull();
    assertThat(rejection.path()).as(rejection.getMessage()).isEqualTo(path);
    assertThat(rejection.problem()).contains(fragment);
  }

  @Test
  void rejection_carriesTheCaseId_whenItCouldBeRead() {
    CaseRejection invalid =
        catchThrowableOfType(
            CaseRejection.class, () -> READER.read(with(RAW, "/followUps/0/neuro/sensation", "3")));
    CaseRejection duplicate =
        catchThrowableOfType(
            CaseRejection.class,
            () -> READER.read(RAW.replace("\"volumeMl\":8", "\"volumeMl\":8,\"volumeMl\":8")));
    CaseRejection notJson = catchThrowableOfType(CaseRejection.class, () -> READER.read("{"));

    assertThat(invalid.caseId()).isEqualTo("X");
    assertThat(duplicate.caseId()).isEqualTo("X");
    assertThat(duplicate.path()).isEqualTo("followUps[0].csf.volumeMl");
    assertThat(notJson.caseId()).isNull();
  }

  @Test
  void clinicalDeterioration_onAFollowUp_isNeuro9Progression() throws Exception {
    CaseAssessment result =
        READER.read(with(RAW, "/followUps/0/clinicalDeterioration", "true")).assess();

    assertThat(result.timePoints().get(0).overall().name()).isEqualTo("PD");
    assertThat(result.timePoints().get(0).assessment().orElseThrow().rules().toString())
        .contains("NEURO-9");
  }

  @Test
  void clinicalDeterioration_atBaseline_isRejectedAtItsPath() {
    CaseRejection rejection =
        catchThrowableOfType(
            CaseRejection.class,
            () -> READER.read(with(RAW, "/baseline/clinicalDeterioration", "false")));

    assertThat(rejection.path()).isEqualTo("baseline.clinicalDeterioration");
    assertThat(rejection.getMessage()).contains("follow-ups only", "NEURO-9");
  }

  @Test
  void clinicalDeterioration_notABoolean_isRejected() {
    CaseRejection rejection =
        catchThrowableOfType(
            CaseRejection.class,
            () -> READER.read(with(RAW, "/followUps/0/clinicalDeterioration", "\"yes\"")));

    assertThat(rejection.path()).isEqualTo("followUps[0].clinicalDeterioration");
  }

  @Test
  void criteria_csfMinimumVolumeMl_isReadAsANumber_andBoundedBothSides() throws Exception {
    String ten = with(RAW, "/criteria", "{\"csfMinimumVolumeMl\": 10}");
    String tooMuch = with(RAW, "/criteria", "{\"csfMinimumVolumeMl\": 1000.5}");
    String text = with(RAW, "/criteria", "{\"csfMinimumVolumeMl\": \"10\"}");

    assertThat(READER.read(ten).assess().criteria().csfMinimumVolumeMl())
        .isEqualByComparingTo("10");
    // the case's follow-up CSF is 8 mL: inadequate under 10 mL
    assertThat(
            READER.read(ten).assess().timePoints().get(0).assessment().orElseThrow().csf().status())
        .isEqualTo(CsfStatus.INADEQUATE);
    CaseRejection large = catchThrowableOfType(CaseRejection.class, () -> READER.read(tooMuch));
    assertThat(large.path()).isEqualTo("criteria.csfMinimumVolumeMl");
    assertThat(large.getMessage()).contains("0 to 1000");
    assertThat(catchThrowableOfType(CaseRejection.class, () -> READER.read(text)).path())
        .isEqualTo("criteria.csfMinimumVolumeMl");
  }

  @Test
  void volume_isReadAsAnExactDecimal_justBelowFiveIsInadequate() throws Exception {
    // As a double, 4.99999999999999999999 is 5.0: adequate. Exactly, it is below 5 mL (CSF-1).
    String below = with(RAW, "/followUps/0/csf/volumeMl", "4.99999999999999999999");
    String five = with(RAW, "/followUps/0/csf/volumeMl", "5.000");

    assertThat(csfStatus(below)).isEqualTo(CsfStatus.INADEQUATE);
    assertThat(csfStatus(five)).isEqualTo(CsfStatus.CLEARED);
  }

  @Test
  void steroidDose_isReadAsAnExactDecimal() throws Exception {
    String up =
        with(
            with(RAW, "/baseline/steroidMgPerDay", "4"),
            "/followUps/0/steroidMgPerDay",
            "4.00000000000000000001");

    CaseAssessment result = READER.read(up).assess();

    assertThat(result.timePoints().get(0).overall().name()).isEqualTo("SD");
    assertThat(result.timePoints().get(0).assessment().orElseThrow().rules().toString())
        .contains("STER-1");
  }

  @Test
  void diameters_areReadAsExactDecimals() throws Exception {
    String nodule = with(RAW, "/baseline/targets/0/diametersMm", "[10.000000000000000001,5.5]");

    CaseAssessment result = READER.read(nodule).assess();

    assertThat(result.timePoints().get(0).assessment().orElseThrow().imaging().baselineSpd())
        .hasValue(new BigDecimal("55.0000000000000000055"));
  }

  @Test
  void caseCriteria_overrideTheReadersCriteria() throws Exception {
    CaseReader reader = new CaseReader(Criteria.defaults().withConfirmationDays(60));

    CaseInput fromOptions = reader.read(SEQ);
    CaseInput fromCase =
        reader.read(
            with(
                SEQ,
                "/criteria",
                "{\"confirmationDays\":14,"
                    + "\"neuroReference\":\"BEST_SO_FAR\",\"acceptSdBetween\":true}"));

    assertThat(fromOptions.criteria().confirmationDays()).isEqualTo(60);
    assertThat(fromCase.criteria().confirmationDays()).isEqualTo(14);
    assertThat(fromCase.criteria().acceptSdBetween()).isTrue();
    assertThat(fromCase.criteria().neuroReference().name()).isEqualTo("BEST_SO_FAR");
  }

  @Test
  void kindOfCase_baselineIsRaw_referenceDateIsSequence() throws Exception {
    assertThat(READER.read(RAW)).isInstanceOf(CaseInput.Raw.class);
    assertThat(READER.read(SEQ)).isInstanceOf(CaseInput.Sequence.class);
    assertThat(READER.read("{\"referenceDate\":\"2026-01-01\"}"))
        .isInstanceOf(CaseInput.Sequence.class);
  }

  @Test
  void caseWithoutFollowUps_hasNoTimePoints_bestIsNe() throws Exception {
    CaseAssessment result = READER.read(without(RAW, "/followUps")).assess();

    assertThat(result.timePoints()).isEmpty();
    assertThat(result.bestOverallResponse().response().name()).isEqualTo("NE");
    assertThat(result.bestOverallResponse().date()).isEmpty();
  }

  @Test
  void imagingFieldsLeftOut_imagingNotDone_emptyTargetsIsANormalMri() throws Exception {
    String noImaging = without(RAW, "/followUps/0/targets");
    String normalMri = with(with(RAW, "/baseline/targets", "[]"), "/followUps/0/targets", "[]");

    assertThat(
            READER
                .read(noImaging)
                .assess()
                .timePoints()
                .get(0)
                .assessment()
                .orElseThrow()
                .imaging()
                .status()
                .name())
        .isEqualTo("NE");
    assertThat(
            READER
                .read(normalMri)
                .assess()
                .timePoints()
                .get(0)
                .assessment()
                .orElseThrow()
                .imaging()
                .status()
                .name())
        .isEqualTo("NOT_APPLICABLE");
  }

  @Test
  void domainValueForms_levelNeAndObject_areAccepted() throws Exception {
    String forms =
        with(
            with(
                with(
                    RAW,
                    "/followUps/0/neuro/gait",
                    "{\"level\":2,\"attributedTo\":\"TREATMENT_TOXICITY\",\"note\":\"neuropathy\"}"),
                "/followUps/0/neuro/hearing",
                "\"NE\""),
            "/followUps/0/neuro/vision",
            "{\"level\":\"NE\",\"note\":\"eye patch\"}");

    CaseAssessment result = READER.read(forms).assess();

    assertThat(result.timePoints().get(0).assessment().orElseThrow().neuro().status().name())
        .isEqualTo("NE");
    assertThat(result.timePoints().get(0).assessment().orElseThrow().rules().toString())
        .contains("NEURO-4", "NEURO-6");
  }

  @Test
  void fieldOrder_doesNotChangeTheResult() throws Exception {
    ObjectNode shuffled = Fixtures.object(RAW);
    ObjectNode reversed = Fixtures.MAPPER.createObjectNode();
    java.util.List<String> names = new java.util.ArrayList<>();
    shuffled.fieldNames().forEachRemaining(names::add);
    java.util.Collections.reverse(names);
    for (String name : names) {
      reversed.set(name, shuffled.get(name));
    }
    ResultWriter writer = new ResultWriter(false);

    String a = writer.write(new Outcome.Scored(READER.read(RAW).assess()));
    String b = writer.write(new Outcome.Scored(READER.read(reversed.toString()).assess()));

    assertThat(b).isEqualTo(a);
  }

  private static CsfStatus csfStatus(String json) throws CaseRejection {
    return READER.read(json).assess().timePoints().get(0).assessment().orElseThrow().csf().status();
  }

  private static String sixTargets() {
    StringBuilder targets = new StringBuilder("[");
    for (int i = 1; i <= 6; i++) {
      targets
          .append(i > 1 ? "," : "")
          .append("{\"id\":\"T")
          .append(i)
          .append("\",\"site\":\"BRAIN_NODULE\",\"score\":1}");
    }
    return targets.append(']').toString();
  }
}
