package jp.junction.bot.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import jp.junction.bot.search.SearchResult.Resource;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;

/**
 * The Lucene side: one in-memory index of the resources, searched through a {@link
 * SearcherManager}. Each searcher carries the {@link Corpus} it was built from, so a reload (which
 * replaces both) never mixes generations and never breaks a running search.
 */
final class ResourceIndex implements Closeable {

  static final String ORD = "ord";
  static final String TEXT = "text";
  static final String NAME = "name";
  private static final float NAME_BOOST = 2f;

  /** Enough words of a question to score by; long stories repeat themselves. */
  private static final int MAX_TERMS = 10;

  /** A searcher over one generation of the index, with that generation's corpus. */
  static final class CorpusSearcher extends IndexSearcher {
    private final Corpus corpus;
    private final int[] docToOrd;
    private final int[] ordToDoc;

    CorpusSearcher(IndexReader reader, Corpus corpus) throws IOException {
      super(reader);
      this.corpus = corpus;
      this.docToOrd = new int[reader.maxDoc()];
      this.ordToDoc = new int[corpus.size()];
      java.util.Arrays.fill(docToOrd, -1);
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues values = leaf.reader().getNumericDocValues(ORD);
        if (values == null) {
          continue;
        }
        for (int doc = values.nextDoc();
            doc != NumericDocValues.NO_MORE_DOCS;
            doc = values.nextDoc()) {
          int ord = (int) values.longValue();
          docToOrd[leaf.docBase + doc] = ord;
          ordToDoc[ord] = leaf.docBase + doc;
        }
      }
    }

    Corpus corpus() {
      return corpus;
    }
  }

  private final SearchAnalyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager manager;
  private volatile Corpus pending;

  ResourceIndex(SearchAnalyzer analyzer, Corpus corpus) {
    this.analyzer = analyzer;
    try {
      this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
      add(corpus);
      this.manager =
          new SearcherManager(
              writer,
              new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
                    throws IOException {
                  return new CorpusSearcher(reader, pending);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException("building the search index failed", e);
    }
  }

  /** Replaces every document; searches already running finish on the old generation. */
  synchronized void replace(Corpus corpus) {
    try {
      writer.deleteAll();
      add(corpus);
      manager.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("rebuilding the search index failed", e);
    }
  }

  /** Runs a function with a searcher (and its corpus) held for the duration. */
  <T> T withSearcher(Function<CorpusSearcher, T> work) {
    try {
      IndexSearcher searcher = manager.acquire();
      try {
        return work.apply((CorpusSearcher) searcher);
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("searching the index failed", e);
    }
  }

  /** BM25 scores by ord (null when the question has no terms); non-candidates stay 0. */
  float[] scores(CorpusSearcher searcher, List<String> terms, int[] ords) {
    if (terms.isEmpty() || ords.length == 0) {
      return null;
    }
    float[] scores = new float[searcher.corpus.size()];
    BooleanQuery.Builder text = new BooleanQuery.Builder();
    for (String term : rarest(searcher, terms)) {
      text.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
      text.add(
          new BoostQuery(new TermQuery(new Term(NAME, term)), NAME_BOOST),
          BooleanClause.Occur.SHOULD);
    }
    FixedBitSet candidates = new FixedBitSet(searcher.docToOrd.length);
    for (int ord : ords) {
      candidates.set(searcher.ordToDoc[ord]);
    }
    BooleanQuery query =
        new BooleanQuery.Builder()
            .add(text.build(), BooleanClause.Occur.MUST)
            .add(new CandidateFilter(candidates), BooleanClause.Occur.FILTER)
            .build();
    try {
      searcher.search(query, new ScoreCollectors(searcher.docToOrd, scores));
    } catch (IOException e) {
      throw new UncheckedIOException("scoring text failed", e);
    }
    return scores;
  }

  /** The question's words that occur in the index, rarest (most telling) first, at most 10. */
  private static List<String> rarest(IndexSearcher searcher, List<String> terms) {
    IndexReader reader = searcher.getIndexReader();
    record Counted(String term, int docFreq) {}
    List<Counted> counted = new java.util.ArrayList<>();
    try {
      for (String term : terms) {
        int df = reader.docFreq(new Term(TEXT, term)) + reader.docFreq(new Term(NAME, term));
        if (df > 0) {
          counted.add(new Counted(term, df));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading term statistics failed", e);
    }
    return counted.stream()
        .sorted(java.util.Comparator.comparingInt(Counted::docFreq))
        .limit(MAX_TERMS)
        .map(Counted::term)
        .toList();
  }

  List<String> analyse(String text) {
    return analyzer.terms(TEXT, text);
  }

  @Override
  public void close() throws IOException {
    manager.close();
    writer.close();
  }

  /** Adds every resource; analysis (the slow part) runs on all cores. */
  private void add(Corpus corpus) throws IOException {
    try {
      IntStream.range(0, corpus.size()).parallel().forEach(ord -> addDocument(corpus, ord));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    writer.commit();
    pending = corpus;
  }

  private void addDocument(Corpus corpus, int ord) {
    Resource r = corpus.get(ord).resource();
    Document doc = new Document();
    doc.add(new IntPoint(ORD, ord));
    doc.add(new NumericDocValuesField(ORD, ord));
    doc.add(new TextField(NAME, r.name() + " " + r.nameKana(), Field.Store.NO));
    doc.add(
        new TextField(
            TEXT,
            String.join(" ", r.keywords()) + " " + r.description() + " " + r.age(),
            Field.Store.NO));
    try {
      writer.addDocument(doc);
    } catch (IOException e) {
      throw new UncheckedIOException("indexing resource " + r.id() + " failed", e);
    }
  }

  /** Writes each matching document's score at its resource's ord. */
  private record ScoreCollectors(int[] docToOrd, float[] scores)
      implements CollectorManager<SimpleCollector, Void> {

    @Override
    public SimpleCollector newCollector() {
      return new SimpleCollector() {
        private Scorable scorer;
        private int base;

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
          base = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
          this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
          scores[docToOrd[base + doc]] = scorer.score();
        }

        @Override
        public ScoreMode scoreMode() {
          return ScoreMode.COMPLETE;
        }
      };
    }

    @Override
    public Void reduce(Collection<SimpleCollector> collectors) {
      return null;
    }
  }
}
