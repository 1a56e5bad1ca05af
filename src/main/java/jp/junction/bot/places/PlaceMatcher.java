package jp.junction.bot.places;

import static jp.junction.bot.places.WordEdges.isKana;
import static jp.junction.bot.places.WordEdges.isKanji;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds place names in normalised text: full names, names without 市/町/村/区, hiragana and katakana
 * readings, romaji, variant kanji (塩竈/塩釜), town-area names (難波, 梅田), and, when nothing else is
 * found, kanji names with one wrong character or a same-reading wrong kanji (高末 → 高松). Longer names
 * win, stations and town areas included, so 東久留米 is never read as 久留米 nor 志木駅 as 志木市.
 */
final class PlaceMatcher {

  private static final Pattern LATIN_WORD = Pattern.compile("[a-z]+");

  /** Longest kanji name tried with one wrong character (longer names are rare). */
  private static final int MAX_NEAR_MISS = 6;

  /** Short names that are everyday words far more often than places (県南部, 中央線). */
  private static final java.util.Set<String> COMMON_WORDS =
      java.util.Set.of("南部", "北部", "東部", "西部", "中部", "中央");

  /**
   * Everyday words in romaji that are also a municipality's reading (musuko no koto de: こと is no
   * 江東区; nakama, hikari, midori, nagai, mitsuke, kamo, sakura, shiroi): never read as places in
   * romaji. Kanji and kana spellings of those places still are.
   */
  private static final java.util.Set<String> ROMAJI_WORDS =
      java.util.Set.of(
          "koto", "kamo", "nagai", "mitsuke", "hikari", "midori", "sakura", "nakama", "shiroi");

  /** What a spelling may mean. */
  private record Entry(Prefecture prefecture, Municipality municipality) {}

  private final Map<String, List<Entry>> exact = new HashMap<>();
  private final Map<String, List<Entry>> romaji = new HashMap<>();
  private final Map<String, List<Entry>> nearMiss = new HashMap<>();

  /**
   * Spellings as the gazetteer writes them, before folding: tells an exact match from a variant.
   */
  private final Set<String> ownSpellings = new java.util.HashSet<>();

  private final Spelling spelling;
  private final SameReading sameReading;
  private final Districts districts;
  private int longest;

  /**
   * @param districts reads the districts, given which spellings already name a place
   */
  PlaceMatcher(
      List<Municipality> municipalities,
      List<Prefecture> prefectures,
      Spelling spelling,
      SameReading sameReading,
      java.util.function.Function<java.util.function.Predicate<String>, Districts> districts) {
    this.spelling = spelling;
    this.sameReading = sameReading;
    for (Prefecture p : prefectures) {
      Entry entry = new Entry(p, null);
      String stem =
          p.name().equals("北海道") ? p.name() : p.name().substring(0, p.name().length() - 1);
      addSpellings(entry, p.name(), stem, p.kana(), stemKana(p.kana(), p.name()));
    }
    for (Municipality m : municipalities) {
      Entry entry = new Entry(null, m);
      String name = Readings.normalize(m.name());
      String stem = name.length() >= 3 && !m.isWard() ? name.substring(0, name.length() - 1) : null;
      addSpellings(entry, name, stem, m.kana(), stemKana(m.kana(), name));
      if (m.isWard()) {
        String full = Readings.hiragana(Readings.normalize(m.parent()) + name);
        ownSpellings.add(full);
        add(exact, spelling.fold(full), entry);
      }
    }
    sameReading.learnFromNames();
    this.districts = districts.apply(exact::containsKey);
  }

  Spelling spelling() {
    return spelling;
  }

  List<Municipality> districtTowns(String text) {
    return districts.named(spelling.fold(Readings.hiragana(Readings.normalize(text))));
  }

  int districtCount() {
    return districts.size();
  }

