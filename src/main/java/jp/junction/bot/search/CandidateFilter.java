package jp.junction.bot.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * A filter matching exactly the candidate documents the place rules picked (a bit set over the
 * reader's doc ids), so text scoring only visits those.
 */
final class CandidateFilter extends Query {

  private final FixedBitSet docs;

  CandidateFilter(FixedBitSet docs) {
    this.docs = docs;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext context) {
        return new ConstantScoreScorer(
            this, score(), scoreMode, new Slice(docs, context.docBase, context.reader().maxDoc()));
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  @Override
  public String toString(String field) {
    return "CandidateFilter(" + docs.cardinality() + ")";
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  /** The bits of one segment, as that segment's doc ids. */
  private static final class Slice extends DocIdSetIterator {
    private final FixedBitSet bits;
    private final int base;
    private final int max;
    private int doc = -1;

    Slice(FixedBitSet bits, int base, int max) {
      this.bits = bits;
      this.base = base;
      this.max = max;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      return advance(doc + 1);
    }

    @Override
    public int advance(int target) {
      int global = target >= max ? DocIdSetIterator.NO_MORE_DOCS : base + target;
      int next = global >= bits.length() ? DocIdSetIterator.NO_MORE_DOCS : bits.nextSetBit(global);
      doc =
          next == DocIdSetIterator.NO_MORE_DOCS || next - base >= max ? NO_MORE_DOCS : next - base;
      return doc;
    }

    @Override
    public long cost() {
      return max;
    }
  }
}
