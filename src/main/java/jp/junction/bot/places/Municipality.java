package jp.junction.bot.places;

/**
 * A municipality (市区町村) of Japan; a designated city's ward names its city in {@code parent}.
 * Coordinates are null when unknown.
 */
public record Municipality(
    String code,
    String prefecture,
    String county,
    String parent,
    String name,
    String kana,
    Double lat,
    Double lon) {

  /** {@code 香川県/高松市}: the key used by resources and the benchmark. */
  public String key() {
    return prefecture + "/" + name;
  }

  public boolean isWard() {
    return parent != null && !parent.isEmpty();
  }

  public boolean hasCoordinates() {
    return lat != null && lon != null;
  }
}
