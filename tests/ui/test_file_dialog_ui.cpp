// The file dialog behind Save, Save As and every export in the window asks
// before it replaces an existing file (issue 9, item 1): the first click on
// Save only asks, the file is chosen on the second click, on Replace.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "../unit/test_storage_support.h"
#include "harness.h"
#include "ui/file_dialog.h"
#include "ui/probe.h"
#include "ui/theme.h"

using namespace etappe;

namespace {

struct DialogDriver {
    testing::HeadlessUi ui;
    ui::ProbeRegistry probes;
    i18n::Translator tr{i18n::Language::English};
    ui::FileDialog dialog;
    std::optional<std::string> chosen;

    DialogDriver() {
        ui::installProbe(&probes);
        ui::applyTheme(1.0f);
    }
    ~DialogDriver() { ui::installProbe(nullptr); }
    DialogDriver(const DialogDriver&) = delete;
    DialogDriver& operator=(const DialogDriver&) = delete;

    std::function<void()> draw() {
        return [this] {
            if (auto path = dialog.draw(tr)) chosen = path;
        };
    }
    void show(const std::string& folder, const std::string& name, std::vector<std::string> extensions) {
        chosen.reset();
        probes.clear();
        dialog.show(ui::FileDialog::Mode::Save, folder, name, std::move(extensions));
        ui.frames(2, draw());
    }
    void clickSave() {
        REQUIRE_MESSAGE(probes.count("dialog.ok"), "the Save button was not drawn");
        ui.click(probes.at("dialog.ok").centre(), draw());
        ui.frames(1, draw());
    }
};

}  // namespace

TEST_CASE("Save and export dialogs ask before replacing an existing file, and replace only on the second click") {
    const testing::TempFolder folder;
    DialogDriver d;
    // Save As of a portfolio ("p" gets its ending), and an export (a brief).
    const std::vector<std::pair<std::string, std::vector<std::string>>> uses = {
        {"p", {".etappe"}},
        {"brief.md", {".pdf", ".html", ".md"}},
    };
    for (const auto& [name, extensions] : uses) {
        CAPTURE(name);
        const std::string existing = folder.file(name.ends_with(".md") ? name : name + ".etappe");
        testing::writeBytes(existing, "the rep's own file");

        d.show(folder.path(), name, extensions);
        d.clickSave();
        CHECK_FALSE(d.chosen.has_value());
        CHECK(d.dialog.isVisible());
        CHECK(d.probes.count("dialog.replace_question"));
        CHECK(testing::readBytes(existing) == "the rep's own file");

        d.clickSave();  // now labelled Replace
        REQUIRE(d.chosen.has_value());
        CHECK(*d.chosen == existing);
        CHECK_FALSE(d.dialog.isVisible());
    }

    // A name that is not taken is chosen at once, without a question.
    d.show(folder.path(), "new.etappe", {".etappe"});
    d.clickSave();
    REQUIRE(d.chosen.has_value());
    CHECK(*d.chosen == folder.file("new.etappe"));
    CHECK_FALSE(d.probes.count("dialog.replace_question"));
}
