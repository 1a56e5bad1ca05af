package jp.junction.bot.simulator;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.junction.bot.line.LineLimits;

/**
 * What the page asks to send, as {@code POST /simulator/events} JSON. Only the fields of its type
 * matter; {@link #problem()} says what is wrong with it, in developer terms.
 */
record SimulatedEvent(
    String userId,
    Type type,
    String text,
    String data,
    String date,
    String displayText,
    Double latitude,
    Double longitude,
    String title,
    String address,
    Boolean unblocked) {

  private static final Pattern USER_ID = Pattern.compile("U[0-9a-f]{32}");

  /** The event types the page can send. */
  enum Type {
    @JsonProperty("text")
    TEXT,
    @JsonProperty("postback")
    POSTBACK,
    @JsonProperty("location")
    LOCATION,
    @JsonProperty("follow")
    FOLLOW,
    @JsonProperty("unfollow")
    UNFOLLOW
  }

  Optional<String> problem() {
    if (userId != null && !USER_ID.matcher(userId).matches()) {
      return Optional.of("userId must be U followed by 32 lower-case hexadecimal digits");
    }
    if (type == null) {
      return Optional.of("type must be one of text, postback, location, follow, unfollow");
    }
    return switch (type) {
      case TEXT ->
          text == null || text.isBlank() || text.length() > LineLimits.TEXT
              ? Optional.of("text must have 1 to " + LineLimits.TEXT + " characters")
              : Optional.empty();
      case POSTBACK ->
          data == null || data.isEmpty() || data.length() > LineLimits.POSTBACK_DATA
              ? Optional.of("data must have 1 to " + LineLimits.POSTBACK_DATA + " characters")
              : date != null && !date.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")
                  ? Optional.of("date must be yyyy-MM-dd (a date picker's choice)")
                  : Optional.empty();
      case LOCATION -> locationProblem();
      case FOLLOW, UNFOLLOW -> Optional.empty();
    };
  }

  private Optional<String> locationProblem() {
    if (latitude == null
        || longitude == null
        || Math.abs(latitude) > 90
        || Math.abs(longitude) > 180) {
      return Optional.of("latitude and longitude are required and must be valid degrees");
    }
    if ((title != null && title.length() > 100) || (address != null && address.length() > 100)) {
      return Optional.of("title and address may have at most 100 characters");
    }
    return Optional.empty();
  }

  boolean isUnblock() {
    return Boolean.TRUE.equals(unblocked);
  }
}
