// SPDX-License-Identifier: MIT
// Markdown and HTML renderings of a report document (core/report.h). One walk over the document
// drives either writer, so both formats always carry the same sections in the same order.
#include "core/report.h"

#include "core/coretr.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kvd {

namespace {

QString str(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    if (v.isBool())
        return v.toBool() ? CoreTr::tr("yes") : CoreTr::tr("no");
    return v.toString();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

QString severityLabel(const QString &id)
{
    if (id == u"error"_s)
        return CoreTr::tr("Error");
    if (id == u"warning"_s)
        return CoreTr::tr("Warning");
    return CoreTr::tr("Info");
}

QString verdictLabel(const QString &id)
{
    if (id == u"pass"_s)
        return CoreTr::tr("✓ pass");
    if (id == u"fail"_s)
        return CoreTr::tr("✗ fail");
    if (id == u"warning"_s)
        return CoreTr::tr("! warning");
    if (id == u"skipped"_s)
        return CoreTr::tr("– skipped");
    return id;
}

QString formatBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// The building blocks a report needs; each format writes them its own way.
class Writer
{
public:
    virtual ~Writer() = default;
    virtual void title(const QString &text) = 0;
    virtual void heading(int level, const QString &text) = 0;
    virtual void paragraph(const QString &text, bool emphasis = false) = 0;
    virtual void keyValues(const QList<QPair<QString, QString>> &rows) = 0;
    virtual void table(const QStringList &headers, const QList<QStringList> &rows) = 0;
    virtual void list(const QStringList &items, bool ordered = false) = 0;
    virtual void links(const QString &label, const QStringList &urls) = 0;
    // Verbatim lines (log excerpts, commands); `marked` is the index of the evidence line or -1.
    virtual void code(const QStringList &lines, int marked = -1, const QString &language = {}) = 0;
    virtual QString result() = 0;
};

class MarkdownWriter : public Writer
{
public:
    void title(const QString &text) override { m_out += u"# "_s + inline_(text) + u"\n\n"_s; }
    void heading(int level, const QString &text) override
    {
        m_out += QString(level, u'#') + u' ' + inline_(text) + u"\n\n"_s;
    }
    void paragraph(const QString &text, bool emphasis) override
    {
        m_out += (emphasis ? u"**"_s + inline_(text) + u"**"_s : inline_(text)) + u"\n\n"_s;
    }
    void keyValues(const QList<QPair<QString, QString>> &rows) override
    {
        QList<QStringList> cells;
        for (const auto &[k, v] : rows)
            cells.append({k, v});
        table({CoreTr::tr("Item"), CoreTr::tr("Value")}, cells);
    }
    void table(const QStringList &headers, const QList<QStringList> &rows) override
    {
        if (rows.isEmpty())
            return;
        auto row = [this](const QStringList &cells) {
            QStringList escaped;
            for (const QString &c : cells)
                escaped.append(cell(c));
            m_out += u"| "_s + escaped.join(u" | "_s) + u" |\n"_s;
        };
        row(headers);
        m_out += u'|' + QStringList(headers.size(), u"---"_s).join(u'|') + u"|\n"_s;
        for (const QStringList &r : rows)
            row(r);
        m_out += u'\n';
    }
    void list(const QStringList &items, bool ordered) override
    {
        if (items.isEmpty())
            return;
        for (qsizetype i = 0; i < items.size(); ++i)
            m_out += (ordered ? QString::number(i + 1) + u". "_s : u"- "_s) + inline_(items.at(i)) + u'\n';
        m_out += u'\n';
    }
    void links(const QString &label, const QStringList &urls) override
    {
        if (urls.isEmpty())
            return;
        QStringList parts;
        for (const QString &url : urls)
            parts.append(u'<' + url + u'>');
        m_out += u"**"_s + inline_(label) + u"** "_s + parts.join(u", "_s) + u"\n\n"_s;
    }
    void code(const QStringList &lines, int marked, const QString &language) override
    {
        // A fence longer than any backtick run inside, so log text cannot close it.
        int longest = 0;
        for (const QString &line : lines) {
            int run = 0;
            for (QChar c : line) {
                run = c == u'`' ? run + 1 : 0;
                longest = std::max(longest, run);
            }
        }
        const QString fence(std::max(3, longest + 1), u'`');
        m_out += fence + language + u'\n';
        for (qsizetype i = 0; i < lines.size(); ++i)
            m_out += (marked < 0 ? QString() : i == marked ? u"> "_s : u"  "_s) + lines.at(i) + u'\n';
        m_out += fence + u"\n\n"_s;
    }
    QString result() override { return m_out; }

private:
    // Markdown syntax characters in ordinary text are escaped so log text stays literal.
    static QString inline_(const QString &text)
    {
        QString out;
        out.reserve(text.size());
        for (QChar c : text) {
            if (QStringView(u"\\`*_[]<>#|").contains(c))
                out += u'\\';
            out += c == u'\n' ? u' ' : c;
        }
        return out;
    }
    static QString cell(const QString &text) { return inline_(text); }
    QString m_out;
};

class HtmlWriter : public Writer
{
public:
    void title(const QString &text) override { m_title = text; m_body += u"<h1>"_s + text.toHtmlEscaped() + u"</h1>\n"_s; }
    void heading(int level, const QString &text) override
    {
        const QString tag = u"h"_s + QString::number(std::clamp(level, 1, 6));
        m_body += u'<' + tag + u'>' + text.toHtmlEscaped() + u"</"_s + tag + u">\n"_s;
    }
    void paragraph(const QString &text, bool emphasis) override
    {
        m_body += emphasis ? u"<p><strong>"_s + text.toHtmlEscaped() + u"</strong></p>\n"_s
                           : u"<p>"_s + text.toHtmlEscaped() + u"</p>\n"_s;
    }
    void keyValues(const QList<QPair<QString, QString>> &rows) override
    {
        m_body += u"<table class=\"kv\">\n"_s;
        for (const auto &[k, v] : rows)
            m_body += u"<tr><th>"_s + k.toHtmlEscaped() + u"</th><td>"_s + v.toHtmlEscaped() + u"</td></tr>\n"_s;
        m_body += u"</table>\n"_s;
    }
    void table(const QStringList &headers, const QList<QStringList> &rows) override
    {
        if (rows.isEmpty())
            return;
        m_body += u"<table>\n<tr>"_s;
        for (const QString &h : headers)
            m_body += u"<th>"_s + h.toHtmlEscaped() + u"</th>"_s;
        m_body += u"</tr>\n"_s;
        for (const QStringList &r : rows) {
            m_body += u"<tr>"_s;
            for (const QString &c : r)
                m_body += u"<td>"_s + c.toHtmlEscaped() + u"</td>"_s;
            m_body += u"</tr>\n"_s;
        }
        m_body += u"</table>\n"_s;
    }
    void list(const QStringList &items, bool ordered) override
    {
        if (items.isEmpty())
            return;
        const QString tag = ordered ? u"ol"_s : u"ul"_s;
        m_body += u'<' + tag + u">\n"_s;
        for (const QString &item : items)
            m_body += u"<li>"_s + item.toHtmlEscaped() + u"</li>\n"_s;
        m_body += u"</"_s + tag + u">\n"_s;
    }
    void links(const QString &label, const QStringList &urls) override
    {
        if (urls.isEmpty())
            return;
        QStringList parts;
        for (const QString &url : urls) {
            // Only web links become anchors; anything else stays text.
            const QUrl u(url);
            if (u.isValid() && (u.scheme() == u"https"_s || u.scheme() == u"http"_s))
                parts.append(u"<a href=\""_s + url.toHtmlEscaped() + u"\">"_s + url.toHtmlEscaped() + u"</a>"_s);
            else
                parts.append(url.toHtmlEscaped());
        }
        m_body += u"<p><strong>"_s + label.toHtmlEscaped() + u"</strong> "_s + parts.join(u", "_s) + u"</p>\n"_s;
    }
    void code(const QStringList &lines, int marked, const QString &) override
    {
        m_body += u"<pre>"_s;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString text = lines.at(i).toHtmlEscaped();
            m_body += i == marked ? QString(u"<mark>"_s + text + u"</mark>\n"_s) : QString(text + u'\n');
        }
        m_body += u"</pre>\n"_s;
    }
    QString result() override
    {
        return u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s
               + m_title.toHtmlEscaped()
               + u"</title>\n<style>\n"
                 "body{font-family:-apple-system,'Segoe UI','Noto Sans','Noto Sans CJK KR','Malgun Gothic',sans-serif;"
                 "max-width:60em;margin:2em auto;padding:0 1em;color:#1f2328;line-height:1.45}\n"
                 "h1{border-bottom:2px solid #d0d7de}h2{border-bottom:1px solid #d0d7de;margin-top:1.6em}\n"
                 "table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #d0d7de;padding:.25em .5em;"
                 "text-align:left;vertical-align:top}\nth{background:#f6f8fa}table.kv th{width:14em}\n"
                 "pre{background:#f6f8fa;padding:.6em;overflow-x:auto;white-space:pre-wrap;word-break:break-all;"
                 "font-family:'DejaVu Sans Mono',Consolas,Menlo,monospace;font-size:90%}\n"
                 "mark{background:#ffd8b5}\n"
                 "@media (prefers-color-scheme: dark){body{background:#0d1117;color:#e6edf3}th,pre{background:#161b22}"
                 "th,td{border-color:#30363d}mark{background:#6e4b1f;color:#fff}a{color:#58a6ff}}\n"
                 "</style></head><body>\n"_s
               + m_body + u"</body></html>\n"_s;
    }

private:
    QString m_title;
    QString m_body;
};

void render(const QJsonObject &r, Writer &w)
{
    w.title(r.value(u"title"_s).toString());
    const QJsonObject summary = r.value(u"summary"_s).toObject();
    w.paragraph(summary.value(u"headline"_s).toString(), true);
    QList<QPair<QString, QString>> head{{CoreTr::tr("Generated (UTC)"), str(r, u"generated"_s)},
                                       {CoreTr::tr("Errors"), str(summary, u"errors"_s)},
                                       {CoreTr::tr("Warnings"), str(summary, u"warnings"_s)}};
    if (summary.contains(u"topFix"_s))
        head.append({CoreTr::tr("First thing to do"), str(summary, u"topFix"_s)});
    w.keyValues(head);

    if (r.contains(u"cluster"_s)) {
        const QJsonObject c = r.value(u"cluster"_s).toObject();
        w.heading(2, CoreTr::tr("Cluster"));
        QList<QPair<QString, QString>> rows{{CoreTr::tr("Context"), str(c, u"context"_s)},
                                            {CoreTr::tr("API server"), str(c, u"server"_s)},
                                            {CoreTr::tr("Authentication"), str(c, u"auth"_s)},
                                            {CoreTr::tr("Kubernetes version"), str(c, u"kubernetesVersion"_s)}};
        if (c.contains(u"nodes"_s)) {
            rows.append({CoreTr::tr("Nodes"), CoreTr::tr("%1 (%2 Windows)").arg(str(c, u"nodes"_s), str(c, u"windowsNodes"_s))});
            rows.append({CoreTr::tr("Application pods with secrets-store volumes"),
                         CoreTr::tr("%1 (%2 failing)").arg(str(c, u"appPods"_s), str(c, u"failingAppPods"_s))});
            rows.append({CoreTr::tr("Driver versions"), strings(c.value(u"driverVersions"_s)).join(u", "_s)});
            rows.append({CoreTr::tr("Provider versions"), strings(c.value(u"providerVersions"_s)).join(u", "_s)});
            rows.append({CoreTr::tr("CSIDriver secrets-store.csi.k8s.io"),
                         c.value(u"csiDriver"_s).toBool() ? CoreTr::tr("present") : CoreTr::tr("missing")});
        }
        rows.removeIf([](const QPair<QString, QString> &kv) { return kv.second.isEmpty(); });
        w.keyValues(rows);
        QList<QStringList> pools;
        for (const QJsonValue &v : c.value(u"pools"_s).toArray()) {
            const QJsonObject p = v.toObject();
            pools.append({str(p, u"name"_s), str(p, u"os"_s), str(p, u"nodes"_s), str(p, u"notReady"_s)});
        }
        if (!pools.isEmpty()) {
            w.heading(3, CoreTr::tr("Node pools"));
            w.table({CoreTr::tr("Pool"), CoreTr::tr("OS"), CoreTr::tr("Nodes"), CoreTr::tr("Not ready")}, pools);
        }
        QList<QStringList> daemonSets;
        for (const QJsonValue &v : c.value(u"daemonSets"_s).toArray()) {
            const QJsonObject d = v.toObject();
            daemonSets.append({str(d, u"namespace"_s) + u'/' + str(d, u"name"_s), str(d, u"desired"_s), str(d, u"ready"_s),
                               str(d, u"available"_s), strings(d.value(u"images"_s)).join(u", "_s)});
        }
        if (!daemonSets.isEmpty()) {
            w.heading(3, CoreTr::tr("DaemonSets"));
            w.table({CoreTr::tr("DaemonSet"), CoreTr::tr("Desired"), CoreTr::tr("Ready"), CoreTr::tr("Available"),
                     CoreTr::tr("Images")},
                    daemonSets);
        }
    }

    if (r.contains(u"failingPods"_s)) {
        const QJsonArray pods = r.value(u"failingPods"_s).toArray();
        w.heading(2, CoreTr::tr("Failing pods (%1)").arg(pods.size()));
        if (pods.isEmpty())
            w.paragraph(CoreTr::tr("No application pod is failing to mount its secrets."));
        for (const QJsonValue &v : pods) {
            const QJsonObject p = v.toObject();
            w.heading(3, str(p, u"namespace"_s) + u'/' + str(p, u"name"_s));
            w.keyValues({{CoreTr::tr("Node"), str(p, u"node"_s)},
                         {CoreTr::tr("State"), str(p, u"state"_s)},
                         {CoreTr::tr("SecretProviderClass"),
                          p.value(u"secretProviderClassFound"_s).toBool()
                              ? str(p, u"secretProviderClass"_s)
                              : CoreTr::tr("%1 (not found)").arg(str(p, u"secretProviderClass"_s))},
                         {CoreTr::tr("Identity mode"), str(p, u"identityMode"_s)}});
            QList<QStringList> events;
            for (const QJsonValue &e : p.value(u"events"_s).toArray()) {
                const QJsonObject ev = e.toObject();
                events.append({str(ev, u"lastSeen"_s), str(ev, u"type"_s), str(ev, u"reason"_s), str(ev, u"count"_s),
                               str(ev, u"message"_s)});
            }
            w.table({CoreTr::tr("Last seen"), CoreTr::tr("Type"), CoreTr::tr("Reason"), CoreTr::tr("Count"), CoreTr::tr("Message")},
                    events);
        }
    }

    if (r.contains(u"secretProviderClasses"_s)) {
        const QJsonArray spcs = r.value(u"secretProviderClasses"_s).toArray();
        w.heading(2, CoreTr::tr("SecretProviderClasses (%1)").arg(spcs.size()));
        for (const QJsonValue &v : spcs) {
            const QJsonObject s = v.toObject();
            w.heading(3, str(s, u"namespace"_s) + u'/' + str(s, u"name"_s));
            QStringList objects;
            for (const QJsonValue &o : s.value(u"objects"_s).toArray())
                objects.append(str(o.toObject(), u"type"_s) + u": "_s + str(o.toObject(), u"name"_s));
            QList<QPair<QString, QString>> rows{{CoreTr::tr("Identity mode"), str(s, u"identityMode"_s)},
                                                {CoreTr::tr("Key Vault"), str(s, u"keyvaultName"_s)},
                                                {CoreTr::tr("Tenant"), str(s, u"tenantId"_s)},
                                                {CoreTr::tr("Cloud"), str(s, u"cloudName"_s)},
                                                {CoreTr::tr("Objects"), objects.join(u", "_s)}};
            const QJsonObject parameters = s.value(u"parameters"_s).toObject();
            for (auto it = parameters.begin(); it != parameters.end(); ++it) {
                if (it.key() != u"keyvaultName"_s && it.key() != u"tenantId"_s && it.key() != u"tenantID"_s
                    && it.key() != u"cloudName"_s)
                    rows.append({it.key(), it.value().toString()});
            }
            w.keyValues(rows);
            const QStringList problems = strings(s.value(u"problems"_s));
            if (!problems.isEmpty()) {
                w.paragraph(CoreTr::tr("Problems"), true);
                w.list(problems);
            }
        }
    }

    if (r.contains(u"findings"_s)) {
        const QJsonArray findings = r.value(u"findings"_s).toArray();
        w.heading(2, CoreTr::tr("Findings (%1)").arg(findings.size()));
        if (findings.isEmpty())
            w.paragraph(CoreTr::tr("No known problem was recognised in the logs, events and cluster state."));
        int index = 0;
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            w.heading(3, u"%1. [%2] %3"_s.arg(++index).arg(severityLabel(str(f, u"severity"_s)), str(f, u"title"_s)));
            QString seen = CoreTr::tr("Cause id %1 · %2 occurrence(s)").arg(str(f, u"cause"_s), str(f, u"count"_s));
            if (!str(f, u"firstSeen"_s).isEmpty())
                seen += CoreTr::tr(" · first %1 · last %2").arg(str(f, u"firstSeen"_s), str(f, u"lastSeen"_s));
            const QStringList nodes = strings(f.value(u"nodes"_s));
            if (!nodes.isEmpty())
                seen += CoreTr::tr(" · nodes: %1").arg(nodes.join(u", "_s));
            w.paragraph(seen);
            if (!str(f, u"explanation"_s).isEmpty())
                w.paragraph(str(f, u"explanation"_s));
            const QStringList fix = strings(f.value(u"fix"_s));
            if (!fix.isEmpty()) {
                w.paragraph(CoreTr::tr("How to fix"), true);
                w.list(fix, true);
            }
            const QJsonArray evidence = f.value(u"evidence"_s).toArray();
            if (!evidence.isEmpty()) {
                w.paragraph(CoreTr::tr("Evidence"), true);
                for (const QJsonValue &e : evidence) {
                    const QJsonObject ev = e.toObject();
                    QString where = str(ev, u"source"_s);
                    if (ev.contains(u"line"_s))
                        where += u':' + str(ev, u"line"_s);
                    if (!str(ev, u"time"_s).isEmpty())
                        where += u" ("_s + str(ev, u"time"_s) + u')';
                    w.paragraph(where);
                    const QJsonArray excerpt = ev.value(u"excerpt"_s).toArray();
                    if (excerpt.isEmpty()) {
                        w.code({str(ev, u"text"_s)});
                    } else {
                        QStringList lines;
                        int marked = -1;
                        for (const QJsonValue &l : excerpt) {
                            const QJsonObject line = l.toObject();
                            if (line.value(u"line"_s).toInteger() == ev.value(u"line"_s).toInteger())
                                marked = int(lines.size());
                            lines.append(u"%1  %2"_s.arg(line.value(u"line"_s).toInteger(), 6).arg(str(line, u"text"_s)));
                        }
                        w.code(lines, marked);
                    }
                }
                const qint64 count = f.value(u"count"_s).toInteger();
                if (count > evidence.size())
                    w.paragraph(CoreTr::tr("%1 more occurrence(s) not shown.").arg(count - evidence.size()));
            }
            const QStringList kubectl = strings(f.value(u"kubectl"_s));
            if (!kubectl.isEmpty()) {
                w.paragraph(CoreTr::tr("Confirm with"), true);
                w.code(kubectl, -1, u"sh"_s);
            }
            const QStringList context = strings(f.value(u"contextCauses"_s));
            if (!context.isEmpty())
                w.paragraph(CoreTr::tr("Also explains: %1").arg(context.join(u", "_s)));
            w.links(CoreTr::tr("Documentation:"), strings(f.value(u"docs"_s)));
        }
    }

