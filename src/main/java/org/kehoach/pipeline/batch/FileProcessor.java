package org.kehoach.pipeline.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kehoach.ingest.FailureReason;
import org.kehoach.ingest.Ingestor;
import org.kehoach.ingest.Limits;
import org.kehoach.ingest.PlanProcessingException;
import org.kehoach.ingest.RawDocument;
import org.kehoach.model.Plan;
import org.kehoach.model.StructureWarning;
import org.kehoach.model.Warning;
import org.kehoach.pipeline.OutputWriter;
import org.kehoach.pipeline.PlanPipeline;

/**
 * Takes one input file to its outcome: hash it, skip it when {@code --resume} finds a complete output (handing
 * that output to {@link PlanSink#resumed}, so a sink a killed run never reached catches up), read it
 * (bounded by the {@link Ingestor}), run the later stages ({@link BoundedExtraction}, bounded by what is left of
 * the time limit), write the outputs atomically, and hand the plan to the {@link PlanSink}. Never throws for a
 * bad file: every failure becomes a {@link FileOutcome}. Thread-safe.
 */
final class FileProcessor {
  /** Code under which reader warnings (which carry no code of their own) are counted. */
  static final String READER_WARNING = "READER_WARNING";

  private final Ingestor ingestor;
  private final BoundedExtraction bounded;
  private final BoundedExtraction.Stages stages;
  private final Limits limits;
  private final ObjectMapper mapper;
  private final PlanSink sink;
  private final boolean resume;
  private final PhaseTimes times;
  private final CompleteOutputs complete = new CompleteOutputs();
  /** JSON outputs claimed in this run, so two inputs can never write the same output. */
  private final Set<Path> claimed = ConcurrentHashMap.newKeySet();
  private final Map<Path, OutputWriter> writers = new ConcurrentHashMap<>();

  FileProcessor(Ingestor ingestor, BoundedExtraction bounded, BoundedExtraction.Stages stages, Limits limits, ObjectMapper mapper, PlanSink sink,
      boolean resume, PhaseTimes times) {
    this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
    this.bounded = Objects.requireNonNull(bounded, "bounded");
    this.stages = Objects.requireNonNull(stages, "stages");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.resume = resume;
    this.times = Objects.requireNonNull(times, "times");
  }

  FileOutcome process(InputFiles.Input input) {
    Clock clock = new Clock();
    return outcome(input, clock).withTimes(clock.stop());
  }

  private FileOutcome outcome(InputFiles.Input input, Clock clock) {
    Path file = input.file();
    try {
      return run(input, clock);
    } catch (PlanProcessingException e) {
      return FileOutcome.failed(file, e.reason(), e.getMessage());
    } catch (IOException e) {
      return FileOutcome.failed(file, FailureReason.IO_ERROR, "the output could not be written: " + e);
    } catch (OutOfMemoryError e) {
      return FileOutcome.failed(file, FailureReason.TOO_LARGE, "ran out of memory: the document is too large");
    } catch (RuntimeException | StackOverflowError e) {
      return FileOutcome.error(file, e);
    }
  }

  private FileOutcome run(InputFiles.Input input, Clock clock) throws PlanProcessingException, IOException {
    Path file = input.file();
    long start = clock.start;
    long deadline = start + limits.timeout().toNanos();
    String name = file.getFileName().toString();
    OutputWriter writer = writers.computeIfAbsent(input.outDir(), dir -> new OutputWriter(dir, mapper));
    Path json = writer.jsonPath(name);
    Path claimKey = json.toAbsolutePath().normalize();
    if (!claimed.add(claimKey)) {
      throw new PlanProcessingException(FailureReason.IO_ERROR,
          "its output " + json + " is already taken by another input of this batch with the same name");
    }
    // hash only what the reader would accept: a file over the byte limit fails there without being read whole
    String sha = readableSize(file) ? PlanPipeline.sha256(file) : null;
    if (resume && sha != null && complete.isComplete(json, sha)) {
      long t = clock.read(times.add(Phase.READ, start));
      String found = sha;
      toSink(() -> sink.resumed(json, found), "its output " + json + " was complete but the sink could not take it up");
      times.add(Phase.SINK, t);
      return FileOutcome.skipped(file, json);
    }
    RawDocument raw;
    try {
      raw = ingestor.read(file);
      if (sha == null) {
        sha = PlanPipeline.sha256(file);
      }
    } finally {
      clock.read(System.nanoTime());
    }
    long t = times.add(Phase.READ, start);
    BoundedExtraction.Extracted done = bounded.run(stages, name, sha, raw, deadline, limits.timeout().toMillis());
    Plan plan = done.plan();
    t = System.nanoTime();
    OutputWriter.Written written = writer.writePlan(plan);
    t = times.add(Phase.WRITE, t);
    toSink(() -> sink.accept(plan, written.json(), written.bytes()),
        "the plan was written to " + written.json() + " but the sink after it failed");
    times.add(Phase.SINK, t);
    return FileOutcome.parsed(file, written.json(), warningCodes(plan, done.structureWarnings(), raw));
  }

  /** One call of the sink. */
  private interface SinkCall {
    void run() throws IOException;
  }

  /** Runs a sink call; its {@link IOException} fails the file with {@code IO_ERROR}, saying {@code what}. */
  private static void toSink(SinkCall call, String what) throws PlanProcessingException {
    try {
      call.run();
    } catch (IOException e) {
      throw new PlanProcessingException(FailureReason.IO_ERROR, what + ": " + e, e);
    }
  }

  private boolean readableSize(Path file) {
    try {
      long size = Files.size(file);
      return size > 0 && size <= limits.maxBytes();
    } catch (IOException e) {
      return false;
    }
  }

  /** When one file started, and when its reading ended. Used by one worker for one file. */
  private static final class Clock {
    private final long start = System.nanoTime();
    private long readEnd;
    private boolean readDone;

    /** Marks the end of reading at {@code now}; returns it. */
    long read(long now) {
      readEnd = now;
      readDone = true;
      return now;
    }

    /** The times of the file, ending now; a file that failed before reading ended spent it all reading. */
    FileOutcome.Times stop() {
      long end = System.nanoTime();
      return new FileOutcome.Times((readDone ? readEnd : end) - start, end - start);
    }
  }

  /**
   * The plan's warning codes, then the segmentation's codes that the plan does not already carry (the extractor
   * may copy them into the plan; they must not count twice), then one {@link #READER_WARNING} per reader warning.
   */
  private static List<String> warningCodes(Plan plan, List<StructureWarning> structure, RawDocument raw) {
    List<String> codes = new ArrayList<>();
    plan.warnings().stream().map(Warning::code).forEach(codes::add);
    Set<String> fromPlan = Set.copyOf(codes);
    for (StructureWarning w : structure) {
      if (!fromPlan.contains(w.code().name())) {
        codes.add(w.code().name());
      }
    }
    raw.warnings().forEach(w -> codes.add(READER_WARNING));
    return codes;
  }
}
