package org.rano;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The response categories: the TIME-4 ranking CR > PR > SD > NON-CR/NON-PD > PD > NE (NON-CR/NON-PD
 * placed as pharmaverse admiralonco ranks it, issue 15), what is a response, and the codes.
 */
class ResponseTest {

  private static final List<Response> BEST_FIRST =
      List.of(
          Response.CR, Response.PR, Response.SD, Response.NON_CR_NON_PD, Response.PD, Response.NE);

  @Test
  void everyResponseIsRanked() {
    assertThat(BEST_FIRST).containsExactlyInAnyOrder(Response.values());
  }

  @Test
  void isBetterThan_followsTheRankingOfTime4() {
    for (int i = 0; i < BEST_FIRST.size(); i++) {
      for (int j = 0; j < BEST_FIRST.size(); j++) {
        assertThat(BEST_FIRST.get(i).isBetterThan(BEST_FIRST.get(j)))
            .as("%s better than %s", BEST_FIRST.get(i), BEST_FIRST.get(j))
            .isEqualTo(i < j);
      }
    }
  }

  @Test
  void isResponse_onlyCrAndPr() {
    assertThat(BEST_FIRST)
        .filteredOn(Response::isResponse)
        .containsExactly(Response.CR, Response.PR);
  }

  @Test
  void isRanoLm_allButNonCrNonPd() {
    assertThat(BEST_FIRST)
        .filteredOn(response -> !response.isRanoLm())
        .containsExactly(Response.NON_CR_NON_PD);
  }

  @Test
  void meaning_isReadable() {
    assertThat(Response.CR.meaning()).isEqualTo("complete response");
    assertThat(Response.PR.meaning()).isEqualTo("partial response");
    assertThat(Response.SD.meaning()).isEqualTo("stable disease");
    assertThat(Response.NON_CR_NON_PD.meaning())
        .isEqualTo("neither complete response nor progressive disease");
    assertThat(Response.PD.meaning()).isEqualTo("progressive disease");
    assertThat(Response.NE.meaning()).isEqualTo("not evaluable");
  }

  @Test
  void code_isTheCdiscCode_andToStringGivesIt() {
    assertThat(BEST_FIRST)
        .extracting(Response::code)
        .containsExactly("CR", "PR", "SD", "NON-CR/NON-PD", "PD", "NE");
    for (Response response : Response.values()) {
      assertThat(response.toString()).isEqualTo(response.code());
    }
  }

  @Test
  void ofCode_findsEveryCodeExactly() {
    for (Response response : Response.values()) {
      assertThat(Response.ofCode(response.code())).contains(response);
    }
    assertThat(Response.ofCode("NON_CR_NON_PD")).isEmpty();
    assertThat(Response.ofCode("non-cr/non-pd")).isEmpty();
    assertThat(Response.ofCode("pr")).isEmpty();
    assertThat(Response.ofCode("")).isEqualTo(Optional.empty());
  }
}
