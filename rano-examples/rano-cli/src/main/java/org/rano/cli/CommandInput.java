package org.rano.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The input side shared by the commands that read cases ({@code score}, {@code classify}, {@code
 * report}, {@code agreement}): the file or standard input, opened, read and closed in one way,
 * strict UTF-8 with an optional byte-order mark, the limit of {@code --max-line-bytes}, and the
 * wording of read errors.
 */
final class CommandInput {
  /** The default of {@code --max-line-bytes}: 1 MiB. */
  static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

  /** The largest {@code --max-line-bytes} accepted: 1 GiB. */
  static final int MAX_MAX_LINE_BYTES = 1 << 30;

  /** For {@link #read}: a command whose output is not written while it reads. */
  static final Runnable NO_FLUSH = () -> {};

  /** Where Linux shows what descriptor 0 is. */
  private static final Path FDS = Path.of("/proc/self/fd");

  private static final Pattern PATH_SEPARATOR =
      Pattern.compile(Pattern.quote(java.io.File.pathSeparator));

  private CommandInput() {}

  /**
   * Obtains the standard input of the process, or a stand-in that {@link #open} reports as closed
   * when the process was started with descriptor 0 closed ({@code rano score - <&-}).
   *
   * <p>When descriptor 0 is closed, the JVM reuses it for the first file it opens, one of its own
   * ({@code lib/modules} under {@code java.home}, or a jar of the class path), so {@link System#in}
   * would read that file. On Linux the link {@code /proc/self/fd/0} names what descriptor 0 is;
   * elsewhere, or when the link cannot be read, standard input is taken as it is. A pipe, a file,
   * {@code /dev/null} and a terminal are all kept.
   *
   * @return {@link System#in}, or the closed stand-in, not null
   */
  static InputStream standardInput() {
    return isStandardInputClosed() ? new Closed() : System.in;
  }

  private static boolean isStandardInputClosed() {
    if (!Files.isDirectory(FDS)) {
      return false;
    }
    Path target;
    try {
      target = Files.readSymbolicLink(FDS.resolve("0"));
    } catch (NoSuchFileException e) {
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
    if (!target.isAbsolute()) {
      return false;
    }
    try {
      if (target.startsWith(
          Path.of(System.getProperty("java.home", "/nonexistent")).toRealPath())) {
        return true;
      }
      for (String entry :
          PATH_SEPARATOR.splitAsStream(System.getProperty("java.class.path", "")).toList()) {
        if (!entry.isEmpty()
            && entry.endsWith(".jar")
            && target.equals(Path.of(entry).toRealPath())) {
          return true;
        }
      }
    } catch (IOException | InvalidPathException | SecurityException e) {
      return false;
    }
    return false;
  }

  /** The stand-in for a closed standard input: every read fails. */
  private static final class Closed extends InputStream {
    @Override
    public int read() throws IOException {
      throw new IOException("standard input is closed");
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      throw new IOException("standard input is closed");
    }
  }

  /**
   * Opens the input: standard input for {@code -}, otherwise the file. On failure prints the usage
   * error ({@code rano: FILE: cannot read: ...}) and returns empty.
   *
   * @param file the FILE parameter, {@code -} for standard input
   * @param stdin standard input
   * @param err standard error
   * @return the open input, or empty after a usage error was printed
   */
  static Optional<InputStream> open(String file, InputStream stdin, PrintWriter err) {
    if (isStdin(file)) {
      if (stdin instanceof Closed) {
        err.println(
            "rano: standard input: cannot read: it is closed (descriptor 0 is not "
                + "open); give a FILE, or redirect standard input, e.g. '< cases.ndjson' or "
                + "'< /dev/null'");
        return Optional.empty();
      }
      return Optional.of(stdin);
    }
    try {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        err.println("rano: " + Echo.forTerminal(file, false) + ": cannot read: is a directory");
        return Optional.empty();
      }
      return Optional.of(Files.newInputStream(path));
    } catch (IOException | InvalidPathException e) {
      err.println(cannotRead(file, e));
      return Optional.empty();
    }
  }

