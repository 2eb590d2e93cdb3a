package org.kehoach.index.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kehoach.index.IndicatorLexicon;
import org.kehoach.index.PlanRecord;
import org.kehoach.model.Comparator;
import org.kehoach.model.Direction;
import org.kehoach.model.Issuer;
import org.kehoach.model.IssuerLevel;
import org.kehoach.model.PlanDocument;
import org.kehoach.model.PlanLocation;
import org.kehoach.model.PlanSource;
import org.kehoach.model.SourceFormat;
import org.kehoach.model.Span;
import org.kehoach.model.Target;
import org.kehoach.model.TargetUnit;

/** Alignment and ambition on invented targets of the shapes plans use. */
class TargetAlignerTest {
  private final TargetAligner aligner = new TargetAligner(0.6);

  static Target t(String indicator, String name, double value, TargetUnit unit, Comparator c, Direction d) {
    return new Target(indicator, name, name + " " + value, value, null, unit, c, d, 2024, new Span(0, 1, null));
  }

  @Test
  void sameIndicatorAlignsWhateverTheWording() {
    List<TargetAligner.Pair> pairs = aligner.align(
        List.of(t("x.drowning", "số trẻ em tử vong do đuối nước", 5, TargetUnit.COUNT, null, null)),
        List.of(t("x.drowning", "trẻ em bị đuối nước", 3, TargetUnit.COUNT, null, null)));
    assertEquals(1, pairs.size());
    assertEquals(TargetChange.Alignment.INDICATOR, pairs.get(0).alignment());
  }

  @Test
  void differentUnitsNeverAlignEvenWithTheSameIndicatorOrPhrase() {
    assertTrue(aligner.align(
        List.of(t("x.drowning", "trẻ em tử vong do đuối nước", 5, TargetUnit.COUNT, null, null)),
        List.of(t("x.drowning", "trẻ em tử vong do đuối nước", 2, TargetUnit.PER_100000, null, null))).isEmpty());
    assertTrue(aligner.align(
        List.of(t(null, "trẻ em tử vong do đuối nước", 5, TargetUnit.COUNT, null, null)),
        List.of(t(null, "trẻ em tử vong do đuối nước", 2, TargetUnit.PERCENT, null, null))).isEmpty());
  }

  @Test
  void differentIndicatorIdsNeverAlign() {
    assertTrue(aligner.align(
        List.of(t("a", "tỷ lệ trẻ em hoàn thành cấp tiểu học", 98, TargetUnit.PERCENT, null, null)),
        List.of(t("b", "tỷ lệ trẻ em hoàn thành cấp tiểu học", 99, TargetUnit.PERCENT, null, null))).isEmpty());
  }

  @Test
  void phrasesBelowTheThresholdDoNotAlign() {
    Target old = t(null, "tỷ lệ trẻ em được học bơi", 40, TargetUnit.PERCENT, null, null);
    assertTrue(aligner.align(List.of(old),
        List.of(t(null, "tỷ lệ trường học có nhà vệ sinh", 90, TargetUnit.PERCENT, null, null))).isEmpty());
    List<TargetAligner.Pair> close = aligner.align(List.of(old),
        List.of(t(null, "tỷ lệ trẻ em được học bơi an toàn", 50, TargetUnit.PERCENT, null, null)));
    assertEquals(TargetChange.Alignment.PHRASE, close.get(0).alignment());
    assertThrows(IllegalArgumentException.class, () -> new TargetAligner(0));
  }

  @Test
  void twoTargetsOfOneIndicatorPairWithTheirCounterpartsByPlace() {
    List<Target> old = List.of(
        t("m", "số cuộc tảo hôn", 0.02, TargetUnit.PERCENT, null, null),
        t("m", "số cuộc tảo hôn", 0.01, TargetUnit.PERCENT, null, null));
    List<Target> now = List.of(
        t("m", "số cuộc tảo hôn", 0.015, TargetUnit.PERCENT, null, null),
        t("m", "số cuộc tảo hôn", 0.005, TargetUnit.PERCENT, null, null));
    List<TargetAligner.Pair> pairs = aligner.align(old, now);
    assertEquals(0, pairs.get(0).older());
    assertEquals(1, pairs.get(1).older());
  }

  @Test
  void ambitionFollowsTheIndicatorsDirection() {
    PlanComparer c = new PlanComparer(aligner, lexicon(Direction.DECREASE));
    // DECREASE stated on the target: lower is more ambitious
    assertEquals(Ambition.MORE_AMBITIOUS, only(c, t(null, "tỷ lệ trẻ em bị xâm hại", 0.8, TargetUnit.PERCENT,
        Comparator.LT, Direction.DECREASE), 0.6));
    assertEquals(Ambition.LESS_AMBITIOUS, only(c, t(null, "tỷ lệ trẻ em bị xâm hại", 0.8, TargetUnit.PERCENT,
        Comparator.LT, Direction.DECREASE), 1.0));
    // INCREASE: higher is more ambitious
    assertEquals(Ambition.MORE_AMBITIOUS, only(c, t(null, "tỷ lệ trẻ em biết bơi", 40, TargetUnit.PERCENT,
        Comparator.GE, Direction.INCREASE), 45));
    assertEquals(Ambition.LESS_AMBITIOUS, only(c, t(null, "tỷ lệ trẻ em biết bơi", 40, TargetUnit.PERCENT,
        Comparator.GE, Direction.INCREASE), 35));
    // no direction on the target: the gazetteer decides (here DECREASE)
    assertEquals(Ambition.MORE_AMBITIOUS, only(c, t("known", "số vụ tai nạn", 10, TargetUnit.COUNT, null, null), 8));
    // nothing known but an upper bound: lower is better
    PlanComparer blind = new PlanComparer(aligner, IndicatorLexicon.none());
    assertEquals(Ambition.MORE_AMBITIOUS, only(blind, t(null, "số vụ tai nạn", 10, TargetUnit.COUNT, Comparator.LE,
        null), 8));
    assertEquals(Ambition.UNKNOWN, only(blind, t(null, "số vụ tai nạn", 10, TargetUnit.COUNT, Comparator.EQ,
        Direction.MAINTAIN), 8));
    assertEquals(Ambition.SAME, only(blind, t(null, "số vụ tai nạn", 10, TargetUnit.COUNT, null, null), 10));
  }

  private static Ambition only(PlanComparer c, Target old, double newValue) {
    Target now = new Target(old.indicator(), old.name(), old.text(), newValue, null, old.unit(), old.comparator(),
        old.direction(), old.year(), old.span());
    PlanComparison r = c.compare(plan(old), plan(now));
    assertEquals(1, r.targets().size());
    return r.targets().get(0).ambition();
  }

  private static PlanRecord plan(Target t) {
    return new PlanRecord(new PlanSource("a.txt", SourceFormat.TXT, "0".repeat(64), null, false, null),
        new PlanDocument("1/KH", "Kế hoạch", new Issuer(null, IssuerLevel.DISTRICT), PlanLocation.unknown(), null,
            null, null, 2024, null),
        List.of(t), List.of(), List.of());
  }

  private static IndicatorLexicon lexicon(Direction better) {
    return new IndicatorLexicon() {
      @Override
      public List<String> named(String query) {
        return List.of();
      }

      @Override
      public Optional<Direction> better(String id) {
        return "known".equals(id) ? Optional.of(better) : Optional.empty();
      }

      @Override
      public Optional<String> name(String id) {
        return Optional.empty();
      }
    };
  }
}
