// Whatever file a rep is sent or finds, opening it gives a clear reason and
// never crashes, hangs or changes the file.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>

#include "storage/portfolio_file.h"
#include "test_storage_support.h"

using namespace etappe;
using namespace etappe::storage;

namespace {

struct BadFile {
    const char* name;
    LoadProblem expected;
    const char* detail_contains;  // part of what the user is told about where or why
};

// tests/fixtures/bad/<name> → the problem the rep is told about.
const BadFile kBadFiles[] = {
    {"empty.etappe", LoadProblem::Empty, ""},
    {"whitespace_only.etappe", LoadProblem::Empty, ""},
    {"truncated.etappe", LoadProblem::NotJson, "line "},
    {"garbage_text.etappe", LoadProblem::NotJson, "line 1, column 1"},
    {"garbage_bytes.etappe", LoadProblem::NotJson, "line 1"},
    {"binary.etappe", LoadProblem::NulCharacter, "line "},
    {"trailing_garbage.etappe", LoadProblem::NotJson, "root"},
    {"top_level_array.etappe", LoadProblem::WrongStructure, "an array"},
    {"top_level_number.etappe", LoadProblem::WrongStructure, "a number"},
    {"top_level_string.etappe", LoadProblem::WrongStructure, "a string"},
    {"missing_format_version.etappe", LoadProblem::UnknownVersion, "format_version"},
    {"format_version_string.etappe", LoadProblem::UnknownVersion, "\"1\""},
    {"format_version_zero.etappe", LoadProblem::UnknownVersion, "0"},
    {"format_version_negative.etappe", LoadProblem::UnknownVersion, "-1"},
    {"format_version_fraction.etappe", LoadProblem::UnknownVersion, "1.5"},
    {"format_version_newer.etappe", LoadProblem::NewerVersion, "version 999"},
    {"format_version_1e400.etappe", LoadProblem::NotJson, "too big"},
    {"missing_portfolio.etappe", LoadProblem::WrongStructure, "the field \"portfolio\" is missing"},
    {"missing_field_phase.etappe", LoadProblem::WrongStructure, "the field \"phase\" is missing"},
    {"name_is_number.etappe", LoadProblem::WrongStructure, "a text in quotes was expected"},
    {"cents_is_string.etappe", LoadProblem::WrongStructure, "a whole number was expected"},
    {"customers_is_object.etappe", LoadProblem::WrongStructure, "a list [ … ] was expected"},
    {"contacts_are_numbers.etappe", LoadProblem::WrongStructure, "an object { … } was expected"},
    {"cents_1e30.etappe", LoadProblem::WrongStructure,
     "portfolio.customers[0].annual_revenue.cents is 1e+30 (line 15), but must be a whole number"},
    {"id_beyond_int64.etappe", LoadProblem::WrongStructure,
     "portfolio.customers[0].id is 18446744073709551615 (line 8), but must be a whole number from "
     "-9223372036854775808 to 9223372036854775807"},
    {"cents_negative.etappe", LoadProblem::InvalidValue, "customers[0].potential.cents -5"},
    {"cents_above_limit.etappe", LoadProblem::InvalidValue, "customers[0].annual_revenue.cents"},
    {"currency_lowercase.etappe", LoadProblem::InvalidValue, "customers[0].annual_revenue.currency"},
    {"nan.etappe", LoadProblem::NotJson, "line 15"},
    {"infinity.etappe", LoadProblem::NotJson, "line 15"},
    {"invalid_utf8.etappe", LoadProblem::InvalidUtf8, "line 9, column 19: Invalid encoding"},
    {"overlong_utf8.etappe", LoadProblem::InvalidUtf8, "line 4, column "},
    {"lone_surrogate.etappe", LoadProblem::InvalidUtf8, "line 9, column 19: The surrogate pair"},
    {"lone_low_surrogate.etappe", LoadProblem::InvalidUtf8, "customers[0].name"},
    {"raw_nul.etappe", LoadProblem::NulCharacter, "line 9, column 30"},
    {"nul_escape.etappe", LoadProblem::NulCharacter, "line 9, column 19"},
    {"duplicate_customer_id.etappe", LoadProblem::DuplicateId, "customers[1].id 1 is also customers[0].id"},
    {"duplicate_contact_id.etappe", LoadProblem::DuplicateId, "customers[0].contacts[1].id"},
    {"contact_id_equals_customer_id.etappe", LoadProblem::DuplicateId, "customers[0].contacts[0].id"},
    {"id_zero.etappe", LoadProblem::InvalidValue, "customers[0].id"},
    {"next_id_too_small.etappe", LoadProblem::InvalidValue, "next_id"},
    {"unknown_class_D.etappe", LoadProblem::InvalidValue, "\"D\""},
    {"unknown_phase.etappe", LoadProblem::InvalidValue, "\"negotiation\""},
    {"plan_attendee_dangling.etappe", LoadProblem::DanglingReference, "customers[0].plans[0].attendee_ids 99"},
    {"plan_time_invalid.etappe", LoadProblem::InvalidValue, "customers[0].plans[0].time"},
    {"plan_id_duplicate.etappe", LoadProblem::DuplicateId, "customers[0].plans[0].id 2"},
    {"knowledge_level_unknown.etappe", LoadProblem::InvalidValue, "\"expert\""},
    {"plan_checkpoints_two.etappe", LoadProblem::WrongStructure, "a list has fewer entries than required"},
    {"checkpoints_empty.etappe", LoadProblem::WrongStructure, "a step with fewer than 3 checkpoints"},
    {"format_version_4.0.etappe", LoadProblem::UnknownVersion, "format_version is 4.0, but must be a whole number from 1 to 7"},
    {"share_percent_beyond_int32.etappe", LoadProblem::WrongStructure,
     "portfolio.priorities.thresholds.a_share_percent is 3000000000 (line 8), but must be a whole number from "
     "-2147483648 to 2147483647"},
    {"next_id_int64_max.etappe", LoadProblem::InvalidValue, "next_id is 9223372036854775807, but may be at most"},
    {"duplicate_key_name.etappe", LoadProblem::WrongStructure,
     "the name \"name\" appears twice in portfolio.customers[0] (line 10)"},
    {"duplicate_key_top_level.etappe", LoadProblem::WrongStructure,
     "the name \"format_version\" appears twice at the top of the file (line 3)"},
    {"activity_contact_dangling.etappe", LoadProblem::DanglingReference, "activities[0].contact_id 2000"},
    {"activity_status_unknown.etappe", LoadProblem::InvalidValue, "\"maybe\""},
    {"booking_customer_dangling.etappe", LoadProblem::DanglingReference, "goal_plans[0].bookings[0].customer_id 77"},
    {"activity_step_unknown.etappe", LoadProblem::InvalidValue, "\"magic\""},
    {"reduced_plan_twice.etappe", LoadProblem::InvalidValue, "more than one reduced plan"},
    {"invalid_date_2026-02-30.etappe", LoadProblem::InvalidValue, "customers[0].created_on \"2026-02-30\""},
    {"date_not_iso.etappe", LoadProblem::InvalidValue, "created_on"},
    {"empty_customer_name.etappe", LoadProblem::InvalidValue, "customers[0].name"},
    {"notes_too_long.etappe", LoadProblem::InvalidValue, "customers[0].notes"},
    {"review_customer_dangling.etappe", LoadProblem::DanglingReference, "reviews[0].customer_id 77 is not a customer"},
    {"review_plan_of_other_customer.etappe", LoadProblem::DanglingReference,
     "reviews[1].plan_id 8 is not a conversation plan of the review's customer"},
    {"review_mood_out_of_range.etappe", LoadProblem::InvalidValue, "reviews[0].mood_after 6 is not from 0 to 5"},
    {"review_interests_out_of_range.etappe", LoadProblem::InvalidValue,
     "reviews[0].customer_interests 11 is not from -1 to 10"},
    {"review_life_position_unknown.etappe", LoadProblem::InvalidValue,
     "a review's own_position has the unknown value \"ok_maybe\""},
    {"review_outcome_unknown.etappe", LoadProblem::InvalidValue, "a review's outcome has the unknown value \"big_win\""},
    {"review_rating_unknown.etappe", LoadProblem::InvalidValue, "a review's rating has the unknown value \"brilliant\""},
    {"review_plan_twice.etappe", LoadProblem::InvalidValue,
     "reviews[2].plan_id: plan 8 already has a review (reviews[0]); one review per meeting"},
    {"exercise_customer_dangling.etappe", LoadProblem::DanglingReference, "exercises[0].customer_ids 77 is not a customer"},
    {"exercise_activity_dangling.etappe", LoadProblem::DanglingReference, "exercises[1].activity_ids 78 is not an activity"},
    {"exercise_kind_unknown.etappe", LoadProblem::InvalidValue, "unknown exercise kind \"role_play\""},
    {"exercise_steps_reversed.etappe", LoadProblem::InvalidValue, "exercises[0].last_step 4 is not from 9 to 16"},
    {"exercise_two_customers.etappe", LoadProblem::InvalidValue, "exercises[3].customer_ids: a meeting exercise names one customer"},
};

// Loads `path` and checks the outcome and that the file is byte-identical afterwards.
void expectRefused(const std::string& path, LoadProblem expected, const std::string& detail_contains) {
    const std::string before = testing::readBytes(path);
    const LoadResult result = loadPortfolioFile(path);
    CHECK_MESSAGE(result.problem == expected, "got ", loadProblemKey(result.problem), " (", result.detail,
                  "), expected ", loadProblemKey(expected));
    CHECK_FALSE(result.portfolio.has_value());
    if (expected != LoadProblem::Empty) CHECK_FALSE(result.detail.empty());
    CHECK_MESSAGE(testing::english(result.detail).find(detail_contains) != std::string::npos, "detail: ", result.detail);
    CHECK(testing::readBytes(path) == before);
}

std::string minimalDocument(const std::string& extra_top_level_field) {
    return "{\"format_version\": 1, " + extra_top_level_field +
           "\"portfolio\": {\"title\": \"\", \"next_id\": 1, \"customers\": []}}";
}

}  // namespace

