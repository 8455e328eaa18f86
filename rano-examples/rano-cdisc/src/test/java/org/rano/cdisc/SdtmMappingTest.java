package org.rano.cdisc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.rano.imaging.Site;
import org.rano.neuro.Lano;

/** {@link SdtmMapping}: the shipped default, overriding it, and every kind of bad mapping file. */
class SdtmMappingTest {

  private static SdtmMapping read(String json) throws IOException {
    return SdtmMapping.read("map.json", new StringReader(json));
  }

  private static void assertRefused(String json, String message) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void defaults_haveACodeForEveryDomainAndSite() {
    SdtmMapping mapping = SdtmMapping.defaults();
    assertThat(mapping.domains.values())
        .containsExactlyInAnyOrderElementsOf(Lano.INSTRUMENT.domains());
    assertThat(mapping.sites.values()).containsExactlyInAnyOrder(Site.values());
    assertThat(mapping.baselineVisit()).isEmpty();
    assertThat(mapping.lbTestCode).isEqualTo("MLIGCE");
    assertThat(mapping.lbSpec).isEqualTo("CEREBROSPINAL FLUID");
  }

  @Test
  void emptyObject_isTheDefault() throws IOException {
    SdtmMapping mapping = read("{}");
    assertThat(mapping.domains).isEqualTo(SdtmMapping.defaults().domains);
    assertThat(mapping.trScore).isEqualTo("LMSCORE");
  }

  @Test
  void aKeyGiven_replacesTheDefaultsKey_theOthersStay() throws IOException {
    SdtmMapping mapping =
        read(
            "{\"TR\": {\"score\": \"RANOSCR\"}, \"TU\": {\"sites\": {\"BRAIN\": \"BRAIN_NODULE\"}}}");
    assertThat(mapping.trScore).isEqualTo("RANOSCR");
    assertThat(mapping.trLong).isEqualTo("LDIAM");
    assertThat(mapping.sites).containsExactly(java.util.Map.entry("BRAIN", Site.BRAIN_NODULE));
    assertThat(mapping.roles).isEqualTo(SdtmMapping.defaults().roles);
  }

  @Test
  void unknownKey_isRefused_withItsPath() {
    assertRefused(
        "{\"LB\": {\"LBTESTCODE\": \"X\"}}",
        "map.json: $.LB.LBTESTCODE: 'LBTESTCODE': unknown key; allowed: LBTESTCD, LBSPEC, results,"
            + " volumeColumn");
    assertRefused(
        "{\"RS\": {}}",
        "map.json: $.RS: 'RS': unknown key; allowed: baselineVisit, TU, TR, LB, QS");
  }

  @Test
  void valueOfTheWrongType_isRefused_withItsPath() {
    assertRefused(
        "{\"QS\": {\"QSCAT\": 7}}", "map.json: $.QS.QSCAT: '7': allowed: a non-blank string");
    assertRefused(
        "{\"TR\": {\"score\": \" \"}}", "map.json: $.TR.score: ' ': allowed: a non-blank string");
    assertRefused("{\"TR\": []}", "map.json: $.TR: '[...]': allowed: an object");
  }

  @Test
  void wordThatIsNotOurs_isRefused_withThePathOfItsCode() {
    assertRefused(
        "{\"TU\": {\"sites\": {\"BRAIN, NODULAR\": \"BRAIN_NODULES\"}}}",
        "map.json: $.TU.sites[\"BRAIN, NODULAR\"]: 'BRAIN_NODULES': allowed: one of BRAIN_NODULE,"
            + " SPINE_NODULE, BRAIN_LEPTOMENINGEAL_ENHANCEMENT, SPINE_LEPTOMENINGEAL_ENHANCEMENT,"
            + " CRANIAL_NERVE_ENHANCEMENT, SPINAL_NERVE_ROOT_ENHANCEMENT, HYDROCEPHALUS");
  }

  @Test
  void domainsWithoutOne_isRefused() {
    assertRefused(
        "{\"QS\": {\"domains\": {\"G\": \"gait\"}}}",
        "map.json: $.QS.domains: '[gait]': no code for the domain 'strength'; allowed: a code for"
            + " each of "
            + Lano.INSTRUMENT.keys());
  }

  @Test
  void codeUsedTwice_isRefused() {
    assertRefused(
        "{\"TR\": {\"longDiameter\": \"LMSCORE\"}}",
        "map.json: $.TR.longDiameter: 'LMSCORE': the code is also used by $.TR.score");
  }

  @Test
  void qsItemCodeAlsoADomainCode_isRefused_namingTheItemsKey() {
    assertRefused(
        "{\"QS\": {\"steroids\": \"LMGAIT\"}}",
        "map.json: $.QS.steroids: 'LMGAIT': the code is also used by $.QS.domains (for 'gait');"
            + " allowed: a code of its own");
    assertRefused(
        "{\"QS\": {\"mriDone\": \"LMBEHAV\"}}",
        "map.json: $.QS.mriDone: 'LMBEHAV': the code is also used by $.QS.domains (for"
            + " 'behaviour'); allowed: a code of its own");
  }

  @Test
  void notJson_orNotAnObject_isRefused() {
    assertThatThrownBy(() -> read("{\"TR\": "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("map.json: not valid JSON (the mapping is refused): ");
    assertRefused(
        "[]", "map.json: $: not a JSON object; allowed: an object such as {\"QS\": {...}}");
    assertThatThrownBy(() -> read("{\"TR\": {}, \"TR\": {}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Duplicate field 'TR'");
  }
}
