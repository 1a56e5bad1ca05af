package jp.junction.bot.webhook;

import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParser;
import java.nio.charset.StandardCharsets;
import jp.junction.bot.line.ChannelSecret;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SDK's parser with its constant-time signature check, keyed by the channel secret. */
@Configuration
class WebhookConfig {

  @Bean
  WebhookParser webhookParser(ChannelSecret secret) {
    return new WebhookParser(
        new LineSignatureValidator(secret.value().getBytes(StandardCharsets.UTF_8)));
  }
}
