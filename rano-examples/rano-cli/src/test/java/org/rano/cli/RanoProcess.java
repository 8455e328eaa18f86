package org.rano.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built {@code rano} command as a separate JVM, with the test's own class path (the
 * surefire phase runs before the jar is packaged), so that what the operating system does to a
 * process (a full disk, a closed pipe, SIGTERM, a closed descriptor 0) can be tested.
 */
final class RanoProcess {
  private RanoProcess() {}

  /** The class path of this test JVM, which holds the command and its dependencies. */
  static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank()
        ? surefire
        : System.getProperty("java.class.path");
  }

  /** The command line of {@code java [jvmOptions] -cp ... Main args}. */
  static List<String> command(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath());
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  /** A process builder for {@code rano args}. */
  static ProcessBuilder builder(String... args) {
    return new ProcessBuilder(command(List.of(), args));
  }

  /**
   * What a finished run printed and returned.
   *
   * @param exitCode the exit code
   * @param out standard output as UTF-8
   * @param err standard error as UTF-8
   */
  record Result(int exitCode, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  /** Runs {@code rano args} with standard input from a file, waiting for it to end. */
  static Result run(ProcessBuilder builder, Path dir) throws IOException, InterruptedException {
    File out = dir.resolve("out-" + System.nanoTime()).toFile();
    File err = dir.resolve("err-" + System.nanoTime()).toFile();
    if (builder.redirectOutput().type() == ProcessBuilder.Redirect.Type.PIPE) {
      builder.redirectOutput(out);
    }
    builder.redirectError(err);
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("rano did not end: " + builder.command());
    }
    return new Result(
        process.exitValue(),
        out.exists() ? Files.readString(out.toPath(), StandardCharsets.UTF_8) : "",
        Files.readString(err.toPath(), StandardCharsets.UTF_8));
  }

  /** Runs {@code rano args} with the given standard input text. */
  static Result withInput(Path dir, String stdin, String... args)
      throws IOException, InterruptedException {
    Path input = dir.resolve("in-" + System.nanoTime());
    Files.writeString(input, stdin, StandardCharsets.UTF_8);
    return run(builder(args).redirectInput(input.toFile()), dir);
  }
}