    if (r.contains(u"connectivityTest"_s)) {
        const QJsonObject c = r.value(u"connectivityTest"_s).toObject();
        const QJsonObject s = c.value(u"summary"_s).toObject();
        w.heading(2, CoreTr::tr("Connectivity test"));
        const QString verdict = c.contains(u"verdict"_s) ? str(c, u"verdict"_s) : str(s, u"verdict"_s);
        QList<QPair<QString, QString>> rows{{CoreTr::tr("Verdict"), verdictLabel(verdict)},
                                            {CoreTr::tr("Result"), str(s, u"headline"_s)},
                                            {CoreTr::tr("Next action"), str(s, u"nextAction"_s)},
                                            {CoreTr::tr("Identity mode"), str(c, u"identity"_s)},
                                            {CoreTr::tr("Node"), str(c, u"node"_s)},
                                            {CoreTr::tr("Key Vault"), str(c, u"vault"_s)}};
        rows.removeIf([](const QPair<QString, QString> &kv) { return kv.second.isEmpty(); });
        w.keyValues(rows);
        QList<QStringList> steps;
        const QJsonArray results = c.contains(u"results"_s) ? c.value(u"results"_s).toArray() : c.value(u"steps"_s).toArray();
        for (const QJsonValue &v : results) {
            const QJsonObject step = v.toObject();
            const QString title = step.contains(u"title"_s) ? str(step, u"title"_s) : str(step, u"stepId"_s);
            const QString cause = step.contains(u"causeId"_s) ? str(step, u"causeId"_s) : str(step, u"cause"_s);
            steps.append({title, verdictLabel(str(step, u"verdict"_s)), str(step, u"actual"_s), cause});
        }
        w.table({CoreTr::tr("Step"), CoreTr::tr("Verdict"), CoreTr::tr("What happened"), CoreTr::tr("Cause")}, steps);
    }

