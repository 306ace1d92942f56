#include "workshop/compare_export.h"

#include <algorithm>
#include <cstdio>

#include "exports/escape.h"

#include "i18n/message.h"
#include "method/conversation_steps.h"
#include "storage/export_target.h"

namespace etappe::workshop {

namespace {

std::string t(const i18n::Translator& tr, const std::string& key) { return tr.text(key); }

std::string list(const std::vector<std::string>& items) {
    if (items.empty()) return "–";
    std::string out = "<ul>";
    for (const auto& item : items) out += "<li>" + exports::htmlEscaped(item) + "</li>";
    return out + "</ul>";
}

// Heat: 0–1 as a background from white to the method's green.
std::string heat(int score, int out_of) {
    if (out_of <= 0) return "#fff";
    const double share = static_cast<double>(score) / out_of;
    const int g = 255 - static_cast<int>(share * 95);
    const int rb = 255 - static_cast<int>(share * 175);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", rb, g, rb);
    return buffer;
}

std::string stepName(const i18n::Translator& tr, int step) {
    return std::to_string(step) + " " +
           t(tr, "step." + std::string(method::conversationStepKey(method::conversationStepAt(static_cast<std::size_t>(step - 1)))) + ".name");
}

std::string exerciseHeading(const model::Exercise& e, std::size_t index, const i18n::Translator& tr) {
    return std::to_string(index + 1) + ". " + (e.title.empty() ? t(tr, "exercise.kind." + std::string(model::exerciseKindKey(e.kind))) : e.title);
}

std::string classLetter(method::CustomerClass c) { return std::string(method::customerClassKey(c)); }

std::string ratingText(const i18n::Translator& tr, model::StepRating rating) {
    return rating == model::StepRating::Unset ? std::string("–") : t(tr, "review.rating." + std::string(model::ratingKey(rating)));
}

std::string clockText(int seconds) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%d:%02d", seconds / 60, seconds % 60);
    return buffer;
}

// Self-ratings per step; under them, when any participant was observed, the
// observer's ratings with the gaps marked (▲ seller better, ▼ seller worse).
void debriefHtml(std::string& out, const Comparison& c, std::size_t x, const i18n::Translator& tr) {
    const bool any_observed = std::any_of(c.participants.begin(), c.participants.end(),
                                          [&](const ParticipantSummary& p) { return p.answers[x].debrief.observed; });
    out += "<table><tr><th>" + exports::htmlEscaped(t(tr, "compare.step")) + "</th>";
    for (const auto& p : c.participants) out += "<th>" + exports::htmlEscaped(p.label) + "</th>";
    out += "</tr>\n";
    const std::string observer_label = "<td class=\"o\">" + exports::htmlEscaped(t(tr, "compare.observer")) + "</td>";
    for (std::size_t step = 0; step < method::kConversationStepCount; ++step) {
        out += "<tr><td>" + exports::htmlEscaped(stepName(tr, static_cast<int>(step) + 1)) + "</td>";
        for (const auto& p : c.participants) {
            const auto& d = p.answers[x].debrief;
            out += "<td>" + (d.has_review ? exports::htmlEscaped(ratingText(tr, d.steps[step])) : std::string("–")) + "</td>";
        }
        out += "</tr>\n";
        if (!any_observed) continue;
        out += "<tr>" + observer_label;
        for (const auto& p : c.participants) {
            const auto& d = p.answers[x].debrief;
            if (!d.observed) {
                out += "<td class=\"o\"></td>";
                continue;
            }
            const model::RatingGap gap = d.gaps[step];
            const char* cls = gap == model::RatingGap::SellerBetter ? "o better" : gap == model::RatingGap::SellerWorse ? "o worse" : "o";
            out += std::string("<td class=\"") + cls + "\">" + exports::htmlEscaped(ratingText(tr, d.observed_steps[step])) +
                   (gap == model::RatingGap::None ? "" : std::string(" ") + model::ratingGapMark(gap)) + "</td>";
        }
        out += "</tr>\n";
    }
    if (any_observed) {
        out += "<tr><th>" + exports::htmlEscaped(t(tr, "compare.observer")) + "</th>";
        for (const auto& p : c.participants) {
            const auto& d = p.answers[x].debrief;
            out += "<td>";
            if (d.observed) {
                out += exports::htmlEscaped(d.observer) + (d.observer.empty() ? "" : "<br>") + clockText(d.observed_seconds) + " · " +
                       model::ratingGapMark(model::RatingGap::SellerBetter) + " " + std::to_string(d.seller_better) + " " +
                       model::ratingGapMark(model::RatingGap::SellerWorse) + " " + std::to_string(d.seller_worse);
            }
            out += "</td>";
        }
        out += "</tr>\n";
    }
    out += "<tr><th>" + exports::htmlEscaped(t(tr, "compare.lessons")) + "</th>";
    for (const auto& p : c.participants) {
        const auto& d = p.answers[x].debrief;
        out += "<td>" + exports::htmlEscaped(d.went_well) + (d.do_differently.empty() ? "" : "<br>→ " + exports::htmlEscaped(d.do_differently)) + "</td>";
    }
    out += "</tr>\n</table>\n";
    if (any_observed) out += "<p class=\"l\">" + exports::htmlEscaped(t(tr, "compare.gap_legend")) + "</p>\n";
}

void exerciseHtml(std::string& out, const Comparison& c, std::size_t x, const i18n::Translator& tr) {
    const model::Exercise& e = c.exercises[x];
    out += "<section><h2>" + exports::htmlEscaped(exerciseHeading(e, x, tr)) + "</h2>\n";
    if (!e.instruction.empty()) out += "<p class=\"i\">" + exports::htmlEscaped(e.instruction) + "</p>\n";
    switch (e.kind) {
        case model::ExerciseKind::PrepareMeeting: {
            out += "<table><tr><th>" + exports::htmlEscaped(t(tr, "compare.checkpoints")) + "</th>";
            for (const auto& p : c.participants) out += "<th>" + exports::htmlEscaped(p.label) + "</th>";
            out += "</tr>\n";
            for (int step = e.first_step; step <= e.last_step; ++step) {
                out += "<tr><td>" + exports::htmlEscaped(stepName(tr, step)) + "</td>";
                for (const auto& p : c.participants) {
                    const auto& a = p.answers[x].prepare;
                    int ticked = 0;
                    std::string marks;
                    if (a.has_plan) {
                        for (bool b : a.checkpoints[static_cast<std::size_t>(step - e.first_step)]) {
                            ticked += b ? 1 : 0;
                            marks += b ? "●" : "○";
                        }
                    }
                    out += "<td style=\"background:" + heat(ticked, 3) + "\">" + (a.has_plan ? marks : "–") + "</td>";
                }
                out += "</tr>\n";
            }
            out += "</table>\n<table>\n";
            const auto row = [&](const std::string& key, auto field) {
                out += "<tr><th>" + exports::htmlEscaped(t(tr, key)) + "</th>";
                for (const auto& p : c.participants) out += "<td>" + field(p.answers[x].prepare) + "</td>";
                out += "</tr>\n";
            };
            out += "<tr><th></th>";
            for (const auto& p : c.participants) out += "<th>" + exports::htmlEscaped(p.label) + "</th>";
            out += "</tr>\n";
            row("compare.hook", [](const PrepareAnswer& a) { return a.hook.empty() ? std::string("–") : exports::htmlEscaped(a.hook); });
            row("compare.questions", [](const PrepareAnswer& a) { return list(a.questions); });
            row("compare.proposals", [](const PrepareAnswer& a) { return list(a.proposals); });
            row("compare.objections", [](const PrepareAnswer& a) { return list(a.objections); });
            out += "</table>\n";
            break;
        }
        case model::ExerciseKind::RephraseActivities: {
            out += "<table><tr><th></th><th>" + exports::htmlEscaped(t(tr, "compare.sentence")) + "</th><th>" + exports::htmlEscaped(t(tr, "compare.verdict")) + "</th></tr>\n";
            for (const auto& p : c.participants) {
                const auto& answer = p.answers[x];
                for (const auto& a : answer.activities) {
                    std::string verdict = !a.present ? t(tr, "compare.deleted") : a.concrete ? t(tr, "compare.concrete") : "";
                    for (const auto& flag : a.flag_keys) verdict += (verdict.empty() ? "" : ", ") + t(tr, "compare.flag." + flag);
                    out += "<tr><td>" + exports::htmlEscaped(p.label) + "</td><td>" + exports::htmlEscaped(a.text) + "</td><td style=\"background:" +
                           heat(a.concrete ? 1 : 0, 1) + "\">" + exports::htmlEscaped(verdict) + "</td></tr>\n";
                }
                char counts[96];
                std::snprintf(counts, sizeof counts, t(tr, "compare.concrete_of").c_str(), answer.score, answer.out_of);
                out += "<tr><td></td><td colspan=\"2\"><b>" + exports::htmlEscaped(counts) + "</b></td></tr>\n";
            }
            out += "</table>\n";
            break;
        }
        case model::ExerciseKind::ClassifyCustomers: {
            out += "<table><tr><th>" + exports::htmlEscaped(t(tr, "compare.customer")) + "</th><th>" + exports::htmlEscaped(t(tr, "compare.proposal")) + "</th>";
            for (const auto& p : c.participants) out += "<th>" + exports::htmlEscaped(p.label) + "</th>";
            out += "</tr>\n";
            for (std::size_t k = 0; k < e.customer_ids.size(); ++k) {
                const ClassAnswer* first = c.participants.empty() ? nullptr : &c.participants.front().answers[x].classes[k];
                out += "<tr><td>" + exports::htmlEscaped(first ? first->customer : "") + "</td><td>" + (first ? classLetter(first->proposed) : "") + "</td>";
                for (const auto& p : c.participants) {
                    const ClassAnswer& a = p.answers[x].classes[k];
                    const bool same = a.present && a.chosen == a.proposed;
                    out += "<td style=\"background:" + heat(same ? 1 : 0, 1) + "\">" + (a.present ? classLetter(a.chosen) : "–") +
                           (a.reason.empty() ? "" : "<br><small>" + exports::htmlEscaped(a.reason) + "</small>") + "</td>";
                }
                out += "</tr>\n";
            }
            out += "</table>\n";
            break;
        }
        case model::ExerciseKind::DebriefMeeting: debriefHtml(out, c, x, tr); break;
    }
    out += "</section>\n";
}

}  // namespace

