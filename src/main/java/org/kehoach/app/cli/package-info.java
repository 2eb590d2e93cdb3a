/**
 * The command line: thin picocli commands that parse arguments, call the pipeline or the evaluation, print
 * and return exit codes. Holds no business logic; nothing in the project depends on it.
 */
package org.kehoach.app.cli;
