package jp.junction.bot.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever is written after {@code https://}, a link is either refused or one LINE can open. */
class LinkProperties {

  @Property(tries = 2000)
  void anAcceptedLinkIsAValidUriOfAtMostAThousandCharactersAndStable(
      @ForAll("written") String written) {
    Optional<Link> link = Link.tryParse(written);

    link.ifPresent(
        l -> {
          String value = l.toString();
          assertThat(value.length()).isLessThanOrEqualTo(Link.MAX_LENGTH);
          assertThat(value).matches("https?://[\\x21-\\x7E]+");
          assertThat(URI.create(value).getHost()).isNotNull();
          assertThat(Link.parse(value)).isEqualTo(l);
        });
  }

  @Provide
  Arbitrary<String> written() {
    Arbitrary<String> host =
        Arbitraries.of("example.jp", "例え.jp", "EXAMPLE.jp:8443", "", "a b.jp", "x@y.jp");
    Arbitrary<String> tail =
        Arbitraries.strings()
            .withChars("/?#%&=+ 　あ相談😀\"<>[]{}|\\^`~'!*();:@,$.-_")
            .withCharRange('a', 'z')
            .withCharRange('0', '9')
            .ofMaxLength(1200);
    return Arbitraries.of("https://", "http://", "HTTPS://", "ftp://")
        .flatMap(scheme -> host.flatMap(h -> tail.map(t -> scheme + h + "/" + t)));
  }
}
