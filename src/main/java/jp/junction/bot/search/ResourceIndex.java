package jp.junction.bot.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The Lucene side: one in-memory index of the resources, searched through a {@link
 * SearcherManager}. Each searcher carries the {@link Corpus} it was built from, so a reload
 * (which replaces both) never mixes generations and never breaks a running search.
 */
final class ResourceIndex implements Closeable {

  static final String ORD = "ord";
  static final String TEXT = "text";
  static final String NAME = "name";
  private static final float NAME_BOOST = 2f;

  /** A searcher over one generation of the index, with that generation's corpus. */
  static final class CorpusSearcher extends IndexSearcher {
    private final Corpus corpus;

    CorpusSearcher(IndexReader reader, Corpus corpus) {
      super(reader);
      this.corpus = corpus;
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
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
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

  /** BM25 scores of the candidates that match any of the question's terms. */
  Map<Integer, Float> scores(CorpusSearcher searcher, List<String> terms, Collection<Integer> ords) {
    Map<Integer, Float> scores = new HashMap<>();
    if (terms.isEmpty() || ords.isEmpty()) {
      return scores;
    }
    BooleanQuery.Builder text = new BooleanQuery.Builder();
    for (String term : terms) {
      text.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
      text.add(
          new BoostQuery(new TermQuery(new Term(NAME, term)), NAME_BOOST),
          BooleanClause.Occur.SHOULD);
    }
    BooleanQuery query =
        new BooleanQuery.Builder()
            .add(text.build(), BooleanClause.Occur.MUST)
            .add(
                IntPoint.newSetQuery(ORD, ords.stream().mapToInt(Integer::intValue).toArray()),
                BooleanClause.Occur.FILTER)
            .build();
    try {
      TopDocs top = searcher.search(query, ords.size());
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      for (ScoreDoc hit : top.scoreDocs) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        NumericDocValues values = leaf.reader().getNumericDocValues(ORD);
        if (values != null && values.advanceExact(hit.doc - leaf.docBase)) {
          scores.put((int) values.longValue(), hit.score);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("scoring text failed", e);
    }
    return scores;
  }

  List<String> analyse(String text) {
    return analyzer.terms(TEXT, text);
  }

  @Override
  public void close() throws IOException {
    manager.close();
    writer.close();
  }

  private void add(Corpus corpus) throws IOException {
    for (int ord = 0; ord < corpus.size(); ord++) {
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
      writer.addDocument(doc);
    }
    writer.commit();
    pending = corpus;
  }
}
