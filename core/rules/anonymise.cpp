#include "rules/anonymise.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "method/plan_fields.h"
#include "method/reduced_elements.h"

namespace etappe::rules {

namespace {

bool german(i18n::Language language) { return language == i18n::Language::German; }

bool startsWithWord(const std::string& text, std::string_view word) {
    return text.size() > word.size() && text.compare(0, word.size(), word) == 0 && text[word.size()] == ' ';
}

// The last word of a name ("Dr. Klaus Grauvogl" → "Grauvogl"), when it is a
// word of its own that is long enough to search for in free text.
std::string surnameOf(const std::string& name) {
    const auto end = name.find_last_not_of(' ');
    if (end == std::string::npos) return {};
    const auto space = name.find_last_of(' ', end);
    if (space == std::string::npos) return {};
    std::string word = name.substr(space + 1, end - space);
    return word.size() >= 3 ? word : std::string();
}

void replaceAll(std::string& text, const std::string& from, const std::string& to) {
    if (from.empty()) return;
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

// Real name → stand-in, longest names first, so "Huber & Söhne GmbH" goes before "Huber".
using Replacements = std::vector<std::pair<std::string, std::string>>;

void scrub(std::string& text, const Replacements& replacements) {
    if (text.empty()) return;
    for (const auto& [from, to] : replacements) replaceAll(text, from, to);
}

template <class T>
std::vector<int> orderById(const std::vector<T>& items) {
    std::vector<int> order(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return items[a].id < items[b].id; });
    return order;
}

}  // namespace

std::string customerStandIn(int number, i18n::Language language) {
    return (german(language) ? "Kunde " : "Customer ") + std::to_string(number);
}

std::string standInLetters(int index) {
    std::string letters;
    for (int n = index; n >= 0; n = n / 26 - 1) letters.insert(letters.begin(), static_cast<char>('A' + n % 26));
    return letters;
}

std::string contactStandIn(const std::string& name, int index, i18n::Language language) {
    const bool de = german(language);
    std::string title;
    if (startsWithWord(name, "Frau") || startsWithWord(name, "Ms") || startsWithWord(name, "Mrs") ||
        startsWithWord(name, "Ms."))
        title = de ? "Frau" : "Ms";
    else if (startsWithWord(name, "Herr") || startsWithWord(name, "Mr") || startsWithWord(name, "Mr."))
        title = de ? "Herr" : "Mr";
    else
        title = de ? "Kontakt" : "Contact";
    return title + " " + standInLetters(index) + ".";
}

model::Portfolio anonymised(const model::Portfolio& portfolio, i18n::Language language) {
    model::Portfolio copy = portfolio;
    copy.reviews.clear();  // the rep's private debriefs never reach the projector

    Replacements replacements;
    const std::vector<int> customers = orderById(copy.customers);
    for (std::size_t n = 0; n < customers.size(); ++n) {
        model::Customer& customer = copy.customers[static_cast<std::size_t>(customers[n])];
        const std::string stand_in = customerStandIn(static_cast<int>(n) + 1, language);
        if (!customer.name.empty()) replacements.emplace_back(customer.name, stand_in);
        customer.name = stand_in;
    }
    // Contacts are lettered across the whole portfolio by id, so "Contact B." is one person.
    std::vector<model::Contact*> contacts;
    for (model::Customer& customer : copy.customers)
        for (model::Contact& contact : customer.contacts) contacts.push_back(&contact);
    std::stable_sort(contacts.begin(), contacts.end(), [](auto* a, auto* b) { return a->id < b->id; });
    Replacements surnames;
    for (std::size_t i = 0; i < contacts.size(); ++i) {
        model::Contact& contact = *contacts[i];
        const std::string stand_in = contactStandIn(contact.name, static_cast<int>(i), language);
        if (!contact.name.empty()) replacements.emplace_back(contact.name, stand_in);
        if (const std::string surname = surnameOf(contact.name); !surname.empty()) surnames.emplace_back(surname, stand_in);
        contact.name = stand_in;
        contact.email.clear();
        contact.phone.clear();
    }
    // Whole names first (longest first), then surnames alone ("Ms Gerens" in an activity).
    auto longest_first = [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); };
    std::stable_sort(replacements.begin(), replacements.end(), longest_first);
    std::stable_sort(surnames.begin(), surnames.end(), longest_first);
    replacements.insert(replacements.end(), surnames.begin(), surnames.end());

    for (model::Customer& customer : copy.customers) {
        scrub(customer.notes, replacements);
        for (model::Contact& contact : customer.contacts) scrub(contact.role, replacements);
        for (model::KnowledgeNote& note : customer.knowledge) scrub(note.note, replacements);
        for (model::ConversationPlan& plan : customer.plans)
            method::forEachText(plan, [&](std::string& text) { scrub(text, replacements); });
        for (const method::ReducedField& field : method::kReducedFields) scrub(customer.reduced_plan.*field.text, replacements);
    }
    for (model::Activity& activity : copy.activities) {
        scrub(activity.action, replacements);
        scrub(activity.outcome, replacements);
    }
    for (model::GoalPlan& plan : copy.goal_plans) scrub(plan.title, replacements);
    return copy;
}

}  // namespace etappe::rules