  /** What a command does with its open input. */
  @FunctionalInterface
  interface Reading {
    /**
     * Reads the input and acts on what it holds.
     *
     * @param input the open input, not null
     * @return the command's exit code
     * @throws IOException if reading fails
     */
    int from(InputStream input) throws IOException;
  }

  /**
   * Opens a FILE (or standard input) as {@link #open} does, reads it, and closes it unless it is
   * standard input. A failure to open or to read it is a usage error: the line {@code rano: FILE:
   * cannot read: ...} on standard error and exit code {@value Main#EXIT_USAGE}. A command that
   * writes as it reads passes its output's flush, which runs before that line (so that the output
   * so far comes first) and once reading is over; another passes {@link #NO_FLUSH}.
   *
   * @param file the FILE parameter, {@code -} for standard input
   * @param stdin standard input
   * @param err standard error
   * @param flush the output's flush, or {@link #NO_FLUSH}
   * @param reading what the command does with the input
   * @return the exit code of the reading, or {@value Main#EXIT_USAGE} when the input could not be
   *     opened or read
   */
  static int read(
      String file, InputStream stdin, PrintWriter err, Runnable flush, Reading reading) {
    Optional<InputStream> opened = open(file, stdin, err);
    if (opened.isEmpty()) {
      return Main.EXIT_USAGE;
    }
    InputStream input = opened.get();
    try {
      return reading.from(input);
    } catch (IOException | UncheckedIOException e) {
      flush.run();
      err.println(cannotRead(name(file), e));
      return Main.EXIT_USAGE;
    } finally {
      flush.run();
      closeUnlessStdin(file, input);
    }
  }

  /**
   * The standard-error line of an input that could not be read: {@code rano: NAME: cannot read:
   * ...}, both parts made safe for a terminal.
   *
   * @param name the input's name in messages (a file name, {@code standard input})
   * @param e why it could not be read
   * @return the line, without its end
   */
  static String cannotRead(String name, Exception e) {
    return "rano: "
        + Echo.forTerminal(name, false)
        + ": cannot read: "
        + Echo.forTerminal(describe(e), false);
  }