  List<Gazetteer.Mention> mentions(String text) {
    String plain = Readings.hiragana(Readings.normalize(text));
    String folded = spelling.fold(plain);
    List<Gazetteer.Mention> found = new ArrayList<>();
    for (int i = 0; i < folded.length(); i++) {
      // A station (志木駅, 和泉府中) or a town area (大泉学園, 花小金井) longer than the place names in it
      // is offered as a span of its own: the longest name wins below, and the districts read it.
      int longer = districts.stationAt(folded, i);
      boolean matched = false;
      for (int len = Math.min(longest, folded.length() - i); len >= 2; len--) {
        String piece = folded.substring(i, i + len);
        List<Entry> entries = exact.get(piece);
        if (entries != null && (!isKana(piece) || bounded(folded, i, i + len))) {
          String written = plain.substring(i, i + len);
          matched = true;
          if (longer < 0 && isStemOnly(piece, entries)) {
            longer = districts.longestAt(folded, i, i + len + 2);
          }
          Gazetteer.Match how =
              ownSpellings.contains(written) ? Gazetteer.Match.EXACT : Gazetteer.Match.VARIANT;
          found.add(mention(i, i + len, written, entries, how));
          break;
        }
      }
      if (longer < 0 && !matched && startsKanjiWord(folded, i)) {
        longer = districts.longestAt(folded, i, i + 3);
      }
      if (longer > 0) {
        found.add(
            new Gazetteer.Mention(
                i, longer, plain.substring(i, longer), null, List.of(), Gazetteer.Match.DISTRICT));
      }
    }
    Matcher words = LATIN_WORD.matcher(folded);
    while (words.find()) {
      List<Entry> entries =
          ROMAJI_WORDS.contains(words.group())
              ? null
              : romaji.get(Readings.romajiKey(words.group()));
      if (entries != null && words.group().length() >= 4) {
        found.add(
            mention(words.start(), words.end(), words.group(), entries, Gazetteer.Match.EXACT));
      }
    }
    List<Gazetteer.Mention> chosen = new ArrayList<>(nonOverlapping(found));
    chosen.removeIf(m -> m.match() == Gazetteer.Match.DISTRICT); // left to the districts
    chosen = withDistricts(plain, folded, chosen);
    List<Gazetteer.Mention> nearMisses = nearMisses(folded);
    chosen = withLongerNearMisses(folded, chosen, nearMisses);
    if (chosen.stream().noneMatch(m -> !m.municipalities().isEmpty())) {
      List<Gazetteer.Mention> typos = new ArrayList<>(chosen);
      typos.addAll(nearMisses);
      typos.addAll(sameReadings(folded));
      chosen = nonOverlapping(typos);
    }
    return chosen;
  }

  /**
   * Adds the town-area names outside the places found; a name several towns have is narrowed to
   * those in a municipality named in the text, else in a prefecture named (or of a town named).
   */
  private List<Gazetteer.Mention> withDistricts(
      String plain, String folded, List<Gazetteer.Mention> places) {
    boolean[] taken = new boolean[folded.length() + 1];
    boolean[] ends = new boolean[folded.length() + 1];
    Set<String> towns = new java.util.HashSet<>();
    Set<String> prefectures = new java.util.HashSet<>();
    for (Gazetteer.Mention m : places) {
      java.util.Arrays.fill(taken, m.start(), m.end(), true);
      ends[m.end()] = true;
      if (m.prefecture() != null) {
        prefectures.add(m.prefecture().name());
      }
      for (Municipality t : m.municipalities()) {
        towns.add(cityKey(t));
        towns.add(t.key());
        prefectures.add(t.prefecture());
      }
    }
    List<Districts.Hit> hits = districts.find(folded, taken, ends);
    List<List<Municipality>> narrowed = new ArrayList<>();
    for (Districts.Hit hit : hits) {
      narrowed.add(
          narrow(
              hit.municipalities(),
              t -> towns.contains(cityKey(t)) || towns.contains(t.key()),
              t -> prefectures.contains(t.prefecture())));
    }
    narrowTogether(narrowed);
    List<Gazetteer.Mention> out = new ArrayList<>(places);
    for (int h = 0; h < hits.size(); h++) {
      Districts.Hit hit = hits.get(h);
      String surface = folded.substring(hit.start(), hit.end());
      String written = plain.substring(hit.start(), hit.end());
      List<Entry> readsLike = new ArrayList<>();
      sameReading.guesses(surface).forEach(t -> readsLike.add((Entry) t.place()));
      // A town area that reads like a municipality or prefecture (高末 in 新温泉町 for 高松) is far
      // more often that place mistyped: offered as a guess, which the search has to confirm.
      out.add(
          readsLike.isEmpty()
              ? new Gazetteer.Mention(
                  hit.start(), hit.end(), written, null, narrowed.get(h), Gazetteer.Match.DISTRICT)
              : mention(hit.start(), hit.end(), written, readsLike, Gazetteer.Match.SAME_READING));
    }
    out.sort(Comparator.comparingInt(Gazetteer.Mention::start));
    return out;
  }

  /** The towns in a named town if any, else in a named prefecture if any, else all. */
  private static List<Municipality> narrow(
      List<Municipality> towns,
      java.util.function.Predicate<Municipality> inTown,
      java.util.function.Predicate<Municipality> inPrefecture) {
    List<Municipality> byTown = towns.stream().filter(inTown).toList();
    if (!byTown.isEmpty()) {
      return byTown;
    }
    List<Municipality> byPrefecture = towns.stream().filter(inPrefecture).toList();
    return byPrefecture.isEmpty() ? towns : byPrefecture;
  }

