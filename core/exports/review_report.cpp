#include "exports/review_report.h"

#include <cmath>
#include <cstdio>

#include "exports/escape.h"
#include <sstream>

#include "dates/date_format.h"
#include "i18n/format.h"
#include "method/conversation_steps.h"
#include "method/knowledge_areas.h"
#include "method/reduced_elements.h"
#include "rules/planned_step.h"
#include "rules/reviews.h"
#include "storage/export_target.h"

namespace etappe::exports {

namespace {

// Typed text in Markdown: characters that start markup are escaped, < and & become entities.
std::string md(std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '<': out += "&lt;"; break;
            case '&': out += "&amp;"; break;
            case '\n': out += "  \n"; break;
            case '\\': case '`': case '*': case '_': case '[': case ']': case '#': case '|': case '!': case '>':
            case '~':
                out += '\\';
                out += c;
                break;
            default: out += c;
        }
    }
    return out;
}

std::string t(const i18n::Translator& tr, const std::string& key) { return tr.text(key); }

std::string stepName(const i18n::Translator& tr, std::size_t i) {
    return std::to_string(i + 1) + " " + t(tr, "step." + std::string(method::conversationStepKey(method::conversationStepAt(i))) + ".name");
}

std::string percent(std::optional<double> share) {
    if (!share) return "–";
    return std::to_string(static_cast<int>(std::lround(*share * 100.0))) + " %";
}

// A share's change for the report's tables: "+12 pp", or "–" without a previous figure.
std::string pointsChange(std::optional<double> change, const i18n::Translator& tr) {
    return change ? i18n::formatPointsChange(*change, tr) : "–";
}

// One row of the figure table: label, now, before, change.
struct FigureRow {
    std::string label, now, before, change;
};

std::vector<FigureRow> figureRows(const rules::Development& d, const i18n::Translator& tr) {
    const auto& n = d.now;
    const auto& b = d.before;
    const auto& c = d.change;
    std::vector<FigureRow> rows = {
        {t(tr, "dev.reviews"), std::to_string(n.reviews), std::to_string(b.reviews), i18n::formatCountChange(c.reviews)},
        {t(tr, "dev.completed"), percent(n.completedShare()), percent(b.completedShare()), pointsChange(c.completed, tr)},
    };
    for (std::size_t i = 0; i < model::kOutcomes.size(); ++i) {
        rows.push_back({t(tr, "review.outcome." + std::string(model::outcomeKey(model::kOutcomes[i]))),
                        std::to_string(n.outcomes[i]), std::to_string(b.outcomes[i]), i18n::formatCountChange(c.outcomes[i])});
    }
    rows.push_back({t(tr, "dev.ok_ok"), percent(n.okOkShare()), percent(b.okOkShare()), pointsChange(c.ok_ok, tr)});
    rows.push_back({t(tr, "dev.win_win"), percent(n.winWinShare()), percent(b.winWinShare()), pointsChange(c.win_win, tr)});
    rows.push_back({t(tr, "dev.goal_rate"), percent(n.goalReachedRate()), percent(b.goalReachedRate()), pointsChange(c.goal_reached, tr)});
    rows.push_back({t(tr, "dev.commitments_made"), std::to_string(n.commitments_made), std::to_string(b.commitments_made),
                    i18n::formatCountChange(c.commitments_made)});
    rows.push_back({t(tr, "dev.commitments_asked"), std::to_string(n.commitments_asked), std::to_string(b.commitments_asked),
                    i18n::formatCountChange(c.commitments_asked)});
    rows.push_back({t(tr, "dev.kept"), percent(n.keptShare()), percent(b.keptShare()), pointsChange(c.kept, tr)});
    return rows;
}