    if (r.contains(u"timeline"_s)) {
        QList<QStringList> rows;
        for (const QJsonValue &v : r.value(u"timeline"_s).toArray()) {
            const QJsonObject e = v.toObject();
            rows.append({str(e, u"time"_s), str(e, u"what"_s)});
        }
        if (!rows.isEmpty()) {
            w.heading(2, CoreTr::tr("Timeline"));
            w.table({CoreTr::tr("Time (UTC)"), CoreTr::tr("What happened")}, rows);
        }
    }

    if (r.contains(u"environment"_s)) {
        const QJsonObject e = r.value(u"environment"_s).toObject();
        w.heading(2, CoreTr::tr("Environment"));
        w.keyValues({{CoreTr::tr("kvdoctor"), str(e, u"kvdoctorVersion"_s)},
                     {CoreTr::tr("Qt"), str(e, u"qtVersion"_s)},
                     {CoreTr::tr("Operating system"), str(e, u"os"_s)},
                     {CoreTr::tr("Local time"), str(e, u"generatedLocal"_s)},
                     {CoreTr::tr("Time zone"), str(e, u"timeZone"_s)}});
    }

    if (r.contains(u"collected"_s)) {
        QList<QStringList> rows;
        for (const QJsonValue &v : r.value(u"collected"_s).toArray()) {
            const QJsonObject c = v.toObject();
            rows.append({str(c, u"source"_s), str(c, u"kind"_s), str(c, u"lines"_s),
                         formatBytes(c.value(u"bytes"_s).toInteger()), str(c, u"note"_s)});
        }
        w.heading(2, CoreTr::tr("What was collected"));
        if (rows.isEmpty())
            w.paragraph(CoreTr::tr("Nothing beyond the cluster state above."));
        w.table({CoreTr::tr("Source"), CoreTr::tr("Kind"), CoreTr::tr("Lines"), CoreTr::tr("Size"), CoreTr::tr("Note")}, rows);
    }

