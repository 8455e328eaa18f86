package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Policy}: the one list of the specification's policies, and the README's policy table,
 * which must list the same policies in the same order with the same rule and default.
 */
class PolicyTest {

  /** The README at the top of the project, from the module directory the tests run in. */
  private static final Path README = Path.of("..", "README.md");

  @Test
  void keys_areUnique_andArePoliciesInOrder() {
    List<String> keys = Arrays.stream(Policy.values()).map(Policy::key).toList();

    assertThat(keys).doesNotHaveDuplicates();
    assertThat(Criteria.defaults().policies().keySet()).containsExactlyElementsOf(keys);
    assertThat(Criteria.policyNames()).isEqualTo(String.join(", ", keys));
  }

  @ParameterizedTest
  @EnumSource(Policy.class)
  void everyPolicy_namesARuleOfTheSpecification(Policy policy) {
    if (!policy.rule().equals("4.4")) { // imaging: a section, not a rule
      assertThat(RuleId.ofId(policy.rule()).id()).isEqualTo(policy.rule());
    }
    assertThat(policy.summary()).isNotBlank();
    assertThat(policy.allowed()).isNotBlank();
    assertThat(Policy.ofKey(policy.key())).isSameAs(policy);
  }

  @ParameterizedTest
  @EnumSource(Policy.class)
  void everyPolicy_itsDefaultAsText_givesTheDefaults(Policy policy) {
    Criteria same = policy.set(Criteria.defaults(), text(policy.defaultValue()));

    assertThat(same.policies()).isEqualTo(Criteria.defaults().policies());
    assertThat(policy.valueIn(same)).isEqualTo(policy.defaultValue());
  }

  @ParameterizedTest
  @EnumSource(Policy.class)
  void everyPolicy_aWordOfAnotherKind_isRejectedNamingThePolicy(Policy policy) {
    String bad = policy.kind() == Policy.Kind.SWITCH ? "TRUE" : "maybe";

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> policy.set(Criteria.defaults(), bad));

    assertThat(e.path()).isEqualTo(policy.key());
    assertThat(e.value()).isEqualTo(bad);
    assertThat(e.problem()).contains("\"" + bad + "\"");
  }

  @Test
  void ofKey_unknown_listsThePolicies() {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> Policy.ofKey("confirmationDay"));

    assertThat(e.path()).isEqualTo("confirmationDay");
    assertThat(e.problem()).contains("unknown policy", "confirmationDays");
  }

  @Test
  void words_areTheKeyInLowerCaseWords() {
    assertThat(Policy.CSF_MINIMUM_VOLUME_ML.words()).isEqualTo("csf minimum volume ml");
    assertThat(Policy.IMAGING.words()).isEqualTo("imaging");
  }

  @Test
  void readmePolicyTable_listsEveryPolicyInOrder_withItsDefaultAndRule() throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    int header = lines.indexOf("| Policy | Default | Alternatives | Rule |");
    assertThat(header).as("the policy table's header in README.md").isNotNegative();
    List<List<String>> rows = new ArrayList<>();
    for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      rows.add(Splitter.on('|').trimResults().splitToList(lines.get(i)));
    }
    List<Policy> policies = List.of(Policy.values());

    assertThat(rows)
        .extracting(row -> row.get(1))
        .containsExactlyElementsOf(policies.stream().map(p -> "`" + p.key() + "`").toList());
    Iterator<List<String>> row = rows.iterator();
    for (Policy policy : policies) {
      List<String> cells = row.next();
      assertThat(cells.get(2).replace("`", ""))
          .as("default of %s", policy)
          .startsWith(text(policy.defaultValue()));
      assertThat(cells.get(4)).as("rule of %s", policy).isEqualTo(policy.rule());
    }
  }

  private static String text(Object value) {
    return value instanceof java.math.BigDecimal number ? number.toPlainString() : value.toString();
  }
}