// The cells of the two 2×2 heat maps, each count with its change: label, "3 (+1)".
std::vector<std::pair<std::string, std::string>> quadrantLines(const rules::Development& d, const i18n::Translator& tr, bool balance) {
    std::vector<std::pair<std::string, std::string>> lines;
    for (std::size_t i = 0; i < 4; ++i) {
        const std::string label = balance ? t(tr, "balance." + std::string(rules::balanceQuadrantKey(rules::kQuadrants[i])) + ".short")
                                          : t(tr, "review.position." + std::string(model::lifePositionKey(model::kLifePositions[i])));
        const int count = balance ? d.now.balance[i] : d.now.life_positions[i];
        const int change = balance ? d.change.balance[i] : d.change.life_positions[i];
        lines.emplace_back(label, std::to_string(count) + " (" + i18n::formatCountChange(change) + ")");
    }
    return lines;
}

std::string periodLine(const rules::Development& d, const i18n::Translator& tr) {
    char line[512];
    const auto l = tr.language();
    std::snprintf(line, sizeof line, tr.text("dev.period_line"), dates::formatIsoDate(d.period.from, l).c_str(),
                  dates::formatIsoDate(d.period.to, l).c_str(), dates::formatIsoDate(d.previous.from, l).c_str(),
                  dates::formatIsoDate(d.previous.to, l).c_str());
    return line;
}

std::string weakestLine(const rules::Development& d, const i18n::Translator& tr, bool as_html) {
    std::string out;
    for (const int step : d.now.weakest_steps) {
        const auto s = static_cast<std::size_t>(step);
        const auto& tally = d.now.steps[s];
        char score[200];
        std::snprintf(score, sizeof score, tr.text("dev.step_score"), static_cast<int>(std::lround(tally.score().value_or(0) * 100)),
                      tally.rated, d.change.step_scores[s] ? i18n::formatPointsChange(*d.change.step_scores[s], tr).c_str()
                                                           : tr.text("dev.no_previous"));
        const std::string key = "step." + std::string(method::conversationStepKey(method::conversationStepAt(s)));
        if (as_html) {
            out += "<li><b>" + exports::htmlEscaped(stepName(tr, s)) + "</b> – " + exports::htmlEscaped(score) + "<br><i>" +
                   exports::htmlEscaped(t(tr, key + ".coaching")) + "</i></li>\n";
        } else {
            out += "- **" + md(stepName(tr, s)) + "** – " + md(score) + "  \n  *" + md(t(tr, key + ".coaching")) + "*\n";
        }
    }
    return out;
}

// The labelled lines of a review, shared by Markdown and HTML.
struct ReviewLines {
    std::string title;
    std::vector<std::pair<std::string, std::string>> facts;  // label, value
    std::vector<std::pair<std::string, std::string>> steps;  // name, "rating · planned"
    std::vector<std::pair<std::string, std::string>> texts;  // heading, typed text
};

