package jp.junction.bot.admin;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A staff form checked as a whole after its fields, with the gazetteer: {@link EventFormCheck} for
 * events, {@link NoticeFormCheck} for notices, {@link AccountFormCheck} for accounts (Bean
 * Validation picks the one for the form's type).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(
    validatedBy = {
      EventFormCheck.class,
      NoticeFormCheck.class,
      AccountFormCheck.class,
      ResourceFormCheck.class
    })
public @interface WholeForm {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
