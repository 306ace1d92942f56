// validatePortfolio guards both directions: nothing invalid is loaded, and
// nothing is saved that could not be loaded again.
#include <doctest/doctest.h>

#include <functional>

#include "storage/portfolio_file.h"
#include "test_storage_support.h"

using namespace etappe;
using namespace etappe::storage;

namespace {

struct Mutation {
    const char* what;
    std::function<void(model::Portfolio&)> apply;
    LoadProblem expected;
    const char* detail;  // the exact place named to the user
};

model::Customer& first(model::Portfolio& p) { return p.customers.front(); }

const std::vector<Mutation>& mutations() {
    static const std::vector<Mutation> kMutations = {
        {"id 0", [](auto& p) { first(p).id = 0; }, LoadProblem::InvalidValue, "customers[0].id 0 is not positive"},
        {"negative contact id", [](auto& p) { first(p).contacts[0].id = -3; }, LoadProblem::InvalidValue,
         "customers[0].contacts[0].id -3 is not positive"},
        {"contact shares the customer's id", [](auto& p) { first(p).contacts[0].id = first(p).id; },
         LoadProblem::DuplicateId, "customers[0].contacts[0].id 1 is also customers[0].id"},
        {"id at next_id", [](auto& p) { first(p).contacts[0].id = p.next_id; }, LoadProblem::InvalidValue,
         "customers[0].contacts[0].id 3 is not below next_id 3"},
        {"next_id 0", [](auto& p) { p.next_id = 0; }, LoadProblem::InvalidValue, "next_id is not positive"},
        {"negative revenue", [](auto& p) { first(p).annual_revenue.cents = -1; }, LoadProblem::InvalidValue,
         "customers[0].annual_revenue.cents -1 is out of range"},
        {"potential above the limit", [](auto& p) { first(p).potential.cents = model::kMaxMoneyCents + 1; },
         LoadProblem::InvalidValue, "customers[0].potential.cents 1000000000000001 is out of range"},
        {"currency with four letters", [](auto& p) { first(p).potential.currency = "EURO"; },
         LoadProblem::InvalidValue, "customers[0].potential.currency is not three capital letters"},
        {"currency €", [](auto& p) { first(p).potential.currency = "€"; }, LoadProblem::InvalidValue,
         "customers[0].potential.currency is not three capital letters"},
        {"29 February in a common year", [](auto& p) { first(p).created_on = "2025-02-29"; },
         LoadProblem::InvalidValue, "customers[0].created_on \"2025-02-29\" is not a date"},
        {"month 13", [](auto& p) { first(p).created_on = "2026-13-01"; }, LoadProblem::InvalidValue,
         "customers[0].created_on \"2026-13-01\" is not a date"},
        {"empty name", [](auto& p) { first(p).name.clear(); }, LoadProblem::InvalidValue, "customers[0].name is empty"},
        {"NUL in a phone number", [](auto& p) { first(p).contacts[0].phone = std::string("12\0" "3", 4); },
         LoadProblem::NulCharacter, "customers[0].contacts[0].phone contains a NUL"},
        {"Latin-1 city", [](auto& p) { first(p).city = "M\xfcnchen"; }, LoadProblem::InvalidUtf8,
         "customers[0].city is not valid UTF-8 at byte 1"},
        {"UTF-8 encoded surrogate", [](auto& p) { p.title = "\xed\xa0\x80"; }, LoadProblem::InvalidUtf8,
         "title is not valid UTF-8 at byte 0"},
        {"100,001 bytes of notes", [](auto& p) { first(p).notes.assign(100001, 'x'); }, LoadProblem::InvalidValue,
         "customers[0].notes is 100001 bytes long, at most 100000"},
        {"1,001 bytes of e-mail", [](auto& p) { first(p).contacts[0].email.assign(1001, 'x'); },
         LoadProblem::InvalidValue, "customers[0].contacts[0].email is 1001 bytes long, at most 1000"},
        {"class out of the enum", [](auto& p) { first(p).customer_class = static_cast<method::CustomerClass>(7); },
         LoadProblem::InvalidValue, "customers[0].class is not A, B or C"},
    };
    return kMutations;
}

}  // namespace

TEST_CASE("each invalid value is named with its place, on load and on save") {
    testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    REQUIRE(savePortfolioFile(path, testing::textHeavyPortfolio()).ok());
    const std::string saved_bytes = testing::readBytes(path);

    for (const Mutation& m : mutations()) {
        const std::string what = m.what;
        CAPTURE(what);
        model::Portfolio p = testing::textHeavyPortfolio();
        m.apply(p);
        const LoadResult checked = validatePortfolio(p);
        CHECK(checked.problem == m.expected);
        CHECK(testing::english(checked.detail) == m.detail);
        CHECK_FALSE(checked.portfolio.has_value());

        const SaveResult save = savePortfolioFile(path, p);
        CHECK(save.failed_step == SaveStep::Validate);
        CHECK(testing::english(save.detail) == m.detail);
        CHECK(testing::readBytes(path) == saved_bytes);  // nothing was written
    }
}

TEST_CASE("valid edge values pass: 29 Feb in a leap year, zero and the largest amount, empty optional texts") {
    model::Portfolio p = testing::textHeavyPortfolio();
    first(p).created_on = "2000-02-29";
    first(p).annual_revenue.cents = 0;
    first(p).potential.cents = model::kMaxMoneyCents;
    first(p).contacts[0] = model::Contact{2, "", "", "", ""};
    first(p).notes.assign(100000, 'x');
    const LoadResult r = validatePortfolio(p);
    CHECK_MESSAGE(r.ok(), r.detail);
    CHECK(validatePortfolio(model::Portfolio{}).ok());  // a new, empty portfolio can be saved
}
