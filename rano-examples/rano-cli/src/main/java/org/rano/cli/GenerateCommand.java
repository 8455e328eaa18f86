package org.rano.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.rano.RanoLm;
import org.rano.cdisc.SdtmMapping;
import org.rano.cdisc.SdtmWriter;
import org.rano.json.CaseFormat;
import org.rano.json.CaseInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rano generate}: writes generated cases of raw assessments in the case format, one JSON
 * object per line (NDJSON), for measuring and testing the scoring of large cohorts. The same seed
 * and options always give the same bytes; memory does not grow with the number of cases. See {@link
 * CaseGenerator} for what the cases look like.
 *
 * <p>Exit codes: 0 the cases were written, 2 usage error (bad option value, a file that cannot be
 * opened), 3 output failed (a full disk, a closed pipe).
 */
@Command(
    name = "generate",
    header = "Writes generated RANO-LM cases as NDJSON, for measurement and testing.",
    description = {
      "Writes N cases of raw assessments in the case format, one JSON object per line, to "
          + "standard output or --output FILE, drawn from plausible distributions: a baseline "
          + "with 1-5 target lesions scored 1-3 (sometimes a normal MRI), non-targets, CSF "
          + "cytology positive or negative with a volume, steroids; follow-ups 3 to 8 weeks "
          + "apart along a course that improves, stays stable or progresses, with components "
          + "sometimes not done, domains and targets sometimes not evaluable, and new lesions.",
      "",
      "The same seed and options always give the same bytes (no clock is read); memory does "
          + "not grow with N. With --invalid-fraction F, about that fraction of the cases is "
          + "made invalid in one of several ways (a level out of range, six targets, dates out "
          + "of order, an unknown field or word, a duplicate key, a line that is not JSON, ...), "
          + "each of which 'rano score' rejects.",
      "",
      "Every write is checked: on a full disk or a closed pipe the command stops at once with "
          + "one line on standard error (exit 3). On SIGTERM or SIGINT the output (standard "
          + "output or --output FILE) ends after a whole line."
    },
    exitCodeList = {
      "0:the cases were written",
      "2:usage error (bad option value, an output file that cannot be created)",
      "3:output failed (a full disk, a closed pipe); the command stopped at once"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  rano generate --cases 1000 --seed 42 > cohort.ndjson",
      "  rano generate --cases 100000 --seed 7 --visits 12 --output big.ndjson",
      "  rano generate --cases 1000 --seed 7 --invalid-fraction 0.1 > some-invalid.ndjson",
      "  rano generate --cases 10 --seed 1 | rano score --ndjson -",
      "  rano generate --cases 20 --seed 7 --readers 3 --disagreement 0.1 > study.ndjson",
      "  rano generate --cases 50 --seed 7 --sdtm sdtm/"
    })
final class GenerateCommand extends Subcommand {

  /** The most follow-ups per case accepted. */
  static final int MAX_VISITS = 1000;

  /** {@code STUDYID} of the SDTM files written with {@code --sdtm}. */
  static final String SDTM_STUDY = "RANO-GEN";

  /** The most readers per patient accepted. */
  static final int MAX_READERS = 100;

  private final LineOutput out;
  private final PrintWriter err;

  @Option(
      names = "--cases",
      required = true,
      paramLabel = "N",
      description = "The number of cases to write, 0 or more.")
  private long cases;

  @Option(
      names = "--seed",
      required = true,
      paramLabel = "S",
      description = "The seed (any whole number): the same seed gives the same cases.")
  private long seed;

  @Option(
      names = "--visits",
      paramLabel = "V",
      description = "Follow-ups per case, 0 to " + MAX_VISITS + " (default ${DEFAULT-VALUE}).")
  private int visits = 4;

  @Option(
      names = "--invalid-fraction",
      paramLabel = "F",
      description = "The fraction of cases made invalid, 0 to 1 (default ${DEFAULT-VALUE}).")
  private double invalidFraction = 0;

  @Option(
      names = "--readers",
      paramLabel = "K",
      description =
          "Write an agreement study instead: K readers' ratings of each of the N patients (K lines "
              + "per patient, each with \"reader\": \"R1\"..\"RK\" and the reader's "
              + "\"reportedOverall\" calls), 1 to "
              + MAX_READERS
              + "; see --disagreement.")
  private int readers;

