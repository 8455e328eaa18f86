package org.rano.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The input side shared by the commands that read cases ({@code score}, {@code classify}): the
 * file or standard input, strict UTF-8 with an optional byte-order mark, and the wording of read
 * errors.
 */
final class CommandInput {
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private CommandInput() {}

  /**
   * Opens the input: standard input for {@code -}, otherwise the file. On failure prints the
   * usage error ({@code rano: FILE: cannot read: ...}) and returns empty.
   *
   * @param file the FILE parameter, {@code -} for standard input
   * @param stdin standard input
   * @param err standard error
   * @return the open input, or empty after a usage error was printed
   */
  static Optional<InputStream> open(String file, InputStream stdin, PrintWriter err) {
    if (isStdin(file)) {
      return Optional.of(stdin);
    }
    try {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        err.println("rano: " + file + ": cannot read: is a directory");
        return Optional.empty();
      }
      return Optional.of(Files.newInputStream(path));
    } catch (IOException | InvalidPathException e) {
      err.println("rano: " + file + ": cannot read: " + describe(e));
      return Optional.empty();
    }
  }

  /**
   * Tells whether FILE names standard input.
   *
   * @param file the FILE parameter
   * @return true for {@code -}
   */
  static boolean isStdin(String file) {
    return "-".equals(file);
  }

  /**
   * The input's name in messages.
   *
   * @param file the FILE parameter
   * @return {@code standard input} or the file name
   */
  static String name(String file) {
    return isStdin(file) ? "standard input" : file;
  }

  /**
   * Reads the whole input as strict UTF-8, skipping a byte-order mark.
   *
   * @param input the input
   * @return the text
   * @throws CharacterCodingException if the bytes are not valid UTF-8
   * @throws IOException if reading fails
   */
  static String readWhole(InputStream input) throws IOException {
    byte[] bytes = input.readAllBytes();
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
        .toString();
  }

  /**
   * Closes a file input; standard input stays open.
   *
   * @param file the FILE parameter
   * @param input the input opened for it
   */
  static void closeUnlessStdin(String file, InputStream input) {
    if (!isStdin(file)) {
      try {
        input.close();
      } catch (IOException e) {
        // Nothing was lost: everything has been read.
      }
    }
  }

  /**
   * Describes a read error in a few words, e.g. {@code no such file}.
   *
   * @param e the error
   * @return the description
   */
  static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    String kind = e.getClass().getSimpleName();
    return message == null ? kind : kind + ": " + message;
  }

  /**
   * Makes text safe for one line of standard error: control characters become {@code ?}.
   *
   * @param text the text, or null
   * @return the printable text, empty for null
   */
  static String printable(@Nullable String text) {
    return text == null ? "" : CONTROL.matcher(text).replaceAll("?");
  }

  /**
   * The standard-error line of a rejected case: {@code rano: <where> <id>: <path>: <message>},
   * with the id and the path left out when there are none.
   *
   * @param where the file name or {@code line N}
   * @param rejected the rejection
   * @return the line, without its end
   */
  static String errorLine(String where, Outcome.Rejected rejected) {
    return "rano: " + where
        + (rejected.caseId() == null ? "" : " " + printable(rejected.caseId())) + ": "
        + (rejected.path().isEmpty() ? "" : printable(rejected.path()) + ": ")
        + printable(rejected.message());
  }
}
