#include "exports/brief_export.h"

#include <charconv>

#include "exports/brief_content.h"
#include "rules/abc_classification.h"
#include "rules/customer_query.h"
#include "rules/next_activity.h"
#include "storage/export_target.h"

namespace etappe::exports {

namespace {

std::optional<model::Id> asId(std::string_view text) {
    model::Id id = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), id);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() || id <= 0) return std::nullopt;
    return id;
}

// A customer treated as A is briefed on its next meeting, any other on its reduced plan.
BriefLookup forCustomer(const model::Customer& customer, bool treated_as_a, std::string_view today, BriefTarget& out) {
    out.customer = &customer;
    out.plan = nullptr;
    if (!treated_as_a) return hasReducedBrief(customer.reduced_plan) ? BriefLookup::Found : BriefLookup::NoReducedPlan;
    out.plan = nextPlan(customer, today);
    return out.plan ? BriefLookup::Found : BriefLookup::NoPlan;
}

bool treatedAsA(const rules::Classification& classes, const model::Customer& customer) {
    const rules::CustomerClassInfo* info = classes.find(customer.id);
    return info ? info->treated_as_a : customer.customer_class == method::CustomerClass::A;
}

// Finds the target by id or name, without the derived class.
BriefLookup findBriefTargetAsStored(const model::Portfolio& portfolio, const rules::Classification& classes,
                                    std::string_view what, std::string_view today, BriefTarget& out) {
    if (const auto id = asId(what)) {
        for (const model::Customer& customer : portfolio.customers) {
            if (customer.id == *id) return forCustomer(customer, treatedAsA(classes, customer), today, out);
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
        if (name == needle)
            return forCustomer(customer, treatedAsA(classes, customer), today, out);  // an exact name wins
        if (!needle.empty() && name.find(needle) != std::string::npos) {
            match = &customer;
            ++matches;
        }
    }
    if (matches > 1) return BriefLookup::Ambiguous;
    if (!match) return BriefLookup::NotFound;
    return forCustomer(*match, treatedAsA(classes, *match), today, out);
}

// The next step after the meeting (or after the reduced plan's next contact).
const model::Activity* nextStepOf(const model::Portfolio& portfolio, const BriefTarget& target,
                                  std::string_view today) {
    if (target.plan)
        return rules::nextActivityOf(portfolio, target.customer->id, today, target.plan->date, target.plan->time);
    return rules::nextActivityOf(portfolio, target.customer->id, today, target.customer->reduced_plan.date);
}

}  // namespace

bool BriefTarget::briefable() const {
    return customer && (plan || hasReducedBrief(customer->reduced_plan));
}

std::optional<method::CustomerClass> effectiveClassOf(const model::Portfolio& portfolio, model::Id customer_id) {
    const int index = portfolio.indexOfCustomer(customer_id);
    if (index < 0) return std::nullopt;
    const rules::Classification classes = rules::classify(portfolio);
    return classes.customers[static_cast<std::size_t>(index)].effective;
}

BriefLookup findBriefTarget(const model::Portfolio& portfolio, std::string_view what, std::string_view today,
                            BriefTarget& out) {
    const rules::Classification classes = rules::classify(portfolio);
    const BriefLookup found = findBriefTargetAsStored(portfolio, classes, what, today, out);
    if (!out.customer) return found;
    if (const rules::CustomerClassInfo* info = classes.find(out.customer->id)) out.effective_class = info->effective;
    if (found == BriefLookup::Found) out.next_activity = nextStepOf(portfolio, out, today);
    return found;
}

BriefTarget briefTargetFor(const model::Portfolio& portfolio, const rules::Classification& classes,
                           model::Id customer_id, model::Id plan_id, std::string_view today) {
    BriefTarget target;
    target.customer = portfolio.findCustomer(customer_id);
    if (!target.customer) return {};
    if (treatedAsA(classes, *target.customer)) target.plan = target.customer->findPlan(plan_id);
    if (!target.briefable()) return {};
    if (const rules::CustomerClassInfo* info = classes.find(customer_id)) target.effective_class = info->effective;
    target.next_activity = nextStepOf(portfolio, target, today);
    return target;
}

storage::SaveResult writeBrief(const std::string& path, const BriefTarget& target, const i18n::Translator& tr,
                               bool replace_existing) {
    const auto format = briefFormatForPath(path);
    if (!format || !target.briefable()) {
        storage::SaveResult result;
        result.failed_step = storage::SaveStep::Validate;
        result.detail = i18n::message(format ? "detail.nothing_to_brief" : "detail.brief_extension");
        return result;
    }
    const detail::BriefContent brief = detail::gatherTargetBrief(target, tr);
    const std::string text = *format == BriefFormat::Html ? detail::writeHtml(brief) : detail::writeMarkdown(brief);
    return storage::writeExport(path, text, replace_existing);
}

namespace detail {

BriefContent gatherTargetBrief(const BriefTarget& target, const i18n::Translator& tr) {
    model::Customer customer = *target.customer;
    if (target.effective_class) customer.customer_class = *target.effective_class;  // the brief shows the class in effect
    return target.plan ? gatherBrief(customer, *target.plan, target.next_activity, tr)
                       : gatherReducedBrief(customer, target.next_activity, tr);
}

}  // namespace detail

}  // namespace etappe::exports