  /**
   * Town areas named together point to each other: 梅田 and なんば, each in several towns, are both
   * narrowed to the city (else the prefecture) they share, when they share one.
   */
  private static void narrowTogether(List<List<Municipality>> lists) {
    if (lists.size() < 2) {
      return;
    }
    for (java.util.function.Function<Municipality, String> key :
        List.<java.util.function.Function<Municipality, String>>of(
            PlaceMatcher::cityKey, Municipality::prefecture)) {
      Set<String> common = null;
      for (List<Municipality> list : lists) {
        Set<String> keys = new java.util.HashSet<>();
        list.forEach(t -> keys.add(key.apply(t)));
        if (common == null) {
          common = keys;
        } else {
          common.retainAll(keys);
        }
      }
      if (!common.isEmpty()) {
        Set<String> shared = common;
        lists.replaceAll(list -> list.stream().filter(t -> shared.contains(key.apply(t))).toList());
        return;
      }
    }
  }

  private static String cityKey(Municipality t) {
    return t.prefecture() + "/" + (t.isWard() ? t.parent() : t.name());
  }

  /** A kanji at {@code i} that starts a word: at the start or after anything but a kanji. */
  private static boolean startsKanjiWord(String text, int i) {
    return isKanji(text.charAt(i)) && (i == 0 || !isKanji(text.charAt(i - 1)));
  }

  /** Whether {@code piece} names its places only without their 市/町/村/区/都/府/県 (大泉 for 大泉町). */
  private static boolean isStemOnly(String piece, List<Entry> entries) {
    for (Entry e : entries) {
      String name = e.prefecture() != null ? e.prefecture().name() : e.municipality().name();
      if (name.equals(piece) || Readings.hiragana(name).equals(piece)) {
        return false;
      }
    }
    return true;
  }

  /** Kanji runs that read like a place's kanji name (高末 → 高松). */
  private List<Gazetteer.Mention> sameReadings(String folded) {
    List<Gazetteer.Mention> found = new ArrayList<>();
    forEachKanjiPiece(
        folded,
        2,
        4,
        (i, piece) -> {
          List<Entry> entries = new ArrayList<>();
          sameReading.guesses(piece).forEach(t -> entries.add((Entry) t.place()));
          if (!entries.isEmpty()) {
            found.add(mention(i, i + piece.length(), piece, entries, Gazetteer.Match.SAME_READING));
          }
        });
    return found;
  }

  /**
   * A town's name stuck to a kanji that ends no name (東村上: 東村 and 上) is more likely a longer name
   * with one wrong kanji (東村山): such a guess, when it covers the shorter name, replaces it.
   */
  private static List<Gazetteer.Mention> withLongerNearMisses(
      String folded, List<Gazetteer.Mention> chosen, List<Gazetteer.Mention> nearMisses) {
    List<Gazetteer.Mention> stuck =
        chosen.stream()
            .filter(m -> m.match() == Gazetteer.Match.EXACT || m.match() == Gazetteer.Match.VARIANT)
            .filter(m -> !m.municipalities().isEmpty())
            .filter(m -> m.end() < folded.length() && isKanji(folded.charAt(m.end())))
            .filter(
                m -> WordEdges.AFTER_TOWN.stream().noneMatch(w -> folded.startsWith(w, m.end())))
            .toList();
    if (stuck.isEmpty()) {
      return chosen;
    }
    List<Gazetteer.Mention> longer =
        nearMisses.stream()
            .filter(n -> stuck.stream().anyMatch(m -> n.start() <= m.start() && m.end() < n.end()))
            .toList();
    if (longer.isEmpty()) {
      return chosen;
    }
    List<Gazetteer.Mention> all = new ArrayList<>(longer);
    all.addAll(chosen);
    return nonOverlapping(all);
  }

  /** Calls {@code action} with every run of kanji of min..max characters, longest first. */
  private static void forEachKanjiPiece(
      String folded, int min, int max, java.util.function.BiConsumer<Integer, String> action) {
    for (int i = 0; i < folded.length(); i++) {
      int run = 0;
      while (i + run < folded.length() && isKanji(folded.charAt(i + run))) {
        run++;
      }
      for (int len = Math.min(max, run); len >= min; len--) {
        action.accept(i, folded.substring(i, i + len));
      }
    }
  }

  private List<Gazetteer.Mention> nearMisses(String folded) {
    List<Gazetteer.Mention> found = new ArrayList<>();
    forEachKanjiPiece(
        folded,
        3,
        MAX_NEAR_MISS,
        (i, piece) -> {
          for (int j = 0; j < piece.length(); j++) {
            List<Entry> entries = nearMiss.get(wildcard(piece, j));
            if (entries != null) {
              found.add(mention(i, i + piece.length(), piece, entries, Gazetteer.Match.NEAR_MISS));
            }
          }
        });
    return found;
  }

