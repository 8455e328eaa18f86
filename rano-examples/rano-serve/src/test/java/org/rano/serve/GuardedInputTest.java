package org.rano.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The clock and a reader of {@link GuardedInput}, interleaved by hand: the clock looks at a read,
 * the read ends, a new read begins, and only then does the clock act on what it saw.
 */
class GuardedInputTest {

  /** An input whose reads run an action first (the clock, stepping in during the read). */
  private static final class Stepped extends InputStream {
    private final InputStream in = new ByteArrayInputStream(new byte[] {1, 2, 3});
    @Nullable Runnable duringRead;

    @Override
    public int read() throws IOException {
      Runnable action = duringRead;
      if (action != null) {
        action.run();
      }
      return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      Runnable action = duringRead;
      if (action != null) {
        action.run();
      }
      return in.read(buffer, offset, length);
    }
  }

  private final Set<GuardedInput> reads = ConcurrentHashMap.newKeySet();

  @Test
  void clockActingOnAnEndedRead_doesNotCutOffTheNextRead() throws IOException {
    Stepped raw = new Stepped();
    GuardedInput in = new GuardedInput(raw, TimeUnit.HOURS.toNanos(1), reads);
    GuardedInput.Read[] seen = new GuardedInput.Read[1];
    raw.duringRead = () -> seen[0] = in.current(); // the clock looks at the first read
    assertThat(in.read()).isEqualTo(1);
    // the first read has ended; the second begins with a fresh deadline, and the clock, still
    // holding the first read's (now long past), acts on it while the second read waits
    boolean[] cut = new boolean[1];
    raw.duringRead = () -> cut[0] = in.cutOffIfLate(seen[0], seen[0].deadline + 1);
    assertThat(in.read()).isEqualTo(2);
    assertThat(cut[0]).isFalse();
    assertThat(Thread.interrupted()).isFalse();
    in.close();
    assertThat(reads).isEmpty();
  }

  @Test
  void clockActingOnTheReadInProgress_pastItsDeadline_cutsItOff() {
    Stepped raw = new Stepped();
    GuardedInput in = new GuardedInput(raw, TimeUnit.HOURS.toNanos(1), reads);
    boolean[] cut = new boolean[1];
    raw.duringRead =
        () -> {
          GuardedInput.Read now = in.current();
          cut[0] = in.cutOffIfLate(now, now.deadline + 1);
        };
    assertThatThrownBy(in::read).isInstanceOf(CutOff.class);
    assertThat(cut[0]).isTrue();
    assertThat(Thread.interrupted()).isFalse(); // the reader cleared the clock's interrupt
    assertThatThrownBy(in::read).isInstanceOf(CutOff.class); // and stays cut off
  }

  @Test
  void clockBeforeTheDeadline_leavesTheReadAlone() throws IOException {
    Stepped raw = new Stepped();
    GuardedInput in = new GuardedInput(raw, TimeUnit.HOURS.toNanos(1), reads);
    boolean[] cut = new boolean[1];
    raw.duringRead =
        () -> {
          GuardedInput.Read now = in.current();
          cut[0] = in.cutOffIfLate(now, now.deadline);
        };
    assertThat(in.read()).isEqualTo(1);
    assertThat(cut[0]).isFalse();
  }
}
