package org.rano.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.rano.InvalidInputException;

/**
 * The known fields of one kind of object of the case format, in the format's order, and the
 * streaming scan of such an object.
 *
 * <p>The order of errors: fields arrive in document order, but the format reports the first invalid
 * field in schema order (an unknown field of an object first, then its fields in the format's
 * order, a missing required one where it would be). The scan therefore keeps, per object, only the
 * small set of values read and the first error of each field ({@link Scan}); the object's reader
 * judges them in the format's order once the object is read. Errors of the text itself ({@link
 * JsonInput.Syntax}, a duplicate key, malformed JSON) are thrown at once and win over any other.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class Fields {

  private final List<String> names;
  private final Map<String, Integer> index;
  private final String noun;

  private Fields(List<String> names, String noun) {
    this.names = List.copyOf(names);
    this.noun = noun;
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      map.put(names.get(i), i);
    }
    this.index = map;
  }

  static Fields of(String noun, String... names) {
    return new Fields(List.of(names), noun);
  }

  static Fields of(String noun, List<String> names) {
    return new Fields(names, noun);
  }

  List<String> names() {
    return names;
  }

  /**
   * Reads the value of a known field; the parser is on its first token and leaves it on its last.
   */
  interface Reader {
    void read(int field) throws IOException;
  }

  /** Reads one element of an array; the parser is on its first token and leaves it on its last. */
  interface Element<T> {
    T read() throws IOException;
  }

  /**
   * The scan of one object, field by field ({@link #next()}), and what it found: which fields were
   * given, and the first error of each.
   */
  final class Scan {
    final boolean[] present;

    /** The error of each field, made with the first error (most objects have none). */
    @Nullable InvalidInputException @Nullable [] errors;

    @Nullable InvalidInputException unknown;

    /** The first error of a known field, in document order. */
    @Nullable InvalidInputException first;

    private final JsonInput in;
    private final JsonStreamContext context;
    private final int depth;

    /** The field being read, whose name is on the path; -1 between fields. */
    private int current = -1;

    private Scan(JsonInput in) {
      this.in = in;
      this.context = in.context();
      this.depth = in.depth();
      this.present = new boolean[names.size()];
    }

    /**
     * Moves to the next known field of the object: returns its index, with the parser on the first
     * token of its value and its name on the path; or -1 at the end of the object, with the parser
     * on its {@code END_OBJECT}. An unknown field is remembered and skipped; a key given twice is
     * thrown at once ({@link JsonInput#duplicate(String)}). The caller reads the field's value up
     * to its last token, or calls {@link #fail(InvalidInputException)}.
     */
    int next() throws IOException {
      if (current >= 0) {
        in.pop();
        current = -1;
      }
      for (JsonToken token = in.next(); token == JsonToken.FIELD_NAME; token = in.next()) {
        String name = in.name();
        in.next();
        Integer field = index.get(name);
        if (field == null) {
          if (unknown == null) {
            unknown = in.unknown(name, names, noun);
          }
          in.skipValue();
          continue;
        }
        if (present[field]) {
          JsonInput.Syntax twice = in.duplicate(name);
          if (twice != null) {
            throw twice;
          }
        }
        present[field] = true;
        in.push(name);
        current = field;
        return field;
      }
      return -1;
    }

    /**
     * Records the error of the field being read (the first in document order is kept apart too) and
     * skips what is left of its value.
     */
    void fail(InvalidInputException error) throws IOException {
      if (errors == null) {
        errors = new InvalidInputException[present.length];
      }
      errors[current] = error;
      if (first == null) {
        first = error;
      }
      in.resync(context, depth + 1);
    }

    boolean has(int field) {
      return present[field];
    }

    /** Throws the unknown field, if any. */
    void checkUnknown() {
      if (unknown != null) {
        throw unknown;
      }
    }

    /** Throws the error of a field, if any. */
    void check(int field) {
      @Nullable InvalidInputException[] all = errors;
      InvalidInputException error = all == null ? null : all[field];
      if (error != null) {
        throw error;
      }
    }
  }

  /** The elements read from an array, up to the first that failed, and its error. */
  record Elements<T>(List<T> values, @Nullable InvalidInputException error) {
    void check() {
      if (error != null) {
        throw error;
      }
    }
  }

  /**
   * Starts the scan of an object that its caller reads field by field ({@link Scan#next()}): the
   * parser is on its {@code START_OBJECT}, and is left on its {@code END_OBJECT} when {@code next}
   * returns -1.
   */
  Scan start(JsonInput in) throws IOException {
    in.requireObject();
    return new Scan(in);
  }

  /**
   * Scans an object, each known field's value read by the reader: the parser is on its {@code
   * START_OBJECT} and is left on its {@code END_OBJECT}.
   */
  Scan scan(JsonInput in, Reader reader) throws IOException {
    Scan scan = start(in);
    for (int field = scan.next(); field >= 0; field = scan.next()) {
      try {
        reader.read(field);
      } catch (InvalidInputException e) {
        scan.fail(e);
      }
    }
    return scan;
  }

  /**
   * Scans an array: the parser is on its {@code START_ARRAY} and is left on its {@code END_ARRAY}.
   * The elements after the first that failed are skipped, their text still checked.
   */
  static <T> Elements<T> array(JsonInput in, Element<T> element) throws IOException {
    in.requireArray();
    JsonStreamContext context = in.context();
    int depth = in.depth();
    List<T> values = new ArrayList<>();
    @Nullable InvalidInputException error = null;
    int i = 0;
    for (JsonToken token = in.next();
        token != null && token != JsonToken.END_ARRAY;
        token = in.next(), i++) {
      if (error != null) {
        in.skipValue();
        continue;
      }
      in.push(i);
      try {
        values.add(element.read());
      } catch (InvalidInputException e) {
        error = e;
        in.resync(context, depth + 1);
      }
      in.pop();
    }
    return new Elements<>(values, error);
  }

  /** Calls the library, re-prefixing its errors with the current path. */
  static <T> T core(JsonInput in, Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidInputException e) {
      throw e.withPrefix(in.path());
    }
  }

  /** Calls the library, re-prefixing its errors with the given path. */
  static <T> T core(String prefix, Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidInputException e) {
      throw e.withPrefix(prefix);
    }
  }

  /** Runs a library call whose only possible error concerns the field at {@code path}. */
  static <T> T coreAt(String path, Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidInputException e) {
      throw InvalidInputException.of(path, e.value(), e.problem());
    }
  }
}