ReviewLines linesOf(const model::Portfolio& p, const model::Review& r, const i18n::Translator& tr) {
    ReviewLines lines;
    const model::Customer* customer = p.findCustomer(r.customer_id);
    const model::ConversationPlan* plan = r.plan_id == model::kNoId ? nullptr : p.findPlan(r.plan_id);
    lines.title = (customer ? customer->name : std::string()) + " – " + dates::formatIsoDate(r.meeting_date, tr.language());
    const std::string meeting = plan ? plan->goal : (r.title.empty() ? t(tr, "review.adhoc_title") : r.title);
    lines.facts.emplace_back(t(tr, "review.meeting_on"), dates::formatIsoDate(r.meeting_date, tr.language()) + " – " + meeting +
                                                               (r.plan_deleted ? " (" + t(tr, "review.meeting_deleted") + ")" : ""));
    lines.facts.emplace_back(t(tr, "review.section.outcome"), t(tr, "review.outcome." + std::string(model::outcomeKey(r.outcome))));
    lines.facts.emplace_back(t(tr, "review.goal_reached"), t(tr, "review.reached." + std::string(model::reachedKey(r.goal_reached))));
    for (const auto& line : r.goal_lines)
        lines.facts.emplace_back("· " + line.text, t(tr, line.reached ? "review.reached.yes" : "review.reached.no"));
    lines.facts.emplace_back(t(tr, "review.own_position"), t(tr, "review.position." + std::string(model::lifePositionKey(r.own_position))));
    if (r.customer_position != model::LifePosition::Unset)
        lines.facts.emplace_back(t(tr, "review.customer_position"),
                                 t(tr, "review.position." + std::string(model::lifePositionKey(r.customer_position))));
    if (r.mood_before > 0 || r.mood_after > 0)
        lines.facts.emplace_back(t(tr, "review.mood_before") + " / " + t(tr, "review.mood_after"),
                                 std::to_string(r.mood_before) + " → " + std::to_string(r.mood_after));
    for (const auto& a : r.assumptions)
        lines.facts.emplace_back(t(tr, "review.held") + " " + a.text, t(tr, "review.reached." + std::string(model::reachedKey(a.held))));
    const auto quadrant = rules::balanceQuadrant(r.own_interests, r.customer_interests);
    if (quadrant != rules::BalanceQuadrant::None) {
        const std::string key = "balance." + std::string(rules::balanceQuadrantKey(quadrant));
        lines.facts.emplace_back(t(tr, "review.section.balance"), std::to_string(r.own_interests) + " / " +
                                                                       std::to_string(r.customer_interests) + " – " +
                                                                       t(tr, key + ".name") + ": " + t(tr, key + ".verdict"));
    }
    if (r.process == model::ReviewProcess::Reduced) {
        const model::ReducedPlan* reduced = customer ? &customer->reduced_plan : nullptr;
        for (std::size_t e = 0; e < r.elements.size(); ++e) {
            std::string value = t(tr, "review.rating." + std::string(model::ratingKey(r.elements[e])));
            if (reduced) value += " · " + t(tr, reduced->done[e] ? "review.prepared" : "review.not_prepared");
            lines.steps.emplace_back(std::to_string(e + 1) + " " + t(tr, "reduced." + std::string(method::kReducedElements[e]) + ".name"), value);
        }
    } else {
        for (std::size_t s = 0; s < r.steps.size(); ++s) {
            std::string value = t(tr, "review.rating." + std::string(model::ratingKey(r.steps[s])));
            if (plan) value += " · " + t(tr, "review.planned") + " " + rules::plannedStep(*plan, s, tr).preview();
            lines.steps.emplace_back(stepName(tr, s), value);
        }
    }
    for (const auto& [text, key] : {std::pair{&r.agreed, "review.agreed"}, {&r.went_well, "review.went_well"},
                                    {&r.do_differently, "review.do_differently"}}) {
        if (!text->empty()) lines.texts.emplace_back(t(tr, key), *text);
    }
    if (!r.commitment.empty())
        lines.texts.emplace_back(t(tr, "review.commitment") + " (" +
                                     t(tr, "review.commitment." + std::string(model::commitmentKindKey(r.commitment_kind))) + ")",
                                 r.commitment);
    if (const model::Activity* a = r.next_activity_id == model::kNoId ? nullptr : p.findActivity(r.next_activity_id))
        lines.texts.emplace_back(t(tr, "review.activity_made"), dates::formatIsoDate(a->date, tr.language()) + ": " + a->action);
    return lines;
}

}  // namespace

std::optional<ReportFormat> reportFormatOf(std::string_view path) {
    if (path.ends_with(".md")) return ReportFormat::Markdown;
    if (path.ends_with(".html") || path.ends_with(".htm")) return ReportFormat::Html;
    if (path.ends_with(".json")) return ReportFormat::Json;
    return std::nullopt;
}

std::string reviewMarkdown(const model::Portfolio& portfolio, const model::Review& review, const i18n::Translator& tr) {
    const ReviewLines lines = linesOf(portfolio, review, tr);
    std::string out = "# " + md(lines.title) + "\n\n";
    for (const auto& [label, value] : lines.facts) out += "- **" + md(label) + ":** " + md(value) + "\n";
    out += "\n## " + md(t(tr, "review.section.replay")) + "\n\n";
    for (const auto& [name, value] : lines.steps) out += "- " + md(name) + ": " + md(value) + "\n";
    for (const auto& [heading, text] : lines.texts) out += "\n## " + md(heading) + "\n\n" + md(text) + "\n";
    return out;
}

