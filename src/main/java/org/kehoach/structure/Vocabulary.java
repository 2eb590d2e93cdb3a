package org.kehoach.structure;

import java.util.Objects;

/**
 * The word lists segmentation matches against, loaded once and shared read-only.
 *
 * @param issuers first words of issuing-body lines
 * @param signerTitles signer titles of a signature block
 * @param preambleOpeners words that open a preamble paragraph
 * @param closingOpeners words that open the closing statement
 * @param itemLabels labels of labelled items ("Chỉ tiêu", "Dự án")
 * @param boilerplate web-page chrome
 * @param sectionKinds the heading vocabulary
 */
record Vocabulary(
    Lexicon issuers,
    Lexicon signerTitles,
    Lexicon preambleOpeners,
    Lexicon closingOpeners,
    Lexicon itemLabels,
    Lexicon boilerplate,
    SectionKindClassifier sectionKinds) {
  Vocabulary {
    Objects.requireNonNull(issuers, "issuers");
    Objects.requireNonNull(signerTitles, "signerTitles");
    Objects.requireNonNull(preambleOpeners, "preambleOpeners");
    Objects.requireNonNull(closingOpeners, "closingOpeners");
    Objects.requireNonNull(itemLabels, "itemLabels");
    Objects.requireNonNull(boilerplate, "boilerplate");
    Objects.requireNonNull(sectionKinds, "sectionKinds");
  }

  /** The lists shipped in the resources next to this package. */
  static Vocabulary standard() {
    return new Vocabulary(
        Lexicon.resource("issuer-prefixes.txt"),
        Lexicon.resource("signer-titles.txt"),
        Lexicon.resource("preamble-openers.txt"),
        Lexicon.resource("closing-openers.txt"),
        Lexicon.resource("item-labels.txt"),
        Lexicon.resource("boilerplate.txt"),
        SectionKindClassifier.standard());
  }
}
