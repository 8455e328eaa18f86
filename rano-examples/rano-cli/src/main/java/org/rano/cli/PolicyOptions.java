package org.rano.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rano.Criteria;
import org.rano.InvalidInputException;
import org.rano.Policy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The criteria options of {@code rano score}, one per {@link Policy}, made from the library's list
 * rather than written out: the option name is the policy's name in kebab case ({@code
 * csfMinimumVolumeMl} is {@code --csf-minimum-volume-ml}), its help text the policy's rule,
 * summary, allowed values and default, and its value is read by the library ({@link
 * Criteria#with(String, String)}). Two policies keep the shorter names the command has always had,
 * and two switches stay flags without a value, as they always were.
 *
 * <p>This class is stateless and thread-safe.
 */
final class PolicyOptions {
  private PolicyOptions() {}

  /** Option names that are not the policy's name in kebab case (kept for compatibility). */
  private static final Map<Policy, String> SHORT_NAMES =
      Map.of(
          Policy.NEURO_MISSING_DOMAINS, "--neuro-missing",
          Policy.IMAGING_PROGRESSION_REFERENCE, "--imaging-reference");

  /** Switches given as flags: present means true (kept for compatibility). */
  private static final Set<Policy> FLAGS =
      Set.of(Policy.ACCEPT_SD_BETWEEN, Policy.RESPONSE_REQUIRES_CSF_CLEARANCE);

  /**
   * Obtains the option of a policy.
   *
   * @param policy the policy
   * @return the option name, e.g. {@code --confirmation-days}
   */
  static String option(Policy policy) {
    String name = SHORT_NAMES.get(policy);
    return name != null ? name : "--" + policy.words().replace(' ', '-');
  }

  /**
   * Adds an option per policy to a command, in the specification's order, and the list of the
   * policy names to its help footer.
   *
   * @param spec the command
   */
  static void addTo(CommandSpec spec) {
    for (Policy policy : Policy.values()) {
      boolean flag = FLAGS.contains(policy);
      spec.addOption(
          OptionSpec.builder(option(policy))
              .type(flag ? boolean.class : String.class)
              .arity(flag ? "0" : "1")
              .paramLabel(label(policy))
              .description(description(policy, flag))
              .build());
    }
    List<String> footer = new ArrayList<>();
    StringBuilder line = new StringBuilder(" ");
    Policy[] policies = Policy.values();
    for (int i = 0; i < policies.length; i++) {
      String word = " " + policies[i].key() + (i < policies.length - 1 ? "," : "");
      if (line.length() + word.length() > 76) { // picocli wraps footer lines at 80
        footer.add(line.toString());
        line = new StringBuilder(" ");
      }
      line.append(word);
    }
    footer.add(line.toString());
    footer.addAll(List.of(spec.usageMessage().footer()));
    spec.usageMessage().footer(footer.toArray(new String[0]));
  }

  /**
   * Obtains the criteria the options of a command set, in the specification's order of the
   * policies, on the defaults.
   *
   * @param spec the command, parsed
   * @return the criteria, not null
   * @throws IllegalArgumentException naming the option, for a value the policy does not allow
   */
  static Criteria criteria(CommandSpec spec) {
    Criteria criteria = Criteria.defaults();
    for (Policy policy : Policy.values()) {
      String option = option(policy);
      @Nullable Object value = spec.findOption(option).getValue();
      if (value == null || Boolean.FALSE.equals(value)) {
        continue; // not given (a flag not given is false, the default of both flags)
      }
      try {
        criteria = policy.set(criteria, value.toString());
      } catch (InvalidInputException e) {
        throw new IllegalArgumentException(option + ": " + e.problem(), e);
      }
    }
    return criteria;
  }

  /**
   * Obtains the criteria the options of a command set, as {@link #criteria(CommandSpec)} does, and
   * prints the usage error of a value a policy does not allow ({@code rano: --option: problem}).
   *
   * @param spec the command, parsed
   * @param err standard error
   * @return the criteria, or empty after the usage error was printed
   */
  static Optional<Criteria> criteria(CommandSpec spec, PrintWriter err) {
    try {
      return Optional.of(criteria(spec));
    } catch (IllegalArgumentException e) {
      err.println("rano: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static String label(Policy policy) {
    return switch (policy.kind()) {
      case ENUM -> policy.allowed().replace(", ", "|");
      case SWITCH -> "true|false";
      case DAYS, POINTS -> "N";
      case VOLUME -> "ML";
    };
  }

  private static String description(Policy policy, boolean flag) {
    return policy.rule()
        + " "
        + policy.key()
        + ": "
        + policy.summary()
        + " ("
        + (flag
            ? "sets it to true; "
            : policy.kind() == Policy.Kind.ENUM || policy.kind() == Policy.Kind.SWITCH
                ? ""
                : policy.allowed() + "; ")
        + "default "
        + policy.defaultValue()
        + ").";
  }
}
