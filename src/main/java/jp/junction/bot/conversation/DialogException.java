package jp.junction.bot.conversation;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

/** Dialog content is missing or broken; the message names the file and key. */
public class DialogException extends RuntimeException {

  public DialogException(String message) {
    super(message);
  }

  /** Where in a YAML file a mapping problem is: its key path and line. */
  public static String where(JsonMappingException e) {
    String path =
        e.getPath().stream()
            .map(
                ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining("."));
    String line = e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNr());
    return path + " (line " + line + ")";
  }
}
