package jp.junction.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bot never asks LINE who someone is: no compiled class of ours refers to the SDK's profile
 * calls (their names would sit in the class file's constant pool).
 */
class NoProfileLookupTests {

  static final List<String> PROFILE_CALLS =
      List.of("getProfile", "getGroupMemberProfile", "getRoomMemberProfile", "getFollowers");

  @Test
  void noClassOfTheBotCallsTheProfileApi() throws IOException {
    Path classes = Path.of("target", "classes", "jp", "junction", "bot");
    try (Stream<Path> files = Files.walk(classes)) {
      List<Path> all = files.filter(p -> p.toString().endsWith(".class")).toList();
      assertThat(all).hasSizeGreaterThan(20);
      for (Path file : all) {
        String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String call : PROFILE_CALLS) {
          assertThat(constants).as(file + " refers to " + call).doesNotContain(call);
        }
      }
    }
  }
}
