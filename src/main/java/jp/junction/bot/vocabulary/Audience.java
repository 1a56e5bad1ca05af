package jp.junction.bot.vocabulary;

/**
 * Who a resource, an event or a notice is for ({@code audience} in resources.csv and events.csv,
 * the {@code w:<code>} subscriber sets in Redis), in the order the chat names them; the words live
 * in the dialogs.
 */
public enum Audience implements Coded {
  /** 本人: the person themself */
  SELF,
  /** 家族: their family */
  FAMILY,
  /** 支援者: people who support them */
  SUPPORTER
}
