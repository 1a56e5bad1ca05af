package jp.junction.bot.admin;

import static jp.junction.bot.admin.AdminHtml.esc;

import java.util.List;
import java.util.Locale;
import jp.junction.bot.events.Event;
import jp.junction.bot.events.Events;
import jp.junction.bot.line.ChannelToken;
import jp.junction.bot.notices.NoticeRequest;
import jp.junction.bot.notices.Notices;
import jp.junction.bot.places.Areas;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** The staff pages about events: the list with the new-event form, and one event's page. */
@Component
class EventPages {

  private final Events events;
  private final Notices notices;
  private final ChannelToken token;
  private final MessageSource messages;

  EventPages(Events events, Notices notices, ChannelToken token, MessageSource messages) {
    this.events = events;
    this.notices = notices;
    this.token = token;
    this.messages = messages;
  }

  /** A warning above everything while LINE refuses the channel token: nothing can be sent. */
  private String tokenWarning() {
    return token
        .rejectedSince()
        .map(
            since ->
                "<p class=\"error\" id=\"line-token\">"
                    + esc(
                        messages.getMessage(
                            "staff.line.token-rejected",
                            new Object[] {AdminHtml.shown(since)},
                            Locale.JAPANESE))
                    + "</p>")
        .orElse("");
  }

  String list(CsrfToken csrf, String error) {
    StringBuilder rows = new StringBuilder("<table><tr><th>日時</th><th>タイトル</th><th>場所</th></tr>");
    for (Event e : events.all()) {
      rows.append("<tr class=\"")
          .append(e.cancelled() ? "cancelled" : "")
          .append("\"><td>")
          .append(esc(AdminHtml.when(e)))
          .append("</td><td><a href=\"/admin/events/")
          .append(esc(e.id()))
          .append("\">")
          .append(esc(e.title()))
          .append("</a></td><td>")
          .append(esc(e.prefecture() + e.municipality()))
          .append("</td></tr>");
    }
    rows.append("</table>");
    return AdminHtml.page(
        "イベントとお知らせ",
        tokenWarning()
            + AdminHtml.error(error)
            + "<h2>新しいイベント</h2>"
            + AdminHtml.form("/admin/events", csrf, AdminHtml.eventFields(null), "作成する", "create")
            + "<h2>イベント一覧</h2>"
            + rows);
  }

  String detail(Event e, CsrfToken csrf, String error) {
    StringBuilder sent = new StringBuilder("<ul>");
    notices
        .ofEvent(e.id())
        .forEach(
            n ->
                sent.append("<li><a href=\"/admin/notices/")
                    .append(esc(n.id()))
                    .append("\">")
                    .append(esc(n.status()))
                    .append(" — ")
                    .append(n.delivered())
                    .append(" / ")
                    .append(n.recipients())
                    .append("</a></li>"));
    sent.append("</ul>");
    String areaDefault =
        e.national() ? Event.NATIONAL : (e.prefecture() + " " + e.municipality()).strip();
    String noticeFields =
        AdminHtml.textarea("areas", "地域（1行に1つ：「香川県 高松市」「香川県」「全国」）", areaDefault)
            + AdminHtml.checkbox("neighbours", "true", "となりの町の登録者にも送る", false)
            + AdminHtml.audience("audience", e.audience())
            + "<fieldset><legend>いつ送るか</legend>"
            + "<label><input type=\"radio\" name=\"when\" value=\"now\" id=\"when-now\" checked>"
            + " 今すぐ</label><label><input type=\"radio\" name=\"when\" value=\"at\" id=\"when-at\">"
            + " 日時を指定（日本時間）<input type=\"datetime-local\" id=\"sendAt\" name=\"sendAt\">"
            + "</label><label><input type=\"radio\" name=\"when\" value=\"reminders\""
            + " id=\"when-reminders\"> 7日前と前日の10時に（2通）</label></fieldset>"
            + AdminHtml.checkbox("silent", "true", "通知音なしで送る（夜間は朝まで待ちます）", false);
    return AdminHtml.page(
        e.title() + (e.cancelled() ? "（中止）" : ""),
        AdminHtml.error(error)
            + reach(e)
            + "<h2>お知らせのプレビュー（LINEでの表示）</h2>"
            + AdminHtml.preview(notices.preview(e))
            + (e.cancelled()
                ? ""
                : "<h2>お知らせを送る</h2>"
                    + AdminHtml.form(
                        "/admin/events/" + e.id() + "/notices", csrf, noticeFields, "送信する", "send"))
            + "<h2>送ったお知らせ</h2>"
            + sent
            + survey(e, csrf)
            + "<h2>編集</h2>"
            + AdminHtml.form(
                "/admin/events/" + e.id(), csrf, AdminHtml.eventFields(e), "保存する", "save")
            + (e.cancelled()
                ? ""
                : "<h2>中止</h2>"
                    + AdminHtml.form(
                        "/admin/events/" + e.id() + "/cancel",
                        csrf,
                        "<p>中止すると、まだ送っていないお知らせも取り消します。</p>",
                        "このイベントを中止する",
                        "cancel")));
  }

  /** How many subscribers the event's own area has now, without and with the neighbours. */
  private String reach(Event e) {
    List<Areas.Area> area =
        List.of(
            e.national()
                ? new Areas.Area(Event.NATIONAL, "")
                : new Areas.Area(e.prefecture(), e.municipality()));
    long own;
    long near;
    try {
      own = notices.estimate(new NoticeRequest(area, false, e.audience(), null, false));
      near = notices.estimate(new NoticeRequest(area, true, e.audience(), null, false));
    } catch (DataAccessException ex) {
      return "<p id=\"reach\">登録者数はいま数えられません（保存先に接続できません）。</p>";
    }
    return "<p id=\"reach\">この会の地域（"
        + esc(area.get(0).label())
        + "）で対象の登録者："
        + own
        + " 人（となりの町を含めると "
        + near
        + " 人）</p>";
  }

  /** The day-after question: schedule it, and its answers (the distribution from five on). */
  private String survey(Event e, CsrfToken csrf) {
    Notices.SurveyResults results = notices.surveyResults(e.id());
    StringBuilder out =
        new StringBuilder("<h2>会のあとのアンケート</h2><p id=\"answers\">回答 ")
            .append(results.answers())
            .append(" 件</p>");
    if (results.distribution() == null) {
      out.append("<p>回答が5件以上になると、内訳を表示します。</p>");
    } else {
      String[] names = {"満足", "おおむね満足", "どちらでもない", "やや不満", "不満"};
      out.append("<table>");
      for (int v = 1; v <= names.length; v++) {
        out.append("<tr><th>")
            .append(names[v - 1])
            .append("</th><td>")
            .append(results.distribution().get(String.valueOf(v)))
            .append("</td></tr>");
      }
      out.append("</table><ul>");
      results.comments().forEach(c -> out.append("<li>").append(esc(c)).append("</li>"));
      out.append("</ul>");
    }
    if (!e.cancelled()) {
      out.append(
          AdminHtml.form(
              "/admin/events/" + e.id() + "/survey",
              csrf,
              "<p>会の翌日10時（日本時間）に、この地域の登録者へ1問だけのアンケートを送ります。</p>",
              "翌日にアンケートを送る",
              "survey"));
    }
    return out.toString();
  }
}
