package jp.junction.bot.line;

import jp.junction.bot.vocabulary.Link;

/**
 * The Messaging API's limits on what the bot sends, in one place (LINE's developer docs and {@code
 * line/line-openapi}): the dialog check, the engine, the SDK conversion and the local chat page all
 * hold messages to these numbers. Lengths are in UTF-16 units unless a name says otherwise.
 */
public final class LineLimits {

  /** Messages in one reply, push or multicast request. */
  public static final int MESSAGES_PER_REQUEST = 5;

  /** Recipients of one multicast request. */
  public static final int MULTICAST_RECIPIENTS = 500;

  /** Characters of one text message. */
  public static final int TEXT = 5000;

  /** Quick reply items under one message. */
  public static final int QUICK_REPLIES = 13;

  /** Characters of a quick reply label. */
  public static final int QUICK_REPLY_LABEL = 20;

  /** Characters of a Flex button's action label. */
  public static final int BUTTON_LABEL = 40;

  /** Characters of postback data. */
  public static final int POSTBACK_DATA = 300;

  /** Characters of a URI action's link (checked where links enter, by {@link Link}). */
  public static final int URI = Link.MAX_LENGTH;

  /** Characters of a Flex message's altText. */
  public static final int ALT_TEXT = 1500;

  /** Bubbles in one Flex carousel. */
  public static final int CAROUSEL_BUBBLES = 12;

  /** Bytes of a Flex carousel's JSON. */
  public static final int CAROUSEL_BYTES = 50_000;

  /** Narrowest rich menu image, in pixels. */
  public static final int RICH_MENU_MIN_WIDTH = 800;

  /** Widest rich menu image, in pixels. */
  public static final int RICH_MENU_MAX_WIDTH = 2500;

  /** Lowest rich menu image, in pixels. */
  public static final int RICH_MENU_MIN_HEIGHT = 250;

  /** Smallest width / height of a rich menu image. */
  public static final double RICH_MENU_MIN_RATIO = 1.45;

  /** Bytes of a rich menu image (JPEG or PNG; "1 MB", taken as a million bytes to be safe). */
  public static final int RICH_MENU_IMAGE_BYTES = 1_000_000;

  /** Tap areas of one rich menu. */
  public static final int RICH_MENU_AREAS = 20;

  /** Characters of a rich menu's chatBarText. */
  public static final int RICH_MENU_CHAT_BAR_TEXT = 14;

  /** Characters of a rich menu's name (not shown to people). */
  public static final int RICH_MENU_NAME = 300;

  /** Characters of an action's label in a rich menu. */
  public static final int RICH_MENU_LABEL = 20;

  /** Characters of a message action's text (and a postback's displayText). */
  public static final int ACTION_TEXT = 300;

  private LineLimits() {}

  /** {@code value} cut to at most {@code max} UTF-16 units without splitting a surrogate pair. */
  public static String clip(String value, int max) {
    if (value == null || value.length() <= max) {
      return value;
    }
    int end = max;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end);
  }
}
