package jp.junction.bot.admin;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import jp.junction.bot.events.Event;
import jp.junction.bot.notices.NoticeStatus;
import jp.junction.bot.system.JapanTime;
import jp.junction.bot.vocabulary.Audience;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * The staff pages' HTML, built from escaped pieces (no template engine, no script). Every form
 * carries the CSRF token.
 */
final class AdminHtml {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final String STYLE =
"""
body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}
label{display:block;margin:.4rem 0}input[type=text],textarea{width:100%}
.error{color:#b00020;font-weight:bold}.cancelled{color:#888;text-decoration:line-through}
.chat{background:#8cabd9;padding:1rem;border-radius:.5rem;max-width:24rem}
.bubble{background:#fff;border-radius:1rem;padding:.7rem .9rem;white-space:pre-wrap;
  font-size:.95rem;line-height:1.45}
.counts td{font-size:1.2rem}
""";

  private static final Map<Audience, String> AUDIENCE_LABELS =
      new EnumMap<>(Map.of(Audience.SELF, "本人", Audience.FAMILY, "家族", Audience.SUPPORTER, "支援者"));

  private AdminHtml() {}

  static String page(String title, String body) {
    return "<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width\"><title>"
        + esc(title)
        + "</title><style>"
        + STYLE
        + "</style></head><body><p><a href=\"/admin\">イベント一覧</a>"
        + "</p><h1>"
        + esc(title)
        + "</h1>"
        + body
        + "</body></html>";
  }

  static String refreshingPage(String title, String body) {
    return page(title, body)
        .replace(
            "<meta charset=\"utf-8\">",
            "<meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"2\">");
  }

  static String esc(Object value) {
    return value == null ? "" : HtmlUtils.htmlEscape(value.toString(), "UTF-8");
  }

  static String form(String action, CsrfToken csrf, String fields, String button, String id) {
    return "<form method=\"post\" action=\""
        + esc(action)
        + "\">"
        + fields
        + "<input type=\"hidden\" name=\""
        + esc(csrf.getParameterName())
        + "\" value=\""
        + esc(csrf.getToken())
        + "\"><button type=\"submit\" id=\""
        + esc(id)
        + "\">"
        + esc(button)
        + "</button></form>";
  }

  static String error(String message) {
    return message == null ? "" : "<p class=\"error\" id=\"error\">" + esc(message) + "</p>";
  }

  static String text(String name, String label, Object value) {
    return "<label>"
        + esc(label)
        + "<input type=\"text\" id=\""
        + esc(name)
        + "\" name=\""
        + esc(name)
        + "\" value=\""
        + esc(value)
        + "\"></label>";
  }

  static String textarea(String name, String label, Object value) {
    return "<label>"
        + esc(label)
        + "<textarea rows=\"3\" id=\""
        + esc(name)
        + "\" name=\""
        + esc(name)
        + "\">"
        + esc(value)
        + "</textarea></label>";
  }

  static String dateTime(String name, String label, OffsetDateTime value) {
    String shown = value == null ? "" : value.atZoneSameInstant(JapanTime.ZONE).format(LOCAL);
    return "<label>"
        + esc(label)
        + "（日本時間）<input type=\"datetime-local\" id=\""
        + esc(name)
        + "\" name=\""
        + esc(name)
        + "\" value=\""
        + shown
        + "\"></label>";
  }

  static String checkbox(String name, String value, String label, boolean checked) {
    String id = name + "-" + value;
    return "<label><input type=\"checkbox\" id=\""
        + esc(id)
        + "\" name=\""
        + esc(name)
        + "\" value=\""
        + esc(value)
        + "\""
        + (checked ? " checked" : "")
        + "> "
        + esc(label)
        + "</label>";
  }

  static String audience(String name, Set<Audience> checked) {
    StringBuilder boxes = new StringBuilder();
    for (Audience a : Audience.values()) {
      boxes.append(checkbox(name, a.code(), AUDIENCE_LABELS.get(a), checked.contains(a)));
    }
    return boxes.toString();
  }

  /** The event form; {@code e} null for a new event. */
  static String eventFields(Event e) {
    Map<String, Object> c = e == null ? Map.of() : jp.junction.bot.events.Events.columns(e);
    return text("title", "タイトル", c.get("title"))
        + dateTime("starts_at", "開始", e == null ? null : e.startsAt())
        + dateTime("ends_at", "終了", e == null ? null : e.endsAt())
        + text("prefecture", "都道府県（全国＝オンライン）", c.get("prefecture"))
        + text("municipality", "市区町村（県全体なら空欄）", c.get("municipality"))
        + text("venue", "会場", c.get("venue"))
        + checkbox("online", "true", "オンライン", e != null && e.online())
        + audience("audience", e == null ? Set.of() : e.audience())
        + checkbox("women_only", "true", "女性のみ", e != null && e.womenOnly())
        + text("registration", "申込方法（空欄＝申込不要）", c.get("registration"))
        + textarea("description", "説明", c.get("description"));
  }

  /** The notice exactly as LINE shows it: one text bubble. */
  static String preview(String text) {
    return "<div class=\"chat\"><div class=\"bubble\" id=\"preview\">" + esc(text) + "</div></div>";
  }

  static String counts(NoticeStatus n) {
    return "<table class=\"counts\"><tr><th>状態</th><th>送信予定</th><th>対象</th><th>配信済み</th>"
        + "<th>失敗</th><th>配信前に停止</th><th>取り消し</th></tr><tr><td id=\"status\">"
        + esc(n.status().code())
        + "</td><td>"
        + esc(n.sendAt().atZoneSameInstant(JapanTime.ZONE).format(SHOWN))
        + (n.silent() ? "（通知音なし）" : "")
        + "</td><td id=\"recipients\">"
        + n.recipients()
        + "</td><td id=\"delivered\">"
        + n.delivered()
        + "</td><td id=\"failed\">"
        + n.failed()
        + "</td><td>"
        + n.skipped()
        + "</td><td>"
        + n.withdrawn()
        + "</td></tr></table>";
  }

  /** An instant as staff read it: Japan time, to the minute. */
  static String shown(java.time.Instant at) {
    return JapanTime.of(at).format(SHOWN);
  }

  static String when(Event e) {
    return e.startsAt().atZoneSameInstant(JapanTime.ZONE).format(SHOWN);
  }
}
