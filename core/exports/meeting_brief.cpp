#include "exports/meeting_brief.h"

#include <cctype>
#include <utility>

#include "dates/iso_date.h"
#include "exports/brief_content.h"

namespace etappe::exports {

namespace {

std::string lowered(std::string_view text) {
    std::string out(text);
    for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}

// Real dates order the plans; undated ones rank below them and among themselves by creation.
std::pair<bool, std::string_view> latestKey(const model::ConversationPlan& plan) {
    const bool dated = dates::isIsoDate(plan.date);
    return {dated, dated ? std::string_view(plan.date) : std::string_view()};
}

}  // namespace

std::string meetingBrief(const model::Customer& customer, const model::ConversationPlan& plan,
                         const i18n::Translator& tr, BriefFormat format, const model::Activity* next) {
    const detail::BriefContent brief = detail::gatherBrief(customer, plan, next, tr);
    return format == BriefFormat::Html ? detail::writeHtml(brief) : detail::writeMarkdown(brief);
}

std::string reducedBrief(const model::Customer& customer, const i18n::Translator& tr, BriefFormat format,
                         const model::Activity* next) {
    const detail::BriefContent brief = detail::gatherReducedBrief(customer, next, tr);
    return format == BriefFormat::Html ? detail::writeHtml(brief) : detail::writeMarkdown(brief);
}

bool hasReducedBrief(const model::ReducedPlan& plan) {
    return detail::hasReducedContent(plan);
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
        // ISO dates compare correctly as text; only real dates count, so a half-typed one cannot
        // win by sorting after digits. Ties keep the earlier upcoming plan and the later-created
        // latest plan; plans are stored oldest first.
        if (dates::isIsoDate(plan.date) && plan.date >= today && (upcoming == nullptr || plan.date < upcoming->date)) {
            upcoming = &plan;
        }
        if (latest == nullptr || latestKey(plan) >= latestKey(*latest)) latest = &plan;
    }
    return upcoming != nullptr ? upcoming : latest;
}

}  // namespace etappe::exports
