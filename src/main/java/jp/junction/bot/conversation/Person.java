package jp.junction.bot.conversation;

/**
 * Who is talking: the LINE user id (needed only to deliver messages they asked for) and its keyed
 * pseudonym (used for state keys and logs). {@link #toString()} never shows the id.
 */
public record Person(String lineUserId, String pseudonym) {

  @Override
  public String toString() {
    return "Person[" + pseudonym + "]";
  }
}
