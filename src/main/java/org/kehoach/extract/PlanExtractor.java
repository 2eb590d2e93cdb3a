package org.kehoach.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kehoach.extract.agencies.AgencyExtractor;
import org.kehoach.extract.agencies.AgencyListParser;
import org.kehoach.extract.budgets.BudgetCheck;
import org.kehoach.extract.budgets.BudgetExtractor;
import org.kehoach.extract.consistency.ConsistencyChecker;
import org.kehoach.extract.consistency.ConsistencyInput;
import org.kehoach.extract.metadata.MetadataExtractor;
import org.kehoach.extract.nlp.TextTokens;
import org.kehoach.extract.nlp.VietTokenizer;
import org.kehoach.extract.metadata.MetadataResult;
import org.kehoach.extract.budgets.BudgetFindings;
import org.kehoach.extract.deadlines.DeadlineExtractor;
import org.kehoach.extract.legal.LegalBasisExtractor;
import org.kehoach.extract.targets.TargetExtractor;
import org.kehoach.extract.tasks.TaskExtractor;
import org.kehoach.model.Agency;
import org.kehoach.model.Task;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.model.Budget;
import org.kehoach.model.Deadline;
import org.kehoach.model.LegalReference;
import org.kehoach.model.PageLocator;
import org.kehoach.model.Plan;
import org.kehoach.model.PlanDocument;
import org.kehoach.model.PlanSource;
import org.kehoach.model.PlanStructure;
import org.kehoach.model.Span;
import org.kehoach.model.Target;
import org.kehoach.model.Warning;

/**
 * The extraction cascade for one plan: given the normalised text and its segmentation, run each fact family's
 * extractor on the zones {@link Regions} routes to it. The caller segments (it usually needs the structure
 * first, to turn away text that is not a plan), so the text is segmented once. Thread-safe; build one and
 * share it.
 */
public final class PlanExtractor {
  private final LegalBasisExtractor legal = new LegalBasisExtractor();
  private final DeadlineExtractor deadlines = new DeadlineExtractor();
  private final BudgetExtractor budgets = new BudgetExtractor();
  private final TargetExtractor targets;
  private final MetadataExtractor metadata;
  private final ConsistencyChecker consistency = new ConsistencyChecker();
  private final TaskExtractor tasks;
  private final AgencyExtractor agencies;
  private final VietTokenizer tokenizer = new VietTokenizer();

  public PlanExtractor(Gazetteers gazetteers) {
    Objects.requireNonNull(gazetteers, "gazetteers");
    this.metadata = new MetadataExtractor(gazetteers);
    AgencyListParser agencyParser = new AgencyListParser(gazetteers);
    this.tasks = new TaskExtractor(agencyParser);
    this.agencies = new AgencyExtractor(agencyParser);
    this.targets = new TargetExtractor(
        phrase -> gazetteers.indicators().best(phrase).map(m -> m.indicator().id()));
  }

  /**
   * Extracts the plan.
   *
   * @param structure the segmentation of exactly {@code text} with the same pages, as {@code new
   *     Segmenter().segment(text, pages::pageAt)} gives it
   */
  public Plan extract(PlanSource source, String text, PageLocator pages, PlanStructure structure) {
    Objects.requireNonNull(structure, "structure");
    Regions regions = Regions.of(structure, text);
    MetadataResult meta = metadata.extract(text, structure, pages);
    PlanDocument document = meta.document();
    Integer planYear = document.planYear() != null ? document.planYear()
        : document.period() != null ? Integer.valueOf(document.period().to()) : null;

    // one tokenisation of the document: each reader takes the slice of its own range, which is exactly that
    // range's own tokenisation, and the words and folds computed for one reader serve the others
    TextTokens tokens = tokenizer.tokens(text);
    List<LegalReference> legalBasis = new ArrayList<>();
    for (Span p : regions.preamble()) {
      for (LegalReference r : legal.extract(tokens.slice(p.start(), p.end()), pages)) {
        if (legalBasis.stream().noneMatch(x -> x.number().equals(r.number()))) {
          legalBasis.add(r);
        }
      }
    }
    List<Deadline> due = deadlines.extract(tokens.slice(regions.body().start(), regions.body().end()), planYear, pages);
    List<Budget> money = new ArrayList<>();
    List<BudgetCheck> checks = new ArrayList<>();
    for (Span b : regions.budget()) {
      BudgetFindings f = budgets.findings(tokens.slice(b.start(), b.end()), pages);
      money.addAll(f.budgets());
      checks.addAll(f.checks());
    }
    List<Target> found = new ArrayList<>();
    for (Span o : regions.objectives()) {
      found.addAll(targets.extract(tokens.slice(o.start(), o.end()), planYear, pages));
    }
    List<Task> taskList = tasks.extract(tokens, structure, pages);
    List<Agency> agencyList = agencies.extract(tokens, structure, taskList, pages);
    List<Warning> warnings = new ArrayList<>(meta.warnings());
    warnings.addAll(consistency.check(new ConsistencyInput(
        text, document, meta.spans().issuedDate(), legalBasis, checks, due, structure.sections())));
    return new Plan(source, document, structure.sections(), meta.signer(), meta.recipients(), legalBasis, found,
        taskList, agencyList, due, money, warnings, text);
  }
}
