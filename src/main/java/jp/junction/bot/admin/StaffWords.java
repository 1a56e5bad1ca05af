package jp.junction.bot.admin;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The staff pages' words from {@code messages/staff.properties}, for the few places that are not a
 * template: the forms' whole-form checks, which put a Japanese message next to one field.
 */
@Component
class StaffWords {

  private final MessageSource messages;

  StaffWords(MessageSource messages) {
    this.messages = messages;
  }

  String get(String key, Object... args) {
    return messages.getMessage(key, args, Locale.JAPANESE);
  }

  /** The message of {@code key}, or null when the file has none. */
  String find(String key) {
    return messages.getMessage(key, null, null, Locale.JAPANESE);
  }

  /**
   * Reports {@code key}'s message on {@code field}. The message is final text, so the braces and
   * dollar signs of what staff typed are escaped from Bean Validation's interpolation.
   */
  void reject(ConstraintValidatorContext context, String field, String key, Object... args) {
    String text = get(key, args).replaceAll("([\\\\{}$])", "\\\\$1");
    context
        .buildConstraintViolationWithTemplate(text)
        .addPropertyNode(field)
        .addConstraintViolation();
  }
}
