package jp.junction.bot.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A word of the shared vocabulary, written in files, Redis and postbacks as its code: the
 * constant's name in lower case ({@code WOMEN_ONLY} is {@code women_only}). Several codes in one
 * cell are separated by {@code |}.
 */
public interface Coded {

  /** The enum constant's name (implemented by every enum). */
  String name();

  /** How the word is written in resources.csv, events.csv, Redis, postbacks and the lexicon. */
  @JsonValue
  default String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The word written as {@code code}, if there is one. */
  static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.strip();
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(wanted)).findFirst();
  }

  /**
   * The word written as {@code code}.
   *
   * @throws IllegalArgumentException naming the allowed codes when there is no such word
   */
  static <E extends Enum<E> & Coded> E parse(Class<E> type, String code) {
    return find(type, code)
        .orElseThrow(
            () -> new IllegalArgumentException("'" + code + "' is not one of " + allowed(type)));
  }

  /**
   * The words of a {@code |}-separated cell, in display order; an empty cell is no word.
   *
   * @throws IllegalArgumentException naming the allowed codes at the first unknown one
   */
  static <E extends Enum<E> & Coded> Set<E> parseAll(Class<E> type, String cell) {
    EnumSet<E> words = EnumSet.noneOf(type);
    if (cell == null || cell.isBlank()) {
      return words;
    }
    for (String code : cell.split("\\|")) {
      words.add(parse(type, code));
    }
    return words;
  }

  /** The codes in display order, {@code |}-separated (as a cell or a Redis field holds them). */
  static <E extends Enum<E> & Coded> String join(Collection<E> words) {
    return words.stream().sorted().map(Coded::code).collect(Collectors.joining("|"));
  }

  /** An unmodifiable copy in display order (the declaration order of the enum). */
  static <E extends Enum<E> & Coded> Set<E> copyOf(Class<E> type, Collection<E> words) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    copy.addAll(words);
    return Collections.unmodifiableSet(copy);
  }

  /** The allowed codes for messages: {@code self, family or supporter}. */
  static String allowed(Class<? extends Coded> type) {
    Coded[] all = type.getEnumConstants();
    String head =
        Arrays.stream(all, 0, all.length - 1).map(Coded::code).collect(Collectors.joining(", "));
    return head + " or " + all[all.length - 1].code();
  }
}
