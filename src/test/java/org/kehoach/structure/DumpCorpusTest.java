package org.kehoach.structure;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Prints the outline of every sample plan; enabled only with -Dkehoach.dump=true. */
class DumpCorpusTest {
  @Test
  void dump() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("kehoach.dump"), "set -Dkehoach.dump=true to print outlines");
    Segmenter seg = new Segmenter();
    for (String slug : new String[] {"2014_ha-nam", "2020_hong-ngu", "2023_cam-pha", "2025_bu-gia-map-school",
        "2025_ly-son"}) {
      String text = CorpusText.read(slug);
      System.out.println("===== " + slug);
      System.out.println(StructureDump.dump(text, seg.segment(text), Boolean.getBoolean("kehoach.dump.items")));
    }
  }
}
