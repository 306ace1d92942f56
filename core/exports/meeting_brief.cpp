#include "exports/meeting_brief.h"

#include <cctype>
#include <ctime>
#include <utility>

#include "exports/brief_content.h"

namespace etappe::exports {

namespace {

std::string lowered(std::string_view text) {
    std::string out(text);
    for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}

// Only real dates take part in "upcoming": a half-typed date must not win by sorting after digits.
bool isIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i != 4 && i != 7 && !std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    }
    return true;
}

// Real dates order the plans; undated ones rank below them and among themselves by creation.
std::pair<bool, std::string_view> latestKey(const model::ConversationPlan& plan) {
    const bool dated = isIsoDate(plan.date);
    return {dated, dated ? std::string_view(plan.date) : std::string_view()};
}

}  // namespace

std::string meetingBrief(const model::Customer& customer, const model::ConversationPlan& plan,
                         const i18n::Translator& tr, BriefFormat format) {
    const detail::BriefContent brief = detail::gatherBrief(customer, plan, tr);
    return format == BriefFormat::Html ? detail::writeHtml(brief) : detail::writeMarkdown(brief);
}

std::optional<BriefFormat> briefFormatForPath(std::string_view path) {
    const std::size_t slash = path.find_last_of("/\\");
    const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const std::size_t dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return std::nullopt;
    const std::string extension = lowered(name.substr(dot + 1));
    if (extension == "md" || extension == "markdown") return BriefFormat::Markdown;
    if (extension == "html" || extension == "htm") return BriefFormat::Html;
    return std::nullopt;
}

const model::ConversationPlan* nextPlan(const model::Customer& customer, std::string_view today) {
    const model::ConversationPlan* upcoming = nullptr;
    const model::ConversationPlan* latest = nullptr;
    for (const model::ConversationPlan& plan : customer.plans) {
        // ISO dates compare correctly as text. Ties keep the earlier upcoming plan and the
        // later-created latest plan; plans are stored oldest first.
        if (isIsoDate(plan.date) && plan.date >= today && (upcoming == nullptr || plan.date < upcoming->date)) {
            upcoming = &plan;
        }
        if (latest == nullptr || latestKey(plan) >= latestKey(*latest)) latest = &plan;
    }
    return upcoming != nullptr ? upcoming : latest;
}

std::string todayIso() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

}  // namespace etappe::exports