std::string reviewHtml(const model::Portfolio& portfolio, const model::Review& review, const i18n::Translator& tr) {
    const ReviewLines lines = linesOf(portfolio, review, tr);
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(i18n::languageCode(tr.language())) +
                      "\">\n<head><meta charset=\"utf-8\"><title>" + exports::htmlEscaped(lines.title) +
                      "</title>\n<style>body{font-family:sans-serif;max-width:45em;margin:2em auto;line-height:1.4}"
                      "th{text-align:left;padding-right:1em;vertical-align:top}@page{size:A4;margin:2cm}</style></head>\n<body>\n";
    out += "<h1>" + exports::htmlEscaped(lines.title) + "</h1>\n<table>\n";
    for (const auto& [label, value] : lines.facts) out += "<tr><th>" + exports::htmlEscaped(label) + "</th><td>" + exports::htmlEscaped(value) + "</td></tr>\n";
    out += "</table>\n<h2>" + exports::htmlEscaped(t(tr, "review.section.replay")) + "</h2>\n<table>\n";
    for (const auto& [name, value] : lines.steps) out += "<tr><th>" + exports::htmlEscaped(name) + "</th><td>" + exports::htmlEscaped(value) + "</td></tr>\n";
    out += "</table>\n";
    for (const auto& [heading, text] : lines.texts) out += "<h2>" + exports::htmlEscaped(heading) + "</h2>\n<p>" + exports::htmlEscaped(text) + "</p>\n";
    return out + "</body>\n</html>\n";
}

std::string developmentMarkdown(const rules::Development& d, const i18n::Translator& tr) {
    std::string out = "# " + md(t(tr, "dev.title")) + "\n\n" + md(periodLine(d, tr)) + "\n\n";
    out += "| " + md(t(tr, "dev.figure")) + " | " + md(t(tr, "dev.now")) + " | " + md(t(tr, "dev.before")) + " | " +
           md(t(tr, "dev.change")) + " |\n|---|---:|---:|---:|\n";
    for (const FigureRow& row : figureRows(d, tr))
        out += "| " + md(row.label) + " | " + md(row.now) + " | " + md(row.before) + " | " + md(row.change) + " |\n";
    for (const bool balance : {true, false}) {
        out += "\n## " + md(t(tr, balance ? "dev.balance" : "dev.positions")) + "\n\n";
        for (const auto& [label, value] : quadrantLines(d, tr, balance)) out += "- " + md(label) + ": " + md(value) + "\n";
    }
    out += "\n## " + md(t(tr, "dev.weakest")) + "\n\n";
    out += d.now.weakest_steps.empty() ? md(t(tr, "dev.weakest_none")) + "\n" : weakestLine(d, tr, false);
    out += "\n## " + md(t(tr, "dev.outcomes")) + "\n\n| " + md(t(tr, "dev.month")) + " |";
    for (const auto outcome : model::kOutcomes) out += " " + md(t(tr, "review.outcome." + std::string(model::outcomeKey(outcome)))) + " |";
    out += "\n|---|---:|---:|---:|---:|\n";
    for (const auto& month : d.months) {
        out += "| " + dates::formatMonth(month.month, tr.language(), dates::MonthStyle::Long) + " |";
        for (const int count : month.outcomes) out.append(" ").append(std::to_string(count)).append(" |");
        out += "\n";
    }
    return out;
}