std::string comparisonHtml(const Comparison& c, const i18n::Translator& tr) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(i18n::languageCode(tr.language())) +
                      "\">\n<head><meta charset=\"utf-8\"><title>" + exports::htmlEscaped(t(tr, "compare.title")) +
                      "</title>\n<style>@page{size:A4 landscape;margin:1.5cm}body{font-family:sans-serif;font-size:10pt;"
                      "line-height:1.3}table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;"
                      "padding:.2em .4em;vertical-align:top;text-align:left}td.n{text-align:right}ul{margin:0;padding-left:1em}"
                      "p.i{font-style:italic}section{page-break-inside:avoid}td.o{color:#555;font-size:90%}"
                      "td.better{background:#fbe9c6}td.worse{background:#dbe8f6}p.l{font-size:90%;color:#555}</style></head>\n<body>\n";
    out += "<h1>" + exports::htmlEscaped(t(tr, "compare.title")) + "</h1>\n<h2>" + exports::htmlEscaped(t(tr, "compare.summary")) + "</h2>\n";
    out += "<table><tr><th>" + exports::htmlEscaped(t(tr, "compare.participant")) + "</th>";
    for (std::size_t x = 0; x < c.exercises.size(); ++x) out += "<th>" + exports::htmlEscaped(exerciseHeading(c.exercises[x], x, tr)) + "</th>";
    out += "<th>" + exports::htmlEscaped(t(tr, "compare.checkpoints")) + "</th><th>" + exports::htmlEscaped(t(tr, "compare.concrete")) + "</th><th>" +
           exports::htmlEscaped(t(tr, "compare.pseudo")) + "</th><th>A</th><th>B</th><th>C</th><th>" +
           exports::htmlEscaped(t(tr, "compare.observations")) + "</th></tr>\n";
    for (const auto& p : c.participants) {
        out += "<tr><td>" + exports::htmlEscaped(p.label) + "</td>";
        for (const auto& a : p.answers)
            out += "<td class=\"n\" style=\"background:" + heat(a.score, a.out_of) + "\">" + std::to_string(a.score) + "/" +
                   std::to_string(a.out_of) + (a.done ? " ✓" : "") + "</td>";
        out += "<td class=\"n\">" + std::to_string(p.checkpoints_ticked) + "</td><td class=\"n\">" +
               std::to_string(p.concrete_activities) + "</td><td class=\"n\">" + std::to_string(p.pseudo_activities) + "</td>";
        for (int n : p.classes) out += "<td class=\"n\">" + std::to_string(n) + "</td>";
        out += "<td class=\"n\">" + std::to_string(p.observations) + "</td></tr>\n";
    }
    out += "</table>\n";
    for (std::size_t x = 0; x < c.exercises.size(); ++x) exerciseHtml(out, c, x, tr);
    if (!c.skipped.empty()) {
        out += "<h2>" + exports::htmlEscaped(t(tr, "compare.skipped")) + "</h2>\n<ul>\n";
        for (const auto& s : c.skipped) {
            std::string reason = t(tr, s.reason_key);
            if (!s.detail.empty()) {
                reason += " – ";
                reason += i18n::render(tr, s.detail);
            }
            out += "<li>" + exports::htmlEscaped(s.file) + ": " + exports::htmlEscaped(reason) + "</li>\n";
        }
        out += "</ul>\n";
    }
    return out + "</body>\n</html>\n";
}

