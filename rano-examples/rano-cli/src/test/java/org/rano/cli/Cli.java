package org.rano.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the {@code rano} command in-process with captured standard streams. */
final class Cli {
  private Cli() {}

  /**
   * What one run printed and returned.
   *
   * @param exitCode the exit code
   * @param out standard output, decoded as UTF-8
   * @param err standard error, decoded as UTF-8
   */
  record Run(int exitCode, String out, String err) {
    /** The lines of standard output. */
    List<String> outLines() {
      return out.lines().toList();
    }

    /** The lines of standard error. */
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  /** Runs with the given standard input. */
  static Run withInput(String stdin, String... args) {
    return withInput(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /** Runs with the given standard input bytes. */
  static Run withInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs with empty standard input. */
  static Run run(String... args) {
    return withInput("", args);
  }
}