  @Option(
      names = "--disagreement",
      paramLabel = "P",
      description =
          "With --readers: the probability that a reader changes each rated value (a "
              + "neurological level, a CSF result, a target score, a non-target status) to a "
              + "neighbouring valid one, 0 to 1 (default ${DEFAULT-VALUE}); the reported calls "
              + "differ from the library's with probability 0.1 + P/2.")
  private double disagreement = 0.1;

  @Option(
      names = "--sdtm",
      paramLabel = "DIR",
      description =
          "Write the cohort as SDTM instead, with the default mapping of 'rano sdtm-cases': "
              + "tu.csv, tr.csv, lb.csv, qs.csv and dm.csv in DIR (created if missing; files "
              + "replaced), and rs.csv, each follow-up's overall response under the default "
              + "criteria as the investigator's (for 'rano adrs'). Not with --invalid-fraction or "
              + "--readers; per-case criteria and the site restated on a follow-up's target are "
              + "not written (SDTM has no place for them).")
  private @Nullable String sdtm;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  private @Nullable String output;

  /**
   * Obtains the command.
   *
   * @param out standard output, for the cases unless {@code --output} is given
   * @param err standard error, for error messages
   */
  GenerateCommand(LineOutput out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Writes the cases.
   *
   * @return the exit code: 0 written, 2 usage error
   * @throws LineOutput.Failure if writing failed (exit code 3)
   */
  @Override
  public Integer call() {
    String problem =
        cases < 0
            ? "--cases " + cases + ": allowed: 0 or more"
            : visits < 0 || visits > MAX_VISITS
                ? "--visits " + visits + ": allowed: 0 to " + MAX_VISITS
                : !(invalidFraction >= 0 && invalidFraction <= 1)
                    ? "--invalid-fraction " + invalidFraction + ": allowed: 0 to 1"
                    : readers < 0 || readers > MAX_READERS
                        ? "--readers " + readers + ": allowed: 1 to " + MAX_READERS
                        : !(disagreement >= 0 && disagreement <= 1)
                            ? "--disagreement " + disagreement + ": allowed: 0 to 1"
                            : readers > 0 && invalidFraction > 0
                                ? "--invalid-fraction cannot be combined with --readers"
                                : sdtm != null && (readers > 0 || invalidFraction > 0)
                                    ? "--sdtm cannot be combined with --readers or"
                                        + " --invalid-fraction"
                                    : sdtm != null && output != null
                                        ? "--sdtm cannot be combined with --output"
                                        : null;
    if (problem != null) {
      err.println("rano: " + problem);
      return Main.EXIT_USAGE;
    }
    CaseGenerator generator =
        new CaseGenerator(seed, visits, invalidFraction, readers, readers > 0 ? disagreement : 0);
    String directory = sdtm;
    if (directory != null) {
      return writeSdtm(generator, directory);
    }
    String file = output;
    if (file == null) {
      write(generator, out);
      out.flush();
      return Main.EXIT_OK;
    }
    return CommandOutput.toFile(file, err, to -> write(generator, to));
  }

  /** Writes the cases as SDTM files with the default mapping. */
  private int writeSdtm(CaseGenerator generator, String directory) {
    SdtmWriter writer = SdtmWriter.of(SdtmMapping.defaults(), SDTM_STUDY);
    for (long i = 0; i < cases; i++) {
      String line = generator.next();
      if (!(CaseFormat.withDefaults().read(line) instanceof CaseInput.Raw raw)) {
        throw new IllegalStateException("bug: a generated case is not a case of raw assessments");
      }
      // the investigator's calls as the files say them: without the case's own criteria
      writer.add(raw.lmCase(), RanoLm.withDefaults().assess(raw.lmCase()));
    }
    try {
      writer.write(Path.of(directory));
    } catch (IOException | InvalidPathException e) {
      err.println(CommandOutput.cannotWrite(directory, e));
      return Main.EXIT_OUTPUT;
    }
    return Main.EXIT_OK;
  }

  /** Writes the cases, one record per line; a failed write stops at once. */
  private void write(CaseGenerator generator, LineOutput to) {
    for (long i = 0; i < cases; i++) {
      to.write(generator.next() + "\n");
    }
  }
}
