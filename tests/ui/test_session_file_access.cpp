// DocumentSession opens a symlinked portfolio as its real file and opens a
// file it must not write read-only, with the reason (issue 9 items 4, 5).
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "../unit/test_storage_support.h"
#include "drawn_text.h"
#include "history/edit.h"
#include "shell/session.h"
#include "storage/portfolio_file.h"

using namespace etappe;
using app::DocumentSession;

namespace {

model::Portfolio titled(const std::string& title) {
    model::Portfolio p;
    p.title = title;
    return p;
}

void retitle(DocumentSession& session, const std::string& title) {
    auto& document = session.document();
    REQUIRE(document.apply(history::changeTitle(document.portfolio().title, title)));
}

}  // namespace

TEST_CASE("a session saves a symlinked portfolio into its target, and a second session by the real path is read-only") {
    const testing::TempFolder folder;
    std::filesystem::create_directory(folder.file("real"));
    const std::string real = folder.file("real/p.etappe");
    const std::string link = folder.file("p.etappe");
    REQUIRE(storage::savePortfolioFile(real, titled("old")).ok());
    REQUIRE(::symlink(real.c_str(), link.c_str()) == 0);

    DocumentSession first;
    REQUIRE_FALSE(first.open(link));
    CHECK_FALSE(first.isReadOnly());
    CHECK(first.path() == real);
    retitle(first, "new");
    REQUIRE_FALSE(first.save());
    CHECK(std::filesystem::is_symlink(link));
    CHECK(storage::loadPortfolioFile(link).portfolio->title == "new");

    DocumentSession second;
    REQUIRE_FALSE(second.open(real));
    CHECK(second.isReadOnly());
    CHECK_FALSE(second.lockHolder().empty());
}

TEST_CASE("a session opens a write-protected portfolio read-only, says why, and never writes it") {
    const testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    REQUIRE(storage::savePortfolioFile(path, titled("protected")).ok());
    REQUIRE(::chmod(path.c_str(), 0444) == 0);
    const std::string before = testing::readBytes(path);

    DocumentSession session;
    REQUIRE_FALSE(session.open(path));
    CHECK(session.isReadOnly());
    CHECK(session.lockHolder().empty());
    CHECK(session.readOnlyReason().key == "detail.file_write_protected");
    const auto refused = session.save();
    REQUIRE(refused.has_value());
    CHECK(refused->reason_key == "save.read_only");
    CHECK(session.saveOnQuit() == std::nullopt);
    CHECK(testing::readBytes(path) == before);
}

TEST_CASE("a file of the user's own at <portfolio>.lock opens the portfolio read-only, naming it, and stays as it was") {
    const testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    const std::string lock_path = path + ".lock";
    REQUIRE(storage::savePortfolioFile(path, titled("mine")).ok());
    const std::string own = "Notes: lock the office at 6\n";
    testing::writeBytes(lock_path, own);
    {
        DocumentSession session;
        REQUIRE_FALSE(session.open(path));
        CHECK(session.isReadOnly());
        CHECK(session.lockHolder().empty());
        CHECK(testing::english(session.readOnlyReason()).find(lock_path) != std::string::npos);
        CHECK(testing::readBytes(lock_path) == own);
        retitle(session, "changed");
        CHECK(session.save().has_value());
    }  // the window closes
    CHECK(testing::readBytes(lock_path) == own);
    CHECK(storage::loadPortfolioFile(path).portfolio->title == "mine");
}

TEST_CASE("the status line says why a window is read-only: a write-protected file is not 'open in another window'") {
    testing::AppDriver d;
    const std::string path = d.home.root() + "/schreibgeschützt.etappe";
    REQUIRE(storage::savePortfolioFile(path, titled("protected")).ok());
    REQUIRE(::chmod(path.c_str(), 0444) == 0);
    app::AppOptions options;
    options.file = path;
    options.language = i18n::Language::German;
    d.app.reset();
    d.start(options);
    REQUIRE(d.app->session().isReadOnly());
    const std::string text = testing::drawnText(d);
    CHECK(text.find("Nur lesen: die Datei ist schreibgeschützt") != std::string::npos);
    CHECK(text.find("Etappe-Fenster") == std::string::npos);
}
