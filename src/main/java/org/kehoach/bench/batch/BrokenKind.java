package org.kehoach.bench.batch;

import java.util.List;

/**
 * The kinds of broken or hostile input a real archive holds, each with the failure code {@code kehoach parse}
 * must give it at its default limits and the file names it comes under (several on purpose: an extension that
 * lies about broken content must not change the outcome).
 */
enum BrokenKind {
  /** A file of 0 bytes. */
  ZERO_BYTES("EMPTY", List.of(".pdf", ".docx", ".txt", ".doc")),
  /** The first few kilobytes of a text-layer PDF: the download that stopped. */
  TRUNCATED_PDF("CORRUPT", List.of(".pdf")),
  /** The first half or so of a DOCX: a ZIP package without its central directory. */
  TRUNCATED_DOCX("CORRUPT", List.of(".docx")),
  /** A PDF header over random bytes. */
  CORRUPT_PDF("CORRUPT", List.of(".pdf")),
  /** A sample PDF protected with a user password. */
  PASSWORD_PDF("ENCRYPTED", List.of(".pdf")),
  /** A DOCX whose document part expands from a few hundred kilobytes to 200 MB. */
  DOCX_ZIP_BOMB("TOO_LARGE", List.of(".docx")),
  /** A text-layer PDF of more pages than the default page limit (1,000). */
  HUGE_PDF("TOO_LARGE", List.of(".pdf")),
  /** Random bytes, under the names of the formats the tool reads. */
  RANDOM_BYTES("UNSUPPORTED", List.of(".txt", ".pdf", ".doc", ".docx")),
  /** A Vietnamese news article: text, but not an administrative plan. */
  NEWS_ARTICLE("NOT_A_PLAN", List.of(".txt")),
  /** A plan-like text of 5,000 pages of about 1,500 characters: over the default character limit. */
  FIVE_THOUSAND_PAGES("TOO_LARGE", List.of(".txt"));

  private final String code;
  private final List<String> extensions;

  BrokenKind(String code, List<String> extensions) {
    this.code = code;
    this.extensions = extensions;
  }

  /** The failure code parse must report for this kind. */
  String code() {
    return code;
  }

  /** The extension of the {@code n}-th file of this kind (0-based): the kind's extensions in turn. */
  String extension(int n) {
    return extensions.get(n % extensions.size());
  }
}
