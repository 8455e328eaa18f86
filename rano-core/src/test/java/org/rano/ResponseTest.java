package org.rano;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The response categories: the TIME-4 ranking CR > PR > SD > PD > NE and what is a response. */
class ResponseTest {

  private static final List<Response> BEST_FIRST =
      List.of(Response.CR, Response.PR, Response.SD, Response.PD, Response.NE);

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
  void meaning_isReadable() {
    assertThat(Response.CR.meaning()).isEqualTo("complete response");
    assertThat(Response.PR.meaning()).isEqualTo("partial response");
    assertThat(Response.SD.meaning()).isEqualTo("stable disease");
    assertThat(Response.PD.meaning()).isEqualTo("progressive disease");
    assertThat(Response.NE.meaning()).isEqualTo("not evaluable");
  }
}