TEST_CASE("every bad file in tests/fixtures/bad gives its reason and stays unchanged") {
    for (const BadFile& bad : kBadFiles) {
        const std::string name = bad.name;
        CAPTURE(name);
        expectRefused(std::string(ETAPPE_FIXTURES_DIR "/bad/") + bad.name, bad.expected, bad.detail_contains);
    }
}

TEST_CASE("the table covers every file in tests/fixtures/bad") {
    std::size_t files = testing::folderEntries(ETAPPE_FIXTURES_DIR "/bad").size();
    for (const std::string& name : testing::folderEntries(ETAPPE_FIXTURES_DIR "/bad")) {
        if (name.ends_with(".md")) --files;
    }
    CHECK(files == std::size(kBadFiles));
    CHECK(std::size(kBadFiles) >= 25);
}

TEST_CASE("200,000 nested brackets: refused as the wrong shape, no stack overflow") {
    testing::TempFolder folder;
    const std::string path = folder.file("deep.etappe");
    testing::writeBytes(path, std::string(200000, '[') + std::string(200000, ']'));
    expectRefused(path, LoadProblem::WrongStructure, "an array");

    testing::writeBytes(path, std::string(200000, '['));  // never closed
    expectRefused(path, LoadProblem::NotJson, "line 1");
}

