package org.kehoach.gazetteer;

/** How a phrase names a unit: its bare name, a current alias, or a name it had before 2025-03. */
public enum NameKind {
  NAME,
  ALIAS,
  FORMER_NAME
}
