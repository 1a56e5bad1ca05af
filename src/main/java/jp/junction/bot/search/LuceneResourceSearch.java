package jp.junction.bot.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import jp.junction.bot.exchange.DataSettings;
import jp.junction.bot.exchange.ExchangeCsv;
import jp.junction.bot.exchange.ExchangeFormatException;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.places.Municipality;
import jp.junction.bot.search.SearchResult.Hit;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.search.SearchResult.Understanding;
import jp.junction.bot.system.JapanTime;
import jp.junction.bot.vocabulary.Flag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The resource search: takes its resources at start from the {@link ResourceSource} bean when one
 * answers (the directory store), otherwise loads {@code resources.csv} from the data folder (a
 * missing required column stops start-up, naming file and column; broken rows are logged and
 * skipped), answers questions, and can {@link #reload()} the file or {@link #replace} its resources
 * while serving. Usable without Spring: {@code new LuceneResourceSearch(new
 * DataSettings(Path.of("index-data")), null, clock)}.
 */
@Component
public class LuceneResourceSearch implements ResourceSearch, Closeable {

  private static final Logger log = LoggerFactory.getLogger(LuceneResourceSearch.class);

  private final Path resourcesFile;
  private final Charset charset;
  private final Clock clock;
  private final Gazetteer gazetteer;
  private final Lexicon lexicon;
  private final ResourceIndex index;
  private volatile List<ExchangeCsv.Problem> problems;
  private final AtomicLong generation = new AtomicLong();

  /**
   * Takes its resources from the {@link ResourceSource} bean when there is one and it answers (the
   * directory store), otherwise loads {@code resources.csv} from the data folder (charset
   * detected); places from the bean.
   */
  @Autowired
  public LuceneResourceSearch(
      DataSettings data, Clock clock, Gazetteer gazetteer, ObjectProvider<ResourceSource> source) {
    this(data, null, clock, gazetteer, source.getIfAvailable());
  }

  /**
   * Loads {@code resources.csv} from the data folder in the given charset (null: detect), with
   * "today" (for freshness) from the clock and the shipped gazetteer (the batch commands, tests).
   */
  public LuceneResourceSearch(DataSettings data, Charset charset, Clock clock) {
    this(data, charset, clock, Gazetteer.fromClasspath(), null);
  }

  private LuceneResourceSearch(
      DataSettings data, Charset charset, Clock clock, Gazetteer gazetteer, ResourceSource source) {
    this.resourcesFile = data.resourcesCsv();
    this.charset = charset;
    this.clock = clock;
    // Reading the data and building the analyzer (user dictionary from the gazetteer) do not
    // depend on each other: they run side by side, which shortens start-up with a large file.
    CompletableFuture<Corpus> corpus =
        CompletableFuture.supplyAsync(
            () -> load(source),
            task -> {
              Thread loader = new Thread(task, "search-load");
              loader.setDaemon(true);
              loader.start();
            });
    this.gazetteer = gazetteer;
    this.lexicon = Lexicon.load();
    SearchAnalyzer analyzer = new SearchAnalyzer(gazetteer, Synonyms.load());
    this.index = new ResourceIndex(analyzer, await(corpus));
  }

  private static Corpus await(CompletableFuture<Corpus> corpus) {
    try {
      return corpus.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * Reads {@code resources.csv} again and swaps it in; searches running meanwhile finish on the old
   * data. A file that cannot be loaded leaves the current data in place and throws.
   *
   * @return how many resources are now searchable
   */
  public synchronized int reload() {
    return reload(0);
  }

  /**
   * Like {@link #reload()}, but a file that would leave fewer than {@code atLeast} resources is
   * refused: the current data (and its list of problems) stays, and the exception carries the count
   * the file would have given and its broken rows.
   */
  public synchronized int reload(int atLeast) {
    ResourceCsv.Loaded loaded = read();
    if (loaded.resources().size() < atLeast) {
      throw new ReloadRefused(resourcesFile, loaded.resources().size(), atLeast, loaded.problems());
    }
    Corpus corpus = accept(loaded);
    index.replace(corpus);
    generation.incrementAndGet();
    return corpus.size();
  }

  /**
   * Swaps in these resources (the directory store's active entries), through the same index rebuild
   * as {@link #reload()}: searches running meanwhile finish on the old data.
   *
   * @return how many resources are now searchable
   */
  public synchronized int replace(List<Resource> resources) {
    Corpus corpus = accept(new ResourceCsv.Loaded(resources, List.of()), "the directory store");
    index.replace(corpus);
    generation.incrementAndGet();
    return corpus.size();
  }

  @Override
  public long generation() {
    return generation.get();
  }

  /** How many resources are searchable now. */
  public int size() {
    return index.withSearcher(searcher -> searcher.corpus().size());
  }

  @Override
  public List<SearchResult.Resource> resources() {
    return index.withSearcher(searcher -> searcher.corpus().resources());
  }

  /** The broken rows skipped at the last (re)load, with file, line and column. */
  public List<ExchangeCsv.Problem> problems() {
    return problems;
  }

  @Override
  public PlaceRoles places(String text) {
    return index.withSearcher(
        searcher ->
            new QuestionReader(gazetteer, lexicon, searcher.corpus().placeWeights())
                .read(SearchRequest.ofText(text == null ? "" : text, 1))
                .places());
  }

  @Override
  public SearchResult search(SearchRequest request) {
    return index.withSearcher(
        searcher -> {
          Corpus corpus = searcher.corpus();
          Question q = new QuestionReader(gazetteer, lexicon, corpus.placeWeights()).read(request);
          List<String> terms = index.analyse(q.text());
          Ranker.Ranking ranking =
              new Ranker(corpus, gazetteer).rank(q, ords -> index.scores(searcher, terms, ords));
          List<Hit> hits = new ArrayList<>();
          int from = Math.max(0, request.offset());
          int to = Math.min(ranking.hits().size(), from + Math.max(0, request.limit()));
          for (Ranker.Ranked r : ranking.hits().subList(Math.min(from, to), to)) {
            Facts f = corpus.get(r.ord());
            Double km =
                q.hasLocation() && f.resource().lat() != null
                    ? Gazetteer.distanceKm(q.lat(), q.lon(), f.resource().lat(), f.resource().lon())
                    : null;
            hits.add(
                new Hit(f.resource(), r.grade() + r.textScore() / 100.0, km, f.stale(), f.flags()));
          }
          return new SearchResult(
              hits, ranking.hits().size(), understanding(q), ranking.widening());
        });
  }

  @Override
  public void close() throws IOException {
    index.close();
  }

  private Corpus load(ResourceSource source) {
    if (source != null) {
      Optional<List<Resource>> stored = source.searchable();
      if (stored.isPresent()) {
        return accept(new ResourceCsv.Loaded(stored.get(), List.of()), "the directory store");
      }
    }
    return accept(read());
  }

  private ResourceCsv.Loaded read() {
    if (!Files.isRegularFile(resourcesFile)) {
      throw new ExchangeFormatException(resourcesFile + ": file not found");
    }
    return ResourceCsv.read(resourcesFile, charset);
  }

  private Corpus accept(ResourceCsv.Loaded loaded) {
    return accept(loaded, resourcesFile.toString());
  }

  private Corpus accept(ResourceCsv.Loaded loaded, String from) {
    problems = loaded.problems();
    for (ExchangeCsv.Problem problem : loaded.problems()) {
      log.warn("Skipped a broken row: {}", problem);
    }
    log.info("Loaded {} resources from {}", loaded.resources().size(), from);
    return new Corpus(loaded.resources(), JapanTime.today(clock));
  }

  private static Understanding understanding(Question q) {
    Set<Flag> conditions = EnumSet.noneOf(Flag.class);
    conditions.addAll(q.hardFlags());
    conditions.addAll(q.flags());
    PlaceRoles places = q.places();
    List<Municipality> searched = new ArrayList<>();
    if (q.town() != null && places.homeWanted()) {
      searched.add(q.town());
    }
    searched.addAll(places.wanted());
    String excluded =
        places.avoided().isEmpty()
            ? null
            : places.avoided().stream().map(Municipality::name).collect(Collectors.joining("・"));
    return new Understanding(
        q.prefecture() == null ? null : q.prefecture().name(),
        searched.isEmpty() ? null : searched.get(0).name(),
        excluded,
        q.broad() ? Set.of() : q.categories(),
        q.audience(),
        conditions,
        q.hasLocation(),
        searched.stream().map(Municipality::key).toList());
  }
}
