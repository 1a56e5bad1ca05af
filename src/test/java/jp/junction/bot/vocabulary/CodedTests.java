package jp.junction.bot.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shared words: their codes (as the data format writes them), display order and parsing. */
class CodedTests {

  @Test
  void codesAreThoseOfTheDataFormatInDisplayOrder() {
    assertThat(codes(Category.values()))
        .containsExactly(
            "consultation",
            "ibasho",
            "peer",
            "family",
            "employment",
            "hotline",
            "learning",
            "medical",
            "outreach");
    assertThat(codes(Audience.values())).containsExactly("self", "family", "supporter");
    assertThat(codes(Flag.values()))
        .containsExactly(
            "anonymous_ok",
            "no_reservation",
            "online",
            "women_only",
            "free",
            "evening",
            "weekend",
            "in_person");
  }

  @Test
  void aCellOfSeveralCodesIsReadInDisplayOrderWhateverOrderItWasWrittenIn() {
    Set<Category> kinds = Coded.parseAll(Category.class, "outreach| ibasho |consultation");

    assertThat(kinds).containsExactly(Category.CONSULTATION, Category.IBASHO, Category.OUTREACH);
    assertThat(Coded.join(kinds)).isEqualTo("consultation|ibasho|outreach");
    assertThat(Coded.parseAll(Audience.class, "")).isEmpty();
  }

  @Test
  void anUnknownCodeIsRefusedNamingTheAllowedOnes() {
    assertThatThrownBy(() -> Coded.parseAll(Audience.class, "self|parents"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'parents' is not one of self, family or supporter");
    assertThatThrownBy(() -> Coded.parse(Category.class, "Ibasho"))
        .hasMessageContaining("consultation, ibasho, peer");
    assertThat(Coded.find(Flag.class, "women_only")).contains(Flag.WOMEN_ONLY);
    assertThat(Coded.find(Flag.class, null)).isEmpty();
  }

  @Test
  void aCopyKeepsDisplayOrderAndCannotBeChanged() {
    Set<Audience> copy = Coded.copyOf(Audience.class, List.of(Audience.SUPPORTER, Audience.SELF));

    assertThat(copy).containsExactly(Audience.SELF, Audience.SUPPORTER);
    assertThatThrownBy(() -> copy.add(Audience.FAMILY))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static List<String> codes(Coded[] words) {
    return Arrays.stream(words).map(Coded::code).toList();
  }
}
