/**
 * The command line: picocli subcommands that parse arguments, call the pipeline and map outcomes to exit
 * codes. No business logic lives here.
 */
package org.kehoach.app.cli;