  private static List<Gazetteer.Mention> nonOverlapping(List<Gazetteer.Mention> found) {
    List<Gazetteer.Mention> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingInt((Gazetteer.Mention m) -> m.start() - m.end())
            .thenComparing(Gazetteer.Mention::match)
            .thenComparingInt(Gazetteer.Mention::start));
    List<Gazetteer.Mention> chosen = new ArrayList<>();
    for (Gazetteer.Mention m : sorted) {
      if (chosen.stream().noneMatch(c -> c.start() < m.end() && m.start() < c.end())) {
        chosen.add(m);
      }
    }
    chosen.sort(Comparator.comparingInt(Gazetteer.Mention::start));
    return chosen;
  }

  private static Gazetteer.Mention mention(
      int start, int end, String surface, List<Entry> entries, Gazetteer.Match how) {
    Prefecture prefecture = null;
    Set<Municipality> towns = new LinkedHashSet<>();
    for (Entry e : entries) {
      if (e.prefecture() != null) {
        prefecture = e.prefecture();
      } else {
        towns.add(e.municipality());
      }
    }
    return new Gazetteer.Mention(start, end, surface, prefecture, List.copyOf(towns), how);
  }

  private void addSpellings(Entry entry, String name, String stem, String kana, String kanaStem) {
    ownSpellings.add(Readings.hiragana(name));
    if (stem != null) {
      ownSpellings.add(Readings.hiragana(stem));
    }
    name = spelling.fold(Readings.hiragana(name));
    stem = stem == null ? null : spelling.fold(Readings.hiragana(stem));
    add(exact, name, entry);
    sameReading.add(name, kana, entry);
    if (stem != null && kanaStem != null) {
      sameReading.add(stem, kanaStem, entry);
    }
    boolean kanaOnly = stem != null && stem.chars().allMatch(c -> isKana((char) c));
    if (stem != null && stem.length() >= (kanaOnly ? 3 : 2) && !COMMON_WORDS.contains(stem)) {
      add(exact, stem, entry);
    }
    for (String spelling : new String[] {name, stem}) {
      if (spelling != null
          && spelling.length() >= 3
          && spelling.codePoints().allMatch(WordEdges::isKanji)) {
        for (int j = 0; j < spelling.length(); j++) {
          add(nearMiss, wildcard(spelling, j), entry);
        }
      }
    }
    if (!kana.isEmpty()) {
      ownSpellings.add(kana);
      add(exact, kana, entry);
      add(romaji, Readings.romajiKey(Readings.romaji(kana)), entry);
    }
    if (kanaStem != null && kanaStem.length() >= 3) {
      ownSpellings.add(kanaStem);
      add(exact, kanaStem, entry);
      // A designated city's ward without its city (minami, kita, higashi) is a direction in romaji.
      if (entry.municipality() == null || !entry.municipality().isWard()) {
        add(romaji, Readings.romajiKey(Readings.romaji(kanaStem)), entry);
      }
    }
  }

  private void add(Map<String, List<Entry>> map, String spelling, Entry entry) {
    List<Entry> entries = map.computeIfAbsent(spelling, k -> new ArrayList<>(1));
    if (!entries.contains(entry)) {
      entries.add(entry);
    }
    longest = Math.max(longest, spelling.length());
  }

  /** The reading without the suffix's reading: たかまつし → たかまつ, まんのうちょう → まんのう. */
  private static String stemKana(String kana, String name) {
    if (kana.isEmpty()) {
      return null;
    }
    char suffix = name.charAt(name.length() - 1);
    String[] endings =
        switch (suffix) {
          case '市' -> new String[] {"し"};
          case '区' -> new String[] {"く"};
          case '町' -> new String[] {"ちょう", "まち"};
          case '村' -> new String[] {"むら", "そん"};
          case '県' -> new String[] {"けん"};
          case '府' -> new String[] {"ふ"};
          case '都' -> new String[] {"と"};
          default -> new String[0];
        };
    for (String ending : endings) {
      if (kana.endsWith(ending) && kana.length() > ending.length()) {
        return kana.substring(0, kana.length() - ending.length());
      }
    }
    return null;
  }

  /**
   * A kana-only place reading must stand as a word: at the start or after a space or punctuation,
   * and followed by a particle, a non-kana character or the end (so 会いたこと is not 潮来).
   */
  private static boolean bounded(String text, int start, int end) {
    boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
    boolean after =
        end == text.length()
            || !isKana(text.charAt(end))
            || WordEdges.PARTICLES.indexOf(text.charAt(end)) >= 0;
    return before && after;
  }

  private static String wildcard(String spelling, int position) {
    return spelling.substring(0, position) + '\u0000' + spelling.substring(position + 1);
  }
}
