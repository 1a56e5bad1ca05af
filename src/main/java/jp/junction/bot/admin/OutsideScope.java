package jp.junction.bot.admin;

/**
 * A staff member tried to act outside their area: the pages answer 403 with {@code reason} (in
 * Japanese, from the messages), the API 403 with it too.
 */
class OutsideScope extends RuntimeException {

  OutsideScope(String reason) {
    super(reason);
  }
}
