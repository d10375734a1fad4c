package com.allocar.devstack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.allocar.devstack.fcm.PushStore;

/**
 * The developer's inbox: every SMS, e-mail and push received, newest first. Self-contained HTML (no CDN). A push shows
 * its title as the subject, its body and data as the text, its registration token (shortened) as the recipient.
 */
final class InboxPage {

    /** OTP-looking numbers are highlighted so a developer finds the code at a glance. */
    private static final Pattern CODE = Pattern.compile("\\b\\d{4,8}\\b");

    private InboxPage() {
    }

    private record Row(String kind, Instant at, String to, String from, String subject, String text) {
    }

    static String render(List<SmsStore.Sms> sms, List<MailServer.Mail> mail, List<PushStore.Push> pushes, List<String> endpoints) {
        List<Row> rows = new ArrayList<>();
        sms.forEach(m -> rows.add(new Row("SMS", m.receivedAt(), m.to(), m.from(), "", m.text())));
        mail.forEach(m -> rows.add(new Row("E-mail", m.receivedAt(), m.to(), m.from(), m.subject(), m.body())));
        pushes.forEach(p -> rows.add(new Row("Push", p.receivedAt(), shorten(p.target()), "FCM " + p.name(), p.title(), pushText(p))));
        rows.sort(Comparator.comparing(Row::at).reversed());

        StringBuilder html = new StringBuilder(8192);
        html.append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta http-equiv="refresh" content="5">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>AlloCar dev inbox</title>
                <style>
                  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1d2733;
                         background: #f4f6f8; }
                  header { background: #0b5d3b; color: #fff; padding: 14px 24px; display: flex; align-items: center;
                           gap: 24px; flex-wrap: wrap; }
                  header h1 { font-size: 20px; margin: 0; }
                  header .meta { font-size: 13px; opacity: .9; }
                  header button { margin-left: auto; background: #fff; color: #0b5d3b; border: 0; border-radius: 4px;
                                  padding: 8px 14px; font-weight: 600; cursor: pointer; }
                  main { padding: 16px 24px; }
                  .endpoints { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; color: #4a5866; margin-bottom: 12px; }
                  table { width: 100%; border-collapse: collapse; background: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
                  th, td { text-align: left; padding: 8px 10px; border-bottom: 1px solid #e3e8ee; vertical-align: top;
                           font-size: 14px; }
                  th { background: #eef2f5; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
                  td.text { white-space: pre-wrap; word-break: break-word; max-width: 640px; }
                  td.when { white-space: nowrap; font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; color: #4a5866; }
                  .kind { display: inline-block; white-space: nowrap; padding: 2px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; }
                  .SMS { background: #e0f2e9; color: #0b5d3b; }
                  .E-mail { background: #e4ecfb; color: #1f4fa8; }
                  .Push { background: #fdebd3; color: #8a4b00; }
                  mark { background: #ffe58a; padding: 0 2px; border-radius: 2px; font-weight: 700; }
                  .empty { padding: 40px; text-align: center; color: #6b7885; background: #fff; }
                </style>
                </head>
                <body>
                <header>
                  <h1>AlloCar dev inbox</h1>
                """);
        html.append("  <span class=\"meta\">").append(sms.size()).append(" SMS · ").append(mail.size())
                .append(" e-mail(s) · ").append(pushes.size()).append(" push(es) · refreshes every 5 s</span>\n");
        html.append("""
                  <button onclick="fetch('/api/messages',{method:'DELETE'}).then(function(){location.reload();})">Clear all</button>
                </header>
                <main>
                """);
        html.append("<div class=\"endpoints\">");
        for (String line : endpoints) {
            // URLs become links, e.g. to the fake payment providers' page where a developer "pays"
            html.append(escape(line).replaceAll("(https?://[^\\s,;()<>&]+)", "<a href=\"$1\">$1</a>")).append("<br>");
        }
        html.append("</div>\n");
        if (rows.isEmpty()) {
            html.append("<div class=\"empty\">Nothing received yet. SMS sent through the fake aggregator, e-mails"
                    + " sent to the local SMTP server and pushes sent to the fake FCM show up here.</div>\n");
        } else {
            html.append("<table>\n<thead><tr><th>Type</th><th>Received (UTC)</th><th>To</th><th>From</th>"
                    + "<th>Subject</th><th>Text</th></tr></thead>\n<tbody>\n");
            for (Row row : rows) {
                html.append("<tr><td><span class=\"kind ").append(row.kind()).append("\">").append(row.kind())
                        .append("</span></td><td class=\"when\">").append(escape(row.at().toString()))
                        .append("</td><td>").append(escape(row.to()))
                        .append("</td><td>").append(escape(row.from()))
                        .append("</td><td>").append(escape(row.subject()))
                        .append("</td><td class=\"text\">").append(highlightCodes(escape(row.text())))
                        .append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The body, then the data a tap hands the app ({@code booking_id=…}), one per line. */
    private static String pushText(PushStore.Push p) {
        StringBuilder text = new StringBuilder(p.body() == null ? "" : p.body());
        for (Map.Entry<String, String> e : p.data().entrySet()) {
            text.append('\n').append(e.getKey()).append('=').append(e.getValue());
        }
        return text.toString();
    }

    /** A registration token is ~160 characters: its start and end tell two devices apart. */
    private static String shorten(String target) {
        return target == null || target.length() <= 32 ? target : target.substring(0, 16) + "…" + target.substring(target.length() - 10);
    }

    private static String highlightCodes(String escaped) {
        Matcher m = CODE.matcher(escaped);
        return m.replaceAll(r -> "<mark>" + r.group() + "</mark>");
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
