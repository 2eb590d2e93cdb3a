package org.kehoach.extract.metadata;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.model.PageLocator;
import org.kehoach.structure.Segmenter;

/** Prints the metadata of every sample plan; enabled only with -Dkehoach.dump=true. */
class DumpMetadataTest {
  @Test
  void dump() {
    Assumptions.assumeTrue(Boolean.getBoolean("kehoach.dump"), "set -Dkehoach.dump=true to print metadata");
    MetadataExtractor extractor = new MetadataExtractor(Gazetteers.loadDefault());
    Segmenter segmenter = new Segmenter();
    for (CorpusSamples s : CorpusSamples.load()) {
      MetadataResult r = extractor.extract(s.text(), segmenter.segment(s.text()), PageLocator.none());
      System.out.println("===== " + s.slug());
      System.out.println(r.document());
      System.out.println(r.signer());
      System.out.println(r.recipients());
      System.out.println(r.spans());
      r.warnings().forEach(w -> System.out.println("WARN " + w));
    }
  }
}
