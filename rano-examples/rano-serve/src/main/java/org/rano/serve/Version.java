package org.rano.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of the build, from {@code version.properties} (Maven resource filtering). */
final class Version {
  private Version() {}

  /**
   * The version of the build.
   *
   * @return e.g. {@code 0.1.0-SNAPSHOT}, or {@code development build} when the resource is missing
   *     or was not filtered
   */
  static String version() {
    String version = "development build";
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String value = properties.getProperty("version", "");
        if (!value.isEmpty() && !value.startsWith("$")) {
          version = value;
        }
      }
    } catch (IOException e) {
      // Keep "development build".
    }
    return version;
  }
}