std::string developmentHtml(const rules::Development& d, const i18n::Translator& tr) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(i18n::languageCode(tr.language())) +
                      "\">\n<head><meta charset=\"utf-8\"><title>" + exports::htmlEscaped(t(tr, "dev.title")) +
                      "</title>\n<style>@page{size:A4;margin:1.8cm}body{font-family:sans-serif;max-width:17cm;margin:auto;"
                      "line-height:1.35}table{border-collapse:collapse}td,th{border-bottom:1px solid #ccc;padding:.2em .6em}"
                      "td.n{text-align:right}</style></head>\n<body>\n";
    out += "<h1>" + exports::htmlEscaped(t(tr, "dev.title")) + "</h1>\n<p>" + exports::htmlEscaped(periodLine(d, tr)) + "</p>\n<table>\n<tr><th>" +
           exports::htmlEscaped(t(tr, "dev.figure")) + "</th><th>" + exports::htmlEscaped(t(tr, "dev.now")) + "</th><th>" + exports::htmlEscaped(t(tr, "dev.before")) +
           "</th><th>" + exports::htmlEscaped(t(tr, "dev.change")) + "</th></tr>\n";
    for (const FigureRow& row : figureRows(d, tr))
        out += "<tr><td>" + exports::htmlEscaped(row.label) + "</td><td class=\"n\">" + exports::htmlEscaped(row.now) + "</td><td class=\"n\">" +
               exports::htmlEscaped(row.before) + "</td><td class=\"n\">" + exports::htmlEscaped(row.change) + "</td></tr>\n";
    out += "</table>\n";
    for (const bool balance : {true, false}) {
        out += "<h2>" + exports::htmlEscaped(t(tr, balance ? "dev.balance" : "dev.positions")) + "</h2>\n<table>\n";
        for (const auto& [label, value] : quadrantLines(d, tr, balance))
            out += "<tr><td>" + exports::htmlEscaped(label) + "</td><td class=\"n\">" + exports::htmlEscaped(value) + "</td></tr>\n";
        out += "</table>\n";
    }
    out += "<h2>" + exports::htmlEscaped(t(tr, "dev.weakest")) + "</h2>\n";
    out += d.now.weakest_steps.empty() ? "<p>" + exports::htmlEscaped(t(tr, "dev.weakest_none")) + "</p>\n"
                                       : "<ol>\n" + weakestLine(d, tr, true) + "</ol>\n";
    out += "<h2>" + exports::htmlEscaped(t(tr, "dev.outcomes")) + "</h2>\n<table>\n<tr><th>" + exports::htmlEscaped(t(tr, "dev.month")) + "</th>";
    for (const auto outcome : model::kOutcomes) out += "<th>" + exports::htmlEscaped(t(tr, "review.outcome." + std::string(model::outcomeKey(outcome)))) + "</th>";
    out += "</tr>\n";
    for (const auto& month : d.months) {
        out += "<tr><td>" + dates::formatMonth(month.month, tr.language(), dates::MonthStyle::Long) + "</td>";
        for (const int count : month.outcomes) out += "<td class=\"n\">" + std::to_string(count) + "</td>";
        out += "</tr>\n";
    }
    return out + "</table>\n</body>\n</html>\n";
}

