#include "rules/anonymise.h"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <utility>
#include <vector>

#include "method/plan_fields.h"
#include "method/reduced_elements.h"

namespace etappe::rules {

namespace {

// The words of the stand-ins. Kept here, like the letters and numbers they go
// with, rather than in the i18n tables: they are data of the copy, not labels.
struct Words {
    const char* customer;
    const char* contact;
    const char* female;
    const char* male;
    const char* city;
    const char* observer;
    const char* portfolio;
    const char* participant;
    const char* file;
};

Words wordsFor(i18n::Language language) {
    if (language == i18n::Language::German)
        return {"Kunde ", "Kontakt", "Frau", "Herr", "Ort ", "Beobachter ", "Anonymisiertes Portfolio", "Teilnehmer/in ",
                "Datei "};
    return {"Customer ", "Contact", "Ms", "Mr", "City ", "Observer ", "Anonymised portfolio", "Participant ", "File "};
}

// --- Whole words in UTF-8 text -------------------------------------------

char32_t codePointAt(std::string_view text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    const int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
    char32_t c = extra ? lead & (0x3F >> extra) : lead;
    for (int i = 1; i <= extra && at + i < text.size(); ++i) c = (c << 6) | (static_cast<unsigned char>(text[at + i]) & 0x3F);
    return c;
}

// Letters and digits, including the accented Latin letters of names ("Kögel");
// quotes and dashes („“ –) are not, so „Dippold“ is a word of its own.
bool wordCodePoint(char32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x370 && c <= 0x52F);
}

bool wordAt(std::string_view text, std::size_t at) { return at < text.size() && wordCodePoint(codePointAt(text, at)); }

bool wordBefore(std::string_view text, std::size_t at) {
    if (at == 0) return false;
    std::size_t start = at - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    return wordAt(text, start);
}

// `word` at `at` is not part of a longer word ("Vogel" is not in "Vogelsang");
// a genitive s still counts as the name ("Dippolds Team").
bool wholeWordAt(std::string_view text, std::size_t at, std::string_view word) {
    const std::size_t end = at + word.size();
    const bool starts = !wordAt(word, 0) || !wordBefore(text, at);
    const bool ends = !wordBefore(word, word.size()) || !wordAt(text, end) ||
                      (text[end] == 's' && !wordAt(text, end + 1));
    return starts && ends;
}

std::size_t findWord(std::string_view text, std::string_view word, std::size_t from) {
    if (word.empty()) return std::string_view::npos;
    for (std::size_t at = text.find(word, from); at != std::string_view::npos; at = text.find(word, at + 1))
        if (wholeWordAt(text, at, word)) return at;
    return std::string_view::npos;
}

// --- Salutations ---------------------------------------------------------

Salutation salutationWord(std::string_view word) {
    for (std::string_view w : {"Frau", "Ms", "Ms.", "Mrs", "Mrs."})
        if (word == w) return Salutation::Female;
    for (std::string_view w : {"Herr", "Herrn", "Mr", "Mr."})
        if (word == w) return Salutation::Male;
    return Salutation::Unknown;
}

// The salutation written right in front of `at` ("Herrn Dr. |Grauvogl").
Salutation salutationBefore(std::string_view text, std::size_t at) {
    for (int words = 0; words < 3; ++words) {  // the salutation, or academic titles before it
        if (at < 2 || text[at - 1] != ' ') return Salutation::Unknown;
        const std::size_t space = text.find_last_of(" \n\t(\"", at - 2);
        const std::size_t start = space == std::string_view::npos ? 0 : space + 1;
        const std::string_view word = text.substr(start, at - 1 - start);
        if (const Salutation s = salutationWord(word); s != Salutation::Unknown) return s;
        if (word != "Dr." && word != "Prof.") return Salutation::Unknown;
        at = start;
    }
    return Salutation::Unknown;
}

// Two pieces of evidence: one alone decides, two must agree.
Salutation agree(Salutation a, Salutation b) {
    if (a == Salutation::Unknown) return b;
    if (b == Salutation::Unknown) return a;
    return a == b ? a : Salutation::Unknown;
}

std::string_view trimmed(std::string_view text) {
    const auto begin = text.find_first_not_of(' ');
    if (begin == std::string_view::npos) return {};
    return text.substr(begin, text.find_last_not_of(' ') - begin + 1);
}

// The last word of a name ("Dr. Klaus Grauvogl" → "Grauvogl"), when it is a
// word of its own that is long enough to search for in free text.
std::string_view surnameOf(std::string_view name) {
    name = trimmed(name);
    const auto space = name.find_last_of(' ');
    if (space == std::string_view::npos) return {};
    const std::string_view word = name.substr(space + 1);
    return word.size() >= 3 ? word : std::string_view();
}

// --- Replacing names -----------------------------------------------------

// A real name and its stand-in; after a salutation the rep wrote, a person's
// stand-in is only the letter ("Herrn Kienzle" → "Herrn B.").
struct Replacement {
    std::string from;
    std::string to;
    std::string after_salutation;  // empty: always `to`
};
using Replacements = std::vector<Replacement>;

void replaceWord(std::string& text, const Replacement& r) {
    for (std::size_t at = findWord(text, r.from, 0); at != std::string::npos;) {
        const bool bare = r.after_salutation.empty() || salutationBefore(text, at) == Salutation::Unknown;
        const std::string& by = bare ? r.to : r.after_salutation;
        text.replace(at, r.from.size(), by);
        at = findWord(text, r.from, at + by.size());
    }
}

void longestFirst(Replacements& list) {
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.from.size() > b.from.size(); });
}

