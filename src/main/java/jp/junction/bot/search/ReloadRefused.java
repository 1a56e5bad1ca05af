package jp.junction.bot.search;

import java.nio.file.Path;
import java.util.List;
import jp.junction.bot.exchange.ExchangeCsv;
import jp.junction.bot.exchange.ExchangeFormatException;

/**
 * A reload refused because the file would leave too few resources (a stray quote can swallow most
 * rows into one field): the data that was there stays searchable.
 */
public class ReloadRefused extends ExchangeFormatException {

  private static final long serialVersionUID = 1L;

  private final int wouldBe;
  private final transient List<ExchangeCsv.Problem> problems;

  public ReloadRefused(Path file, int wouldBe, int atLeast, List<ExchangeCsv.Problem> problems) {
    super(
        file
            + ": would leave "
            + wouldBe
            + " resources, fewer than the "
            + atLeast
            + " required; nothing was changed");
    this.wouldBe = wouldBe;
    this.problems = List.copyOf(problems);
  }

  /** How many resources the refused file would have given. */
  public int wouldBe() {
    return wouldBe;
  }

  /** The refused file's broken rows, with line and column. */
  public List<ExchangeCsv.Problem> problems() {
    return problems;
  }
}
