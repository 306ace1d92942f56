#include "exports/brief_export.h"

#include <charconv>

#include "rules/abc_classification.h"
#include "rules/customer_query.h"
#include "storage/export_target.h"

namespace etappe::exports {

namespace {

std::optional<model::Id> asId(std::string_view text) {
    model::Id id = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), id);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() || id <= 0) return std::nullopt;
    return id;
}

BriefLookup forCustomer(const model::Customer& customer, std::string_view today, BriefTarget& out) {
    out.customer = &customer;
    out.plan = nullptr;
    out.plan = nextPlan(customer, today);
    return out.plan ? BriefLookup::Found : BriefLookup::NoPlan;
}

// Finds the target by id or name, without the derived class.
BriefLookup findBriefTargetAsStored(const model::Portfolio& portfolio, std::string_view what, std::string_view today,
                                    BriefTarget& out) {
    if (const auto id = asId(what)) {
        for (const model::Customer& customer : portfolio.customers) {
            if (customer.id == *id) return forCustomer(customer, today, out);
            if (const model::ConversationPlan* plan = customer.findPlan(*id)) {
                out = BriefTarget{&customer, plan, std::nullopt};
                return BriefLookup::Found;
            }
        }
        return BriefLookup::NotFound;
    }
    const std::string needle = rules::foldCase(what);
    const model::Customer* match = nullptr;
    int matches = 0;
    for (const model::Customer& customer : portfolio.customers) {
        const std::string name = rules::foldCase(customer.name);
        if (name == needle) return forCustomer(customer, today, out);  // an exact name always wins
        if (!needle.empty() && name.find(needle) != std::string::npos) {
            match = &customer;
            ++matches;
        }
    }
    if (matches > 1) return BriefLookup::Ambiguous;
    if (!match) return BriefLookup::NotFound;
    return forCustomer(*match, today, out);
}

}  // namespace

std::optional<method::CustomerClass> effectiveClassOf(const model::Portfolio& portfolio, model::Id customer_id) {
    const int index = portfolio.indexOfCustomer(customer_id);
    if (index < 0) return std::nullopt;
    const rules::Classification classes = rules::classify(portfolio);
    return classes.customers[static_cast<std::size_t>(index)].effective;
}

BriefLookup findBriefTarget(const model::Portfolio& portfolio, std::string_view what, std::string_view today,
                            BriefTarget& out) {
    const BriefLookup found = findBriefTargetAsStored(portfolio, what, today, out);
    if (out.customer) out.effective_class = effectiveClassOf(portfolio, out.customer->id);
    return found;
}

storage::SaveResult writeBrief(const std::string& path, const BriefTarget& target, const i18n::Translator& tr,
                               bool replace_existing) {
    const auto format = briefFormatForPath(path);
    if (!format || !target.customer || !target.plan) {
        storage::SaveResult result;
        result.failed_step = storage::SaveStep::Validate;
        result.detail = i18n::message("detail.brief_extension");
        return result;
    }
    model::Customer customer = *target.customer;
    if (target.effective_class) customer.customer_class = *target.effective_class;  // the brief shows the class in effect
    return storage::writeExport(path, meetingBrief(customer, *target.plan, tr, *format), replace_existing);
}

}  // namespace etappe::exports
