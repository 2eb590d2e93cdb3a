package org.kehoach.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.model.PageLocator;
import org.kehoach.structure.Segmenter;

/**
 * Scores the metadata of the sample plans ({@code corpus/*.txt}) against the gold files by the gold
 * README's rules ({@link GoldScore}); prints the per-field table. The bar is 0.97 of all fields right.
 */
class MetadataCorpusTest {
  @Test
  void metadataFieldsMatchGold() {
    MetadataExtractor extractor = new MetadataExtractor(Gazetteers.loadDefault());
    Segmenter segmenter = new Segmenter();
    GoldScore score = new GoldScore();
    for (CorpusSamples s : CorpusSamples.load()) {
      score.add(s.slug() + ".txt", s.gold(), extractor.extract(s.text(), segmenter.segment(s.text()), PageLocator.none()));
    }
    String report = score.report("metadata on corpus/*.txt");
    System.out.println(report);
    assertTrue(score.accuracy() >= 0.97, report);
  }
}