    const QJsonObject redaction = r.value(u"redaction"_s).toObject();
    w.heading(2, CoreTr::tr("What was redacted"));
    QStringList items{CoreTr::tr("Credentials (tokens, keys, client secrets and assertions, passwords, signatures) are "
                                 "always removed and replaced by [REDACTED kind].")};
    auto mask = [&](const QString &key, const QString &on, const QString &off) {
        items.append(redaction.value(key).toBool() ? on : off);
    };
    mask(u"maskIpAddresses"_s, CoreTr::tr("IP addresses are masked as [ip-N]."), CoreTr::tr("IP addresses are shown."));
    mask(u"maskNodeNames"_s, CoreTr::tr("Node names are masked as [node-N]."), CoreTr::tr("Node names are shown."));
    mask(u"maskIds"_s, CoreTr::tr("Subscription, tenant and client IDs are masked as [id-N]."),
         CoreTr::tr("Subscription, tenant and client IDs are shown."));
    mask(u"maskServer"_s, CoreTr::tr("The API server address is masked."), CoreTr::tr("The API server address is shown."));
    w.list(items);
    QList<QStringList> removed;
    for (const QJsonValue &v : redaction.value(u"removed"_s).toArray())
        removed.append({str(v.toObject(), u"name"_s), str(v.toObject(), u"count"_s)});
    w.table({CoreTr::tr("Replaced"), CoreTr::tr("Count")}, removed);
}

} // namespace