std::string developmentJson(const rules::Development& d) {
    const auto& n = d.now;
    const auto number = [](std::optional<double> v) {
        if (!v) return std::string("null");
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.4f", *v);
        return std::string(buffer);
    };
    const auto counts = [](const std::array<int, 4>& values, const std::array<const char*, 4>& keys) {
        std::string out = "{";
        for (std::size_t i = 0; i < 4; ++i) out += std::string(i ? ", " : "") + "\"" + keys[i] + "\": " + std::to_string(values[i]);
        return out + "}";
    };
    const auto figures = [&](const rules::PeriodFigures& f, const rules::Period& period, const std::string& indent) {
        std::string out = "{\n";
        out += indent + "  \"period\": {\"from\": " + exports::jsonQuoted(period.from) + ", \"to\": " + exports::jsonQuoted(period.to) + "},\n";
        out += indent + "  \"reviews\": " + std::to_string(f.reviews) + ",\n";
        out += indent + "  \"completed\": " + std::to_string(f.completed) + ",\n";
        out += indent + "  \"outcomes\": " + counts(f.outcomes, {"order", "advance", "continuation", "no_sale"}) + ",\n";
        out += indent + "  \"life_positions\": " + counts(f.life_positions, {"ok_ok", "ok_not_ok", "not_ok_ok", "not_ok_not_ok"}) + ",\n";
        out += indent + "  \"balance\": " + counts(f.balance, {"win_win", "win_lose", "lose_win", "lose_lose"}) + ",\n";
        std::string weakest = "[";
        for (std::size_t i = 0; i < f.weakest_steps.size(); ++i) weakest += (i ? ", " : "") + std::to_string(f.weakest_steps[i] + 1);
        out += indent + "  \"weakest_steps\": " + weakest + "],\n";
        out += indent + "  \"goal_reached_rate\": " + number(f.reviews == 0 ? std::nullopt : f.goalReachedRate()) + ",\n";
        out += indent + "  \"commitments\": {\"made\": " + std::to_string(f.commitments_made) +
               ", \"asked\": " + std::to_string(f.commitments_asked) + ", \"kept_rate\": " + number(f.keptShare()) + "},\n";
        std::string steps = "[";
        for (std::size_t s = 0; s < f.steps.size(); ++s) {
            steps += std::string(s ? ", " : "") + "{\"step\": " + std::to_string(s + 1) + ", \"rated\": " +
                     std::to_string(f.steps[s].rated) + ", \"score\": " + number(f.steps[s].score()) + "}";
        }
        out += indent + "  \"steps\": " + steps + "]\n" + indent + "}";
        return out;
    };
    // No "format_version" key: that name marks a portfolio, which an export never replaces.
    std::string out = "{\n  \"etappe_development_report\": 1,\n  \"days\": " + (d.days > 0 ? std::to_string(d.days) : std::string("null")) + ",\n";
    // The period's figures at the top level (what a manager aggregates), the previous period beside them.
    std::string now = figures(n, d.period, "");
    out += now.substr(2, now.size() - 4) + ",\n";
    out += "  \"previous\": " + figures(d.before, d.previous, "  ") + ",\n";
    out += "  \"months\": [";
    for (std::size_t m = 0; m < d.months.size(); ++m) {
        const auto& month = d.months[m];
        out += std::string(m ? ",\n    " : "\n    ") + "{\"month\": " + exports::jsonQuoted(month.month) + ", \"outcomes\": " +
               counts(month.outcomes, {"order", "advance", "continuation", "no_sale"}) + ", \"life_positions\": " +
               counts(month.life_positions, {"ok_ok", "ok_not_ok", "not_ok_ok", "not_ok_not_ok"}) + ", \"balance\": " +
               counts(month.balance, {"win_win", "win_lose", "lose_win", "lose_lose"}) + "}";
    }
    out += d.months.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

storage::SaveResult writeDevelopmentReport(const std::string& path, const rules::Development& d,
                                           const i18n::Translator& tr, bool replace_existing) {
    const auto format = reportFormatOf(path);
    if (!format) {
        storage::SaveResult result;
        result.failed_step = storage::SaveStep::Validate;
        result.detail = i18n::message("detail.report_extension");
        return result;
    }
    const std::string text = *format == ReportFormat::Json       ? developmentJson(d)
                             : *format == ReportFormat::Markdown ? developmentMarkdown(d, tr)
                                                                 : developmentHtml(d, tr);
    return storage::writeExport(path, text, replace_existing);
}

storage::SaveResult writeReview(const std::string& path, const model::Portfolio& portfolio, const model::Review& review,
                                const i18n::Translator& tr, bool replace_existing) {
    const auto format = reportFormatOf(path);
    if (!format || *format == ReportFormat::Json) {
        storage::SaveResult result;
        result.failed_step = storage::SaveStep::Validate;
        result.detail = i18n::message("detail.brief_extension");
        return result;
    }
    return storage::writeExport(path, *format == ReportFormat::Markdown ? reviewMarkdown(portfolio, review, tr)
                                                                        : reviewHtml(portfolio, review, tr),
                                replace_existing);
}

}  // namespace etappe::exports