// Every free text of a portfolio that may name a person, company or place.
// The reviews are not visited: the anonymised copy drops them.
template <class P, class Fn>
void forEachFreeText(P& portfolio, Fn&& fn) {
    for (auto& effort : portfolio.priorities.effort) {
        fn(effort.appointment);
        fn(effort.preparation);
        fn(effort.conversation);
        fn(effort.follow_up);
    }
    for (auto& customer : portfolio.customers) {
        fn(customer.industry);
        fn(customer.notes);
        fn(customer.class_decision.reason);
        for (auto& contact : customer.contacts) fn(contact.role);
        for (auto& note : customer.knowledge) fn(note.note);
        for (auto& plan : customer.plans) {
            fn(plan.place);
            fn(plan.goal);
            method::forEachText(plan, fn);
        }
        for (const method::ReducedField& field : method::kReducedFields) fn(customer.reduced_plan.*field.text);
    }
    for (auto& activity : portfolio.activities) {
        fn(activity.action);
        fn(activity.outcome);
    }
    for (auto& plan : portfolio.goal_plans) fn(plan.title);
    for (auto& exercise : portfolio.exercises) {
        fn(exercise.title);
        fn(exercise.instruction);
    }
    for (auto& observation : portfolio.observations)
        for (auto& note : observation.notes) fn(note);
}

template <class T>
std::vector<T*> byId(std::vector<T>& items) {
    std::vector<T*> sorted;
    for (T& item : items) sorted.push_back(&item);
    std::stable_sort(sorted.begin(), sorted.end(), [](const T* a, const T* b) { return a->id < b->id; });
    return sorted;
}

// Numbers distinct values (cities, observers) by first appearance: "Ort 1", "Ort 2", …
class Numbering {
public:
    explicit Numbering(std::string prefix) : prefix_(std::move(prefix)) {}
    // The stand-in for `value`; new values are added to `replacements` when long enough to search for.
    std::string standIn(const std::string& value, Replacements& replacements) {
        const std::string_view key = trimmed(value);
        if (key.empty()) return value;
        auto [it, added] = numbers_.try_emplace(std::string(key), prefix_ + std::to_string(numbers_.size() + 1));
        if (added) {
            addSearch(key, it->second, replacements);
            // "Kempten (Allgäu)" is often written "Kempten".
            if (const auto paren = key.find(" ("); paren != std::string_view::npos) addSearch(key.substr(0, paren), it->second, replacements);
        }
        return it->second;
    }

private:
    static void addSearch(std::string_view from, const std::string& to, Replacements& replacements) {
        if (from.size() >= 3) replacements.push_back({std::string(from), to, {}});
    }
    std::string prefix_;
    std::map<std::string, std::string> numbers_;
};

}  // namespace

std::string customerStandIn(int number, i18n::Language language) {
    return wordsFor(language).customer + std::to_string(number);
}

std::string participantStandIn(int number, i18n::Language language) {
    return wordsFor(language).participant + std::to_string(number);
}

std::string fileStandIn(int number, i18n::Language language) { return wordsFor(language).file + std::to_string(number); }