QString Report::toMarkdown(const QJsonObject &report)
{
    MarkdownWriter writer;
    render(report, writer);
    return writer.result();
}

QString Report::toHtml(const QJsonObject &report)
{
    HtmlWriter writer;
    render(report, writer);
    return writer.result();
}

QString Report::summaryMarkdown(const QJsonObject &report)
{
    const QJsonObject summary = report.value(u"summary"_s).toObject();
    QString out = u"**"_s + report.value(u"title"_s).toString() + u"** ("_s + report.value(u"generated"_s).toString()
                  + u")\n\n"_s + summary.value(u"headline"_s).toString() + u"\n\n"_s;
    int shown = 0;
    for (const QJsonValue &v : report.value(u"findings"_s).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(u"severity"_s).toString() == u"info"_s || shown == 3)
            continue;
        ++shown;
        out += u"- **"_s + severityLabel(f.value(u"severity"_s).toString()) + u"**: "_s + f.value(u"title"_s).toString()
               + u" (`"_s + f.value(u"cause"_s).toString() + u"`, "_s
               + CoreTr::tr("%1 occurrence(s)").arg(f.value(u"count"_s).toInteger()) + u")\n"_s;
        const QJsonArray fix = f.value(u"fix"_s).toArray();
        if (!fix.isEmpty())
            out += u"  - "_s + CoreTr::tr("Fix: %1").arg(fix.first().toString()) + u'\n';
    }
    const QJsonObject c = report.value(u"connectivityTest"_s).toObject();
    if (!c.isEmpty()) {
        const QString headline = c.value(u"summary"_s).toObject().value(u"headline"_s).toString();
        out += u"- "_s + CoreTr::tr("Connectivity test: %1").arg(headline.isEmpty() ? c.value(u"verdict"_s).toString() : headline)
               + u'\n';
    }
    out += u'\n' + CoreTr::tr("Full report attached (credentials redacted).") + u'\n';
    return out;
}

} // namespace kvd