TEST_CASE("200,000 nested brackets in a field Etappe does not know are skipped") {
    const std::string deep = std::string(200000, '[') + std::string(200000, ']');
    const LoadResult r = loadPortfolioText(minimalDocument("\"from_the_future\": " + deep + ", "));
    CHECK_MESSAGE(r.ok(), loadProblemKey(r.problem), " ", r.detail);
}

TEST_CASE("a 1 GB file is refused by its size at once, without reading it") {
    testing::TempFolder folder;
    const std::string path = folder.file("huge.etappe");
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT, 0644);
    REQUIRE(fd >= 0);
    REQUIRE(::ftruncate(fd, 1024LL * 1024 * 1024) == 0);  // sparse: costs no disk space
    ::close(fd);

    const auto start = std::chrono::steady_clock::now();
    const LoadResult r = loadPortfolioFile(path);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    CHECK(r.problem == LoadProblem::TooLarge);
    CHECK(testing::english(r.detail) == "1024 MB, the limit is 256 MB");
    CHECK(elapsed < std::chrono::milliseconds(50));
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK(info.st_size == 1024LL * 1024 * 1024);
}

TEST_CASE("a missing file, a folder and an unreadable file are told apart") {
    testing::TempFolder folder;
    CHECK(loadPortfolioFile(folder.file("nope.etappe")).problem == LoadProblem::NotFound);
    CHECK(loadPortfolioFile(folder.path()).problem == LoadProblem::Unreadable);
    CHECK(testing::english(loadPortfolioFile(folder.path()).detail) == "this is a folder");

    const std::string fifo = folder.file("pipe.etappe");
    REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
    CHECK(loadPortfolioFile(fifo).problem == LoadProblem::Unreadable);  // and does not hang
}

TEST_CASE("an escaped backslash before u0000 is text, not a NUL") {
    const std::string text = R"({"format_version": 1, "portfolio": {"title": "C:\\u0000", "next_id": 1, "customers": []}})";
    const LoadResult r = loadPortfolioText(text);
    REQUIRE_MESSAGE(r.ok(), loadProblemKey(r.problem), " ", r.detail);
    CHECK(r.portfolio->title == "C:\\u0000");
}