std::string standInLetters(int index) {
    std::string letters;
    for (int n = index; n >= 0; n = n / 26 - 1) letters.insert(letters.begin(), static_cast<char>('A' + n % 26));
    return letters;
}

std::string contactStandIn(Salutation salutation, int index, i18n::Language language) {
    const Words words = wordsFor(language);
    const char* title = salutation == Salutation::Female ? words.female
                        : salutation == Salutation::Male ? words.male
                                                         : words.contact;
    return std::string(title) + " " + standInLetters(index) + ".";
}

Salutation salutationOfName(std::string_view name) {
    name = trimmed(name);
    return salutationWord(name.substr(0, name.find(' ')));
}

Salutation salutationInText(std::string_view name, std::string_view text) {
    bool female = false, male = false;
    name = trimmed(name);
    for (std::string_view key : {name, surnameOf(name)}) {
        for (std::size_t at = findWord(text, key, 0); at != std::string_view::npos; at = findWord(text, key, at + 1)) {
            const Salutation s = salutationBefore(text, at);
            female |= s == Salutation::Female;
            male |= s == Salutation::Male;
        }
    }
    if (female == male) return Salutation::Unknown;
    return female ? Salutation::Female : Salutation::Male;
}

model::Portfolio anonymised(const model::Portfolio& portfolio, i18n::Language language) {
    const Words words = wordsFor(language);
    model::Portfolio copy = portfolio;
    copy.reviews.clear();  // the rep's private debriefs never reach the projector
    copy.title = words.portfolio;  // "Vertriebsgebiet Süd – <employer>" names a company

    // What the rep wrote about people, to tell "Frau Dippold" from "Herrn Kienzle".
    std::string corpus;
    forEachFreeText(portfolio, [&](const std::string& text) { (corpus += text) += '\n'; });

    Replacements names;
    Numbering cities(words.city);
    int number = 0;
    std::map<model::Id, std::pair<std::string, std::string>> company_of;  // customer id → real name, stand-in
    for (model::Customer* customer : byId(copy.customers)) {
        const std::string stand_in = customerStandIn(++number, language);
        if (!trimmed(customer->name).empty()) names.push_back({customer->name, stand_in, {}});
        company_of[customer->id] = {customer->name, stand_in};
        customer->name = stand_in;
        customer->city = cities.standIn(customer->city, names);
    }
    // Contacts are lettered across the whole portfolio by id, so "Contact B." is one person.
    std::vector<std::pair<model::Contact*, model::Id>> contacts;  // with the customer they work for
    for (model::Customer& customer : copy.customers)
        for (model::Contact& contact : customer.contacts) contacts.emplace_back(&contact, customer.id);
    std::stable_sort(contacts.begin(), contacts.end(), [](const auto& a, const auto& b) { return a.first->id < b.first->id; });
    Replacements surnames;
    for (std::size_t i = 0; i < contacts.size(); ++i) {
        model::Contact& contact = *contacts[i].first;
        const auto& [company, company_stand_in] = company_of[contacts[i].second];
        const Salutation salutation = agree(salutationOfName(contact.name), salutationInText(contact.name, corpus));
        const std::string stand_in = contactStandIn(salutation, static_cast<int>(i), language);
        const std::string letter = standInLetters(static_cast<int>(i)) + ".";
        if (const auto name = trimmed(contact.name); !name.empty()) names.push_back({std::string(name), stand_in, letter});
        // A surname that is also the name of the person's own company ("Getränke Kaltenecker GmbH",
        // "bei Kaltenecker") means the company where no salutation makes it the person.
        if (const auto surname = surnameOf(contact.name); !surname.empty()) {
            const bool names_company = findWord(company, surname, 0) != std::string::npos;
            surnames.push_back({std::string(surname), names_company ? company_stand_in : stand_in, letter});
        }
        contact.name = stand_in;
        contact.email.clear();
        contact.phone.clear();
    }
    Numbering observers(words.observer);
    for (model::Observation* observation : byId(copy.observations))
        observation->observer = observers.standIn(observation->observer, names);

    // Whole names first (longest first, "Huber & Söhne GmbH" before "Huber"), then surnames alone.
    longestFirst(names);
    longestFirst(surnames);
    names.insert(names.end(), surnames.begin(), surnames.end());
    forEachFreeText(copy, [&](std::string& text) {
        for (const Replacement& r : names) replaceWord(text, r);
    });
    return copy;
}

}  // namespace etappe::rules
