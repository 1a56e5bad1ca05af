package jp.junction.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import jp.junction.bot.line.LineLimits;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Postback data comes from the network: anything at all must parse to a value or to nothing. */
class PostbackDataProperties {

  @Property(tries = 1000)
  void anyDataParsesToSomethingOrNothingWithoutFailing(@ForAll("forged") String data) {
    Optional<PostbackData> parsed = PostbackData.parse(data);

    parsed.ifPresent(p -> assertThat(p.node() == null).isNotEqualTo(p.action() == null));
  }

  @Property(tries = 300)
  void dataLongerThanLineAllowsIsRejected(
      @ForAll @StringLength(min = LineLimits.POSTBACK_DATA + 1, max = 20_000) String data) {
    assertThat(PostbackData.parse(data)).isEmpty();
  }

  @Property(tries = 500)
  void whatTheBotIssuesParsesBackToTheSameAction(
      @ForAll("names") String action, @ForAll("args") Map<String, String> args) {
    String data = PostbackData.action(action, args);
    Assume.that(data.length() <= LineLimits.POSTBACK_DATA);

    Optional<PostbackData> parsed = PostbackData.parse(data);

    assertThat(parsed).isPresent();
    assertThat(parsed.get().action()).isEqualTo(action);
    assertThat(parsed.get().args()).isEqualTo(args);
  }

  @Provide
  Arbitrary<String> forged() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.of(
                "n=",
                "a=",
                "&",
                "=",
                "%",
                "%E3%81",
                "%zz",
                "%%",
                "+",
                "n=menu",
                "a=privacy.erase",
                "&&",
                "==",
                "\u0000",
                "😀",
                "\ud800",
                "\udc00",
                " "),
            Arbitraries.strings().ofMaxLength(20));
    return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(30);
  }

  @Provide
  Arbitrary<Map<String, String>> args() {
    Arbitrary<String> keys =
        Arbitraries.strings()
            .ofMinLength(1)
            .ofMaxLength(10)
            .filter(k -> !k.equals("n") && !k.equals("a") && !k.equals("l"));
    return Arbitraries.maps(keys, Arbitraries.strings().ofMaxLength(20)).ofMaxSize(4);
  }
}
