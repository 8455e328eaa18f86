package org.rano.serve;

/** A request body that sent no byte within the read timeout: its connection is closed. */
final class CutOff extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CutOff() {
    super("the client sent nothing within the read timeout", null, false, false);
  }
}
