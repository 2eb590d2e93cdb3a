package org.kehoach.app.cli;

/** Process exit codes shared by every command. */
final class ExitCodes {
  /** Everything succeeded. */
  static final int OK = 0;
  /** The command ran, but at least one input failed (each failure was reported on its own line). */
  static final int SOME_FAILED = 1;
  /** The command line itself was wrong. */
  static final int USAGE = 2;
  /** An unexpected internal error. */
  static final int INTERNAL = 3;

  private ExitCodes() {}
}
