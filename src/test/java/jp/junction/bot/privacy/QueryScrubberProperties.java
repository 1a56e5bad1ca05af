package jp.junction.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class QueryScrubberProperties {

  @Property(tries = 500)
  void keptTextHasNoDigitsNoAddressesAndIsShort(@ForAll @StringLength(max = 2000) String text) {
    String kept = QueryScrubber.scrub(text);

    assertThat(kept).doesNotContainPattern("\\p{Nd}").doesNotContainPattern("[\\p{Cc}]");
    assertThat(kept.codePointCount(0, kept.length())).isLessThanOrEqualTo(QueryScrubber.MAX_LENGTH);
    assertThat(QueryScrubber.scrub(kept)).isEqualTo(kept);
  }

  @Property(tries = 300)
  void anEmailAddressNeverSurvives(
      @ForAll @StringLength(min = 1, max = 12) String user, @ForAll("words") String before) {
    String local = "u" + user.replaceAll("[^A-Za-z0-9._+-]", "") + "x";
    String kept = QueryScrubber.scrub(before + " " + local + "@example.org 宛");

    assertThat(kept).doesNotContain("@").doesNotContain("example");
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.of("連絡は", "", "メール", "相談したい");
  }
}