  /**
   * The file an I/O error is about: the file a {@link FileSystemException} names, else the one the
   * command was reading, for a command that reads several files in one call.
   *
   * @param e the error
   * @param reading the file the command was reading when it failed
   * @return the file name, not null
   */
  static String fileOf(Exception e, String reading) {
    return e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : reading;
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
   * Tells whether a FILE is read one case per line whatever the options say: its name ends with
   * {@code .ndjson} or {@code .jsonl} (any case), the extensions of newline-delimited JSON.
   * Standard input is read as the options say.
   *
   * @param file the FILE parameter
   * @return true for a file named as NDJSON
   */
  static boolean namedAsLines(String file) {
    String name = file.toLowerCase(java.util.Locale.ROOT);
    return !isStdin(file) && (name.endsWith(".ndjson") || name.endsWith(".jsonl"));
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
   * Reads the whole input (one case) as strict UTF-8, skipping a byte-order mark, reading at most
   * one byte more than the maximum.
   *
   * @param input the input
   * @param maxBytes the most bytes accepted ({@code --max-line-bytes})
   * @return the text, or the fact that it is not UTF-8 or longer than the maximum, not null
   * @throws IOException if reading fails
   */
  static LineReader.Line readWhole(InputStream input, int maxBytes) throws IOException {
    byte[] bytes = input.readNBytes(maxBytes + 4);
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    if (bytes.length - start > maxBytes) {
      return LineReader.Line.tooLong(bytes.length - start);
    }
    return LineReader.Line.of(bytes, start, bytes.length);
  }

  /**
   * The error record of a text that could not be read as text: not UTF-8, or too long.
   *
   * @param line the line, whose status is not {@link LineReader.Status#TEXT}
   * @param maxBytes the most bytes accepted ({@code --max-line-bytes})
   * @param oneLine true for a line of {@code --ndjson}, false for the whole input
   * @return the rejection, not null
   */
  static Outcome.Rejected unreadable(LineReader.Line line, int maxBytes, boolean oneLine) {
    if (line.status() == LineReader.Status.NOT_UTF8) {
      return new Outcome.Rejected(null, "", "not JSON: the text is not valid UTF-8");
    }
    String what = oneLine ? "the line" : "the input";
    return new Outcome.Rejected(
        null,
        "",
        (oneLine
                ? what + " has " + line.size() + " bytes"
                : what + " has more than " + maxBytes + " bytes")
            + ", more than the maximum of "
            + maxBytes
            + "; allowed: at most "
            + maxBytes
            + " bytes per case (option --max-line-bytes); "
            + what
            + " was skipped unread");
  }

  /**
   * Finds the first line of a file longer than {@code --max-line-bytes}, for input that a library
   * reads whole (the CSV of {@code agreement --rs}): the file is read line by line, in memory
   * bounded by the maximum, before the library reads it. Lines end as {@link LineReader} ends them;
   * their text is not checked.
   *
   * @param file the file name as given
   * @param maxBytes the most bytes of a line ({@code --max-line-bytes})
   * @return the usage error naming the file, the line, its length and the limit, e.g. {@code rs.csv
   *     line 3: the line has 2000 bytes, more than the maximum of 1000; ...}, or one naming a file
   *     that is not a regular file (a pipe cannot be read twice), or null when no line is longer
   *     than the maximum
   * @throws IOException if reading fails
   * @throws InvalidPathException if the name is not a path
   */
  static @Nullable String longLine(String file, int maxBytes) throws IOException {
    Path path = Path.of(file);
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      // a pipe (--rs <(...)) could be read only once: this check, then the library, read it
      return file
          + ": not a regular file; allowed: a file, which is read more than once (not a pipe or a"
          + " directory); the file was not read";
    }
    try (InputStream input = Files.newInputStream(path)) {
      LineReader lines = new LineReader(input, NO_FLUSH, maxBytes);
      long number = 0;
      for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
        number++;
        if (line.status() == LineReader.Status.TOO_LONG) {
          return file
              + " line "
              + number
              + ": the line has "
              + line.size()
              + " bytes, more than the maximum of "
              + maxBytes
              + "; allowed: at most "
              + maxBytes
              + " bytes per line (option --max-line-bytes); the file was not read";
        }
      }
    }
    return null;
  }

  /**
   * Checks the value of {@code --max-line-bytes}, and prints the usage error of one that is not
   * allowed ({@code rano: --max-line-bytes N: allowed: ...}).
   *
   * @param maxBytes the value
   * @param err standard error
   * @return true when the value is allowed, false after the usage error was printed
   */
  static boolean maxLineBytesAllowed(int maxBytes, PrintWriter err) {
    String problem = checkMaxLineBytes(maxBytes);
    if (problem != null) {
      err.println("rano: " + problem);
      return false;
    }
    return true;
  }

  /**
   * Checks the value of {@code --max-line-bytes}.
   *
   * @param maxBytes the value
   * @return the usage error, or null when the value is allowed
   */
  static @Nullable String checkMaxLineBytes(int maxBytes) {
    return maxBytes < 1 || maxBytes > MAX_MAX_LINE_BYTES
        ? "--max-line-bytes " + maxBytes + ": allowed: 1 to " + MAX_MAX_LINE_BYTES
        : null;
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
   * The standard-error line of a rejected case: {@code rano: <where> <id>: <path>: <message>}, with
   * the id and the path left out when there are none.
   *
   * @param where the file name or {@code line N}
   * @param rejected the rejection
   * @return the line, without its end
   */
  static String errorLine(String where, Outcome.Rejected rejected) {
    return "rano: "
        + where
        + (rejected.caseId() == null
            ? ""
            : " " + Echo.forTerminal(Echo.quote(rejected.caseId()), false))
        + ": "
        + (rejected.path().isEmpty() ? "" : Echo.forTerminal(rejected.path(), false) + ": ")
        + Echo.forTerminal(rejected.message(), false);
  }
}
