package org.kehoach.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one evaluation run: the per-file scores and the files that could not be scored. Totals are
 * micro-averages: counts summed over all scored files, then the ratios.
 *
 * @param files the scored predictions, in file-name order
 * @param withoutGold predictions whose gold document is missing (listed, not scored)
 * @param unreadable prediction files that could not be used, one line each
 * @param goldWithoutPrediction gold documents no prediction was scored against (listed, not scored)
 */
public record EvalReport(
    List<FileResult> files, List<String> withoutGold, List<String> unreadable, List<String> goldWithoutPrediction) {
  public EvalReport {
    files = List.copyOf(files);
    withoutGold = List.copyOf(withoutGold);
    unreadable = List.copyOf(unreadable);
    goldWithoutPrediction = List.copyOf(goldWithoutPrediction);
  }

  /** Whether any scored file's gold annotates the part. */
  public boolean scored(Part part) {
    return files.stream().anyMatch(f -> f.parts().containsKey(part));
  }

  public Counts total(Part part) {
    return files.stream()
        .map(f -> f.parts().get(part))
        .filter(r -> r != null)
        .map(PartResult::counts)
        .reduce(Counts.ZERO, Counts::plus);
  }

  public int optionalPaired(Part part) {
    return files.stream().map(f -> f.parts().get(part)).filter(r -> r != null)
        .mapToInt(PartResult::optionalPaired).sum();
  }

  /** Attribute accuracies of a part summed over files, in the matcher's order. */
  public Map<String, Accuracy> attributes(Part part) {
    Map<String, Accuracy> out = new LinkedHashMap<>();
    for (FileResult f : files) {
      PartResult r = f.parts().get(part);
      if (r != null) {
        r.attributes().forEach((k, v) -> out.merge(k, v, Accuracy::plus));
      }
    }
    return out;
  }

  /** Metadata accuracy: fields correct over fields scored, all files. */
  public Accuracy metadata() {
    return files.stream().map(f -> f.metadata().accuracy()).reduce(Accuracy.NONE, Accuracy::plus);
  }

  public Accuracy metadata(MetadataField field) {
    return files.stream().map(f -> f.metadata().accuracy(field)).reduce(Accuracy.NONE, Accuracy::plus);
  }
}
