package jp.junction.bot.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.junction.bot.places.Areas;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;

/**
 * A directory entry as staff type it, checked field by field and as a whole ({@link WholeForm},
 * {@link ResourceFormCheck}); it becomes resources.csv's cells, which the store checks once more
 * exactly as a CSV row. A refused form comes back with everything that was typed.
 */
@WholeForm
public class ResourceForm {

  @Pattern(regexp = "[a-z0-9-]{1,60}")
  private String id = "";

  /** What the entry was when the form was opened ({@link #fingerprint}), to catch a lost update. */
  private String opened = "";

  @NotBlank
  @Size(max = 200)
  private String name = "";

  @Size(max = 200)
  private String nameKana = "";

  @NotEmpty private List<String> category = new ArrayList<>();
  @NotEmpty private List<String> audience = new ArrayList<>();

  @Pattern(regexp = "local|prefecture|national")
  private String coverage = "local";

  private String prefecture = "";
  private String municipality = "";

  @Size(max = 300)
  private String address = "";

  private String lat = "";
  private String lon = "";

  @Pattern(regexp = "|\\+?[0-9][0-9-]{1,18}[0-9]|#[0-9]{3,5}")
  private String phone = "";

  @Size(max = 1000)
  private String url = "";

  @Size(max = 300)
  private String hours = "";

  private boolean online;
  private boolean anonymousOk;
  private boolean reservationRequired;
  private boolean womenOnly;

  @Size(max = 200)
  private String fee = "";

  @Size(max = 100)
  private String age = "";

  @Size(max = 2000)
  private String description = "";

  @Size(max = 500)
  private String keywords = "";

  @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}")
  private String updated = "";

  /** The form filled with an entry, for editing. */
  static ResourceForm of(Resource r) {
    ResourceForm f = new ResourceForm();
    f.id = r.id();
    f.name = r.name();
    f.nameKana = r.nameKana();
    f.category = new ArrayList<>(r.categories().stream().map(Category::code).toList());
    f.audience = new ArrayList<>(r.audience().stream().map(Audience::code).toList());
    f.coverage = r.coverage();
    f.prefecture = r.prefecture();
    f.municipality = r.municipality();
    f.address = r.address();
    f.lat = r.lat() == null ? "" : r.lat().toString();
    f.lon = r.lon() == null ? "" : r.lon().toString();
    f.phone = r.phone();
    f.url = r.url() == null ? "" : r.url().toString();
    f.hours = r.hours();
    f.online = r.online();
    f.anonymousOk = r.anonymousOk();
    f.reservationRequired = r.reservationRequired();
    f.womenOnly = r.womenOnly();
    f.fee = r.fee();
    f.age = r.age();
    f.description = r.description();
    f.keywords = String.join("、", r.keywords());
    f.updated = r.updated() == null ? "" : r.updated().toString();
    return f;
  }

  /** Where the entry is, as scopes compare it (a national service: no area). */
  Areas.Area area() {
    return new Areas.Area(prefecture, municipality);
  }

  /** resources.csv's cells for this form ({@code lat}/{@code lon} as given, maybe empty). */
  Map<String, String> cells() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("name", name);
    c.put("name_kana", nameKana);
    c.put("category", String.join("|", category));
    c.put("audience", String.join("|", audience));
    c.put("coverage", coverage);
    c.put("prefecture", coverage.equals("national") ? "" : prefecture);
    c.put("municipality", coverage.equals("local") ? municipality : "");
    c.put("address", address);
    c.put("lat", lat);
    c.put("lon", lon);
    c.put("phone", phone);
    c.put("url", url);
    c.put("hours", hours);
    c.put("online", Boolean.toString(online));
    c.put("anonymous_ok", Boolean.toString(anonymousOk));
    c.put("reservation_required", Boolean.toString(reservationRequired));
    c.put("women_only", Boolean.toString(womenOnly));
    c.put("fee", fee);
    c.put("age", age);
    c.put("description", description);
    c.put("keywords", String.join("|", keywordList()));
    c.put("updated", updated);
    return c;
  }

  /** Keywords as typed, split at 、 , | or a new line. */
  List<String> keywordList() {
    List<String> out = new ArrayList<>();
    for (String k : keywords.split("[、,，|\\n]")) {
      if (!k.isBlank()) {
        out.add(k.strip());
      }
    }
    return out;
  }

  // Getters and setters for Spring's binding (every field is typed text, a box or a list).

  public String getOpened() {
    return opened;
  }

  public void setOpened(String v) {
    opened = strip(v);
  }

  /**
   * A short digest of an entry as the form would show it, the same on every instance (lists in
   * sorted order): a save whose form was opened on another digest would overwrite someone's change.
   */
  static String fingerprint(jp.junction.bot.directory.DirectoryEntry entry) {
    StringBuilder text = new StringBuilder(entry.status().code());
    of(entry.resource())
        .cells()
        .forEach(
            (k, v) -> {
              List<String> parts = new ArrayList<>(List.of(v.split("\\|", -1)));
              java.util.Collections.sort(parts);
              text.append('\n').append(k).append('=').append(String.join("|", parts));
            });
    try {
      byte[] d =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String v) {
    id = strip(v);
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = strip(v);
  }

  public String getNameKana() {
    return nameKana;
  }

  public void setNameKana(String v) {
    nameKana = strip(v);
  }

  public List<String> getCategory() {
    return category;
  }

  public void setCategory(List<String> v) {
    category = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public List<String> getAudience() {
    return audience;
  }

  public void setAudience(List<String> v) {
    audience = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public String getCoverage() {
    return coverage;
  }

  public void setCoverage(String v) {
    coverage = strip(v);
  }

  public String getPrefecture() {
    return prefecture;
  }

  public void setPrefecture(String v) {
    prefecture = strip(v);
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String v) {
    municipality = strip(v);
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String v) {
    address = strip(v);
  }

  public String getLat() {
    return lat;
  }

  public void setLat(String v) {
    lat = strip(v);
  }

  public String getLon() {
    return lon;
  }

  public void setLon(String v) {
    lon = strip(v);
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String v) {
    phone = strip(v);
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String v) {
    url = strip(v);
  }

  public String getHours() {
    return hours;
  }

  public void setHours(String v) {
    hours = strip(v);
  }

  public boolean isOnline() {
    return online;
  }

  public void setOnline(boolean v) {
    online = v;
  }

  public boolean isAnonymousOk() {
    return anonymousOk;
  }

  public void setAnonymousOk(boolean v) {
    anonymousOk = v;
  }

  public boolean isReservationRequired() {
    return reservationRequired;
  }

  public void setReservationRequired(boolean v) {
    reservationRequired = v;
  }

  public boolean isWomenOnly() {
    return womenOnly;
  }

  public void setWomenOnly(boolean v) {
    womenOnly = v;
  }

  public String getFee() {
    return fee;
  }

  public void setFee(String v) {
    fee = strip(v);
  }

  public String getAge() {
    return age;
  }

  public void setAge(String v) {
    age = strip(v);
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String v) {
    description = strip(v);
  }

  public String getKeywords() {
    return keywords;
  }

  public void setKeywords(String v) {
    keywords = strip(v);
  }

  public String getUpdated() {
    return updated;
  }

  public void setUpdated(String v) {
    updated = strip(v);
  }

  private static String strip(String v) {
    return v == null ? "" : v.strip();
  }
}
