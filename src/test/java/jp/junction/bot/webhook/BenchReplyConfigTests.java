package jp.junction.bot.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.junction.bot.line.LineGateway;
import jp.junction.bot.line.OutgoingMessage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The benchmark's reply-only endpoint: absent by default; when on, signed events get one reply. */
class BenchReplyConfigTests {

  private final List<String> repliedTokens = new CopyOnWriteArrayList<>();

  private final WebApplicationContextRunner runner =
      new WebApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  WebMvcAutoConfiguration.class,
                  DispatcherServletAutoConfiguration.class,
                  HttpMessageConvertersAutoConfiguration.class))
          .withBean(
              WebhookParser.class,
              () ->
                  new WebhookParser(
                      new LineSignatureValidator(
                          LineWebhookFixture.SECRET.getBytes(StandardCharsets.UTF_8))))
          .withBean(LineGateway.class, () -> new RecordingLine(repliedTokens))
          .withUserConfiguration(BenchReplyConfig.class);

  @Test
  void theReplyEndpointDoesNotExistUnlessTheBenchmarkAsksForIt() {
    runner.run(context -> assertThat(context).doesNotHaveBean("benchReplyRoute"));
  }

  @Test
  void aSignedWebhookGetsOneReplyPerEventAndAnUnsignedOneNone() {
    String token = LineWebhookFixture.replyToken();
    String body =
        LineWebhookFixture.body(
            LineWebhookFixture.text(
                LineWebhookFixture.userId(), LineWebhookFixture.eventId(), token, "居場所"));
    runner
        .withPropertyValues("junction.bench.noop-endpoint=true")
        .run(
            context -> {
              MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
              mvc.perform(
                      post(BenchReplyConfig.PATH)
                          .header(CallbackController.SIGNATURE_HEADER, "AAAA")
                          .content(body))
                  .andExpect(status().isBadRequest());
              mvc.perform(
                      post(BenchReplyConfig.PATH)
                          .header(
                              CallbackController.SIGNATURE_HEADER,
                              LineWebhookFixture.sign(body, LineWebhookFixture.SECRET))
                          .content(body))
                  .andExpect(status().isOk());
            });
    assertThat(repliedTokens).containsExactly(token);
  }

  private record RecordingLine(List<String> tokens) implements LineGateway {
    @Override
    public boolean reply(String replyToken, List<OutgoingMessage> messages) {
      tokens.add(replyToken);
      return true;
    }

    @Override
    public SendResult push(String userId, List<OutgoingMessage> messages, UUID retryKey) {
      throw new UnsupportedOperationException("the benchmark only replies");
    }

    @Override
    public SendResult multicast(
        List<String> userIds, List<OutgoingMessage> messages, UUID retryKey, boolean silent) {
      throw new UnsupportedOperationException("the benchmark only replies");
    }
  }
}
