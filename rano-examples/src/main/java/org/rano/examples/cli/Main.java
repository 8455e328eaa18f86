package org.rano.examples.cli;

/** Placeholder replaced by the command-line program. */
public final class Main {
  private Main() {}

  /**
   * Runs the program.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {}
}
