package org.kehoach.eval;

/** How many of the scored values were correct; {@link #value()} is NaN when nothing was scored. */
public record Accuracy(int correct, int scored) {
  public static final Accuracy NONE = new Accuracy(0, 0);

  public Accuracy {
    if (correct < 0 || scored < correct) {
      throw new IllegalArgumentException("need 0 <= correct <= scored, got " + correct + "/" + scored);
    }
  }

  public static Accuracy of(boolean correct) {
    return new Accuracy(correct ? 1 : 0, 1);
  }

  public Accuracy plus(Accuracy o) {
    return new Accuracy(correct + o.correct, scored + o.scored);
  }

  public double value() {
    return scored == 0 ? Double.NaN : (double) correct / scored;
  }
}
