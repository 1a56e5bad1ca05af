package jp.junction.bot.exchange;

/** A file that cannot be loaded at all, e.g. a required column is missing; names the file. */
public class ExchangeFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ExchangeFormatException(String message) {
    super(message);
  }

  public ExchangeFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