namespace {

// Step ratings as in the file: {"<step key>": "<rating key>", …} for all 16 steps.
std::string stepsJson(const std::array<model::StepRating, method::kConversationStepCount>& steps) {
    std::string out = "{";
    for (std::size_t i = 0; i < steps.size(); ++i)
        out += std::string(i ? ", " : "") + exports::jsonQuoted(method::conversationStepKey(method::conversationStepAt(i))) + ": " +
               exports::jsonQuoted(model::ratingKey(steps[i]));
    return out + "}";
}

void debriefJson(std::string& out, const DebriefAnswer& d) {
    out += ", \"steps\": " + stepsJson(d.steps) + ", \"observed\": " + (d.observed ? "true" : "false");
    if (!d.observed) return;
    out += ", \"observer\": " + exports::jsonQuoted(d.observer) + ", \"observed_seconds\": " + std::to_string(d.observed_seconds) +
           ", \"observed_steps\": " + stepsJson(d.observed_steps) + ", \"seller_better\": " + std::to_string(d.seller_better) +
           ", \"seller_worse\": " + std::to_string(d.seller_worse);
}

}  // namespace

std::string comparisonJson(const Comparison& c) {
    std::string out = "{\n  \"exercises\": [";
    for (std::size_t x = 0; x < c.exercises.size(); ++x) {
        const model::Exercise& e = c.exercises[x];
        out += std::string(x ? "," : "") + "\n    {\"id\": " + std::to_string(e.id) + ", \"kind\": " +
               exports::jsonQuoted(model::exerciseKindKey(e.kind)) + ", \"title\": " + exports::jsonQuoted(e.title) + "}";
    }
    out += c.exercises.empty() ? "],\n" : "\n  ],\n";
    out += "  \"participants\": [";
    for (std::size_t i = 0; i < c.participants.size(); ++i) {
        const ParticipantSummary& p = c.participants[i];
        out += std::string(i ? "," : "") + "\n    {\n";
        out += "      \"file\": " + exports::jsonQuoted(p.file) + ",\n      \"label\": " + exports::jsonQuoted(p.label) + ",\n";
        out += "      \"checkpoints_ticked\": " + std::to_string(p.checkpoints_ticked) + ",\n";
        out += "      \"activities\": " + std::to_string(p.activities) + ",\n";
        out += "      \"concrete_activities\": " + std::to_string(p.concrete_activities) + ",\n";
        out += "      \"pseudo_activities\": " + std::to_string(p.pseudo_activities) + ",\n";
        out += "      \"classes\": {\"A\": " + std::to_string(p.classes[0]) + ", \"B\": " + std::to_string(p.classes[1]) +
               ", \"C\": " + std::to_string(p.classes[2]) + "},\n";
        out += "      \"exercises_done\": " + std::to_string(p.exercises_done) + ",\n";
        out += "      \"observations\": " + std::to_string(p.observations) + ",\n      \"answers\": [";
        for (std::size_t x = 0; x < p.answers.size(); ++x) {
            const ExerciseAnswer& a = p.answers[x];
            out += std::string(x ? ", " : "") + "{\"exercise\": " + std::to_string(c.exercises[x].id) +
                   ", \"done\": " + (a.done ? "true" : "false") + ", \"score\": " + std::to_string(a.score) +
                   ", \"out_of\": " + std::to_string(a.out_of);
            if (c.exercises[x].kind == model::ExerciseKind::DebriefMeeting) debriefJson(out, a.debrief);
            out += "}";
        }
        out += "]\n    }";
    }
    out += c.participants.empty() ? "],\n" : "\n  ],\n";
    out += "  \"skipped\": [";
    // The JSON's keys and codes are language-neutral; the detail is for a person reading it, in English.
    static const i18n::Translator english(i18n::Language::English);
    for (std::size_t i = 0; i < c.skipped.size(); ++i) {
        const SkippedFile& s = c.skipped[i];
        out += std::string(i ? "," : "") + "\n    {\"file\": " + exports::jsonQuoted(s.file) + ", \"reason\": " + exports::jsonQuoted(s.reason_key) +
               ", \"detail\": " + exports::jsonQuoted(s.detail.empty() ? std::string() : i18n::render(english, s.detail)) + "}";
    }
    out += c.skipped.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

storage::SaveResult writeComparison(const std::string& path, const Comparison& c, const i18n::Translator& tr,
                                    bool replace_existing) {
    const auto ends = [&](std::string_view suffix) {
        if (path.size() < suffix.size()) return false;
        std::string tail = path.substr(path.size() - suffix.size());
        for (char& ch : tail) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        return tail == suffix;
    };
    if (ends(".json")) return storage::writeExport(path, comparisonJson(c), replace_existing);
    if (ends(".html") || ends(".htm")) return storage::writeExport(path, comparisonHtml(c, tr), replace_existing);
    storage::SaveResult refused;
    refused.failed_step = storage::SaveStep::Validate;
    refused.detail = i18n::message("detail.compare_extension");
    return refused;
}

}  // namespace etappe::workshop