TEST_CASE("more customers than the limit are refused before memory is spent on them") {
    // 1,000,001 empty objects: ~3 MB of text that cereal would turn into ~300 MB of customers.
    std::string list;
    list.reserve(3'100'000);
    for (int i = 0; i <= 1'000'000; ++i) list += i ? ",{}" : "{}";
    const std::string text = "{\"format_version\": 1, \"portfolio\": {\"title\": \"\", \"next_id\": 1, \"customers\": [" +
                             list + "]}}";
    const LoadResult r = loadPortfolioText(text);
    CHECK(r.problem == LoadProblem::InvalidValue);
    CHECK(testing::english(r.detail) == "more than 1,000,000 customers");
}

TEST_CASE("a problem has an i18n key for every value") {
    for (int i = 0; i <= static_cast<int>(LoadProblem::DanglingReference); ++i) {
        CHECK(loadProblemKey(static_cast<LoadProblem>(i)) != "unknown");
    }
    for (int i = 0; i <= static_cast<int>(SaveStep::SyncFolder); ++i) {
        CHECK(saveStepKey(static_cast<SaveStep>(i)) != "unknown");
    }
}

TEST_CASE("a duplicate name is found in a large object too, and only within one object") {
    std::string many;
    for (int i = 0; i < 100; ++i) many += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ", ";
    const LoadResult twice = loadPortfolioText(minimalDocument("\"extra\": {" + many + "\"k57\": 0}, "));
    CHECK(twice.problem == LoadProblem::WrongStructure);
    CHECK(testing::english(twice.detail).starts_with("the name \"k57\" appears twice in extra (line 1)"));

    // The same names in sibling and nested objects are fine.
    const LoadResult siblings = loadPortfolioText(minimalDocument("\"a\": {\"x\": 1, \"y\": {\"x\": 2}}, \"b\": {\"x\": 3}, "));
    CHECK_MESSAGE(siblings.ok(), loadProblemKey(siblings.problem), " ", siblings.detail);
}

namespace {
std::string withNextId(std::int64_t next_id) {
    return "{\"format_version\": 1, \"portfolio\": {\"title\": \"\", \"next_id\": " + std::to_string(next_id) +
           ", \"customers\": []}}";
}
}  // namespace

TEST_CASE("a file that opens can always be saved again, however many entries the session adds") {
    // 2^53 is the most a saved file may hold; a file right at it used to open,
    // and then no save succeeded once the first customer was added.
    const LoadResult at_save_bound = loadPortfolioText(withNextId(kMaxNextId));
    CHECK(at_save_bound.problem == LoadProblem::InvalidValue);
    CHECK(testing::english(at_save_bound.detail) ==
          "next_id is 9007199254740992, but may be at most 9006099743113216, so that new entries still get numbers "
          "that can be saved");
    const i18n::Translator de(i18n::Language::German);
    CHECK(i18n::render(de, at_save_bound.detail).starts_with("next_id ist 9007199254740992, darf aber höchstens 9006099743113216"));
    CHECK(loadPortfolioText(withNextId(kMaxLoadedNextId + 1)).problem == LoadProblem::InvalidValue);

    // The highest next_id that opens: a long session adds a million ids and a customer, and saves.
    const LoadResult highest = loadPortfolioText(withNextId(kMaxLoadedNextId));
    REQUIRE_MESSAGE(highest.ok(), loadProblemKey(highest.problem), " ", highest.detail);
    model::Portfolio portfolio = *highest.portfolio;
    for (int i = 0; i < 1'000'000; ++i) portfolio.allocateId();
    model::Customer customer;
    customer.id = portfolio.allocateId();
    customer.name = "Neukunde GmbH";
    portfolio.customers.push_back(customer);
    const testing::TempFolder folder;
    const SaveResult saved = savePortfolioFile(folder.file("p.etappe"), portfolio);
    CHECK_MESSAGE(saved.ok(), saved.detail);

    // Every id of the headroom can be saved; only past it does saving refuse.
    portfolio.next_id = kMaxLoadedNextId + kIdHeadroom;
    i18n::Message detail;
    CHECK(findProblem(portfolio, detail) == LoadProblem::None);
    portfolio.next_id += 1;
    CHECK(findProblem(portfolio, detail) == LoadProblem::InvalidValue);
}

TEST_CASE("load details read as sentences in German too") {
    const i18n::Translator de(i18n::Language::German);
    const LoadResult r = loadPortfolioFile(ETAPPE_FIXTURES_DIR "/bad/share_percent_beyond_int32.etappe");
    CHECK(i18n::render(de, r.detail) ==
          "portfolio.priorities.thresholds.a_share_percent ist 3000000000 (Zeile 8), muss aber eine ganze Zahl von "
          "-2147483648 bis 2147483647 sein");
    const LoadResult empty_list = loadPortfolioFile(ETAPPE_FIXTURES_DIR "/bad/checkpoints_empty.etappe");
    CHECK(i18n::render(de, empty_list.detail).find("Prüfpunkten") != std::string::npos);
}
