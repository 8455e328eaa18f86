package org.rano.examples.cli;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Locates the shared specification folder ({@code shared/spec}, beside the repository). Tests
 * that need it fail when the environment variable {@code CI} is set and the folder is missing,
 * and are skipped with a message otherwise.
 */
final class SharedSpec {
  private SharedSpec() {}

  /** Candidates, relative to the module directory (the working directory of the tests). */
  private static final List<Path> CANDIDATES = List.of(
      Path.of("..", "..", "shared", "spec"),
      Path.of("..", "shared", "spec"));

  /**
   * Obtains the folder, or skips (fails on CI) the calling test when it is missing.
   *
   * @return the folder, not null
   */
  static Path locate() {
    for (Path candidate : CANDIDATES) {
      if (Files.isDirectory(candidate.resolve("conformance"))) {
        return candidate.toAbsolutePath().normalize();
      }
    }
    String message = "the shared specification folder was not found (tried "
        + CANDIDATES.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()
        + ")";
    if (System.getenv("CI") != null) {
      fail(message + "; it is required on CI");
    }
    assumeTrue(false, message + "; skipped outside CI");
    throw new AssertionError("unreachable");
  }
}
