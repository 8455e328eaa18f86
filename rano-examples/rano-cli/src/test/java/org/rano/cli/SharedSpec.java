package org.rano.cli;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the project's copy of the specification's public material ({@code
 * rano-examples/rano-json/src/test/resources/spec}: the rules, the conformance cases with their
 * expected results, and the worked examples; see its README). The copy is part of the project, so a
 * test that needs it fails, never skips, when it is missing: a fresh clone with nothing beside it
 * runs every case.
 */
final class SharedSpec {
  private SharedSpec() {}

  /**
   * Relative to the module directory, the working directory of the tests: the copy lives with
   * rano-json, the case format's own module.
   */
  private static final Path FOLDER = Path.of("..", "rano-json", "src", "test", "resources", "spec");

  /**
   * Obtains the folder, or fails the calling test when it is missing.
   *
   * @return the folder, not null
   */
  static Path locate() {
    if (!Files.isDirectory(FOLDER.resolve("conformance"))) {
      fail(
          "the project's copy of the specification was not found at "
              + FOLDER.toAbsolutePath().normalize());
    }
    return FOLDER.toAbsolutePath().normalize();
  }
}
