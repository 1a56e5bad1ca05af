package jp.junction.bot.places;

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
 * readings, romaji, and kanji names with one wrong character. Longer matches win, so 東久留米 is never
 * read as 久留米.
 */
final class PlaceMatcher {

  private static final Pattern LATIN_WORD = Pattern.compile("[a-z]+");

  /** Longest kanji name tried with one wrong character (longer names are rare). */
  private static final int MAX_NEAR_MISS = 6;

  /** Short names that are everyday words far more often than places (県南部, 中央線). */
  private static final java.util.Set<String> COMMON_WORDS =
      java.util.Set.of("南部", "北部", "東部", "西部", "中部", "中央");

  private static final String PARTICLES = "でにのはをへやとかもだ";

  /** What a spelling may mean. */
  private record Entry(Prefecture prefecture, Municipality municipality) {}

  private final Map<String, List<Entry>> exact = new HashMap<>();
  private final Map<String, List<Entry>> romaji = new HashMap<>();
  private final Map<String, List<Entry>> nearMiss = new HashMap<>();
  private int longest;

  PlaceMatcher(List<Municipality> municipalities, List<Prefecture> prefectures) {
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
        add(exact, Readings.normalize(m.parent()) + name, entry);
      }
    }
  }

  List<Gazetteer.Mention> mentions(String text) {
    String folded = Readings.hiragana(Readings.normalize(text));
    List<Gazetteer.Mention> found = new ArrayList<>();
    for (int i = 0; i < folded.length(); i++) {
      for (int len = Math.min(longest, folded.length() - i); len >= 2; len--) {
        String piece = folded.substring(i, i + len);
        List<Entry> entries = exact.get(piece);
        if (entries != null && (!isKana(piece) || bounded(folded, i, i + len))) {
          found.add(mention(i, i + len, piece, entries, false));
          break;
        }
      }
    }
    Matcher words = LATIN_WORD.matcher(folded);
    while (words.find()) {
      List<Entry> entries = romaji.get(Readings.romajiKey(words.group()));
      if (entries != null && words.group().length() >= 4) {
        found.add(mention(words.start(), words.end(), words.group(), entries, false));
      }
    }
    List<Gazetteer.Mention> chosen = nonOverlapping(found);
    if (chosen.stream().noneMatch(m -> !m.municipalities().isEmpty())) {
      List<Gazetteer.Mention> typos = new ArrayList<>(chosen);
      typos.addAll(nearMisses(folded));
      chosen = nonOverlapping(typos);
    }
    return chosen;
  }

  private List<Gazetteer.Mention> nearMisses(String folded) {
    List<Gazetteer.Mention> found = new ArrayList<>();
    for (int i = 0; i < folded.length(); i++) {
      int run = 0;
      while (i + run < folded.length() && isKanji(folded.charAt(i + run))) {
        run++;
      }
      for (int len = Math.min(MAX_NEAR_MISS, run); len >= 3; len--) {
        String piece = folded.substring(i, i + len);
        for (int j = 0; j < len; j++) {
          List<Entry> entries = nearMiss.get(wildcard(piece, j));
          if (entries != null) {
            found.add(mention(i, i + len, piece, entries, true));
          }
        }
      }
    }
    return found;
  }

  private static List<Gazetteer.Mention> nonOverlapping(List<Gazetteer.Mention> found) {
    List<Gazetteer.Mention> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingInt((Gazetteer.Mention m) -> m.start() - m.end())
            .thenComparing(Gazetteer.Mention::nearMiss)
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
      int start, int end, String surface, List<Entry> entries, boolean nearMiss) {
    Prefecture prefecture = null;
    Set<Municipality> towns = new LinkedHashSet<>();
    for (Entry e : entries) {
      if (e.prefecture() != null) {
        prefecture = e.prefecture();
      } else {
        towns.add(e.municipality());
      }
    }
    return new Gazetteer.Mention(start, end, surface, prefecture, List.copyOf(towns), nearMiss);
  }

  private void addSpellings(Entry entry, String name, String stem, String kana, String kanaStem) {
    add(exact, name, entry);
    boolean kanaOnly = stem != null && stem.chars().allMatch(c -> isHiragana((char) c));
    if (stem != null && stem.length() >= (kanaOnly ? 3 : 2) && !COMMON_WORDS.contains(stem)) {
      add(exact, stem, entry);
    }
    for (String spelling : new String[] {name, stem}) {
      if (spelling != null
          && spelling.length() >= 3
          && spelling.codePoints().allMatch(PlaceMatcher::isKanji)) {
        for (int j = 0; j < spelling.length(); j++) {
          add(nearMiss, wildcard(spelling, j), entry);
        }
      }
    }
    if (!kana.isEmpty()) {
      add(exact, kana, entry);
      add(romaji, Readings.romajiKey(Readings.romaji(kana)), entry);
    }
    if (kanaStem != null && kanaStem.length() >= 3) {
      add(exact, kanaStem, entry);
      add(romaji, Readings.romajiKey(Readings.romaji(kanaStem)), entry);
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
            || !isHiragana(text.charAt(end))
            || PARTICLES.indexOf(text.charAt(end)) >= 0;
    return before && after;
  }

  private static String wildcard(String spelling, int position) {
    return spelling.substring(0, position) + '\u0000' + spelling.substring(position + 1);
  }

  private static boolean isKana(String text) {
    return text.chars().allMatch(c -> isHiragana((char) c));
  }

  private static boolean isHiragana(char c) {
    return (c >= 'ぁ' && c <= 'ゖ') || c == 'ー';
  }

  private static boolean isKanji(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
