#pragma once
#include <optional>
#include <string>
#include <vector>

#include "i18n/translator.h"

namespace etappe::ui {

// A file chooser drawn with ImGui, so it needs no desktop dependency.
// Lists folders and .etappe files; Save mode asks before replacing a file.
class FileDialog {
public:
    enum class Mode { Open, Save };
    // `extensions` lists the file endings shown (and the first is added to a
    // saved name that has none of them).
    void show(Mode mode, const std::string& folder, const std::string& file_name = "",
              std::vector<std::string> extensions = {".etappe"}, std::string purpose = "");
    // What the dialog was opened for, so the caller knows what to do with the path, and what its
    // title says: "dialog.title.<purpose>", or the portfolio's open or save title without one.
    const std::string& purpose() const { return purpose_; }
    std::string titleKey() const;
    bool isVisible() const { return visible_; }

    // Draws the dialog while visible. Returns the chosen path on the frame it is confirmed.
    std::optional<std::string> draw(const i18n::Translator& tr);

    Mode mode() const { return mode_; }
    const std::string& folder() const { return folder_; }

private:
    struct Entry {
        std::string name;
        bool is_folder = false;
    };
    void refresh();
    void enter(const std::string& folder);
    std::optional<std::string> accept(const i18n::Translator& tr);

    Mode mode_ = Mode::Open;
    std::string folder_;
    std::string folder_input_;
    std::string file_name_;
    std::vector<Entry> entries_;
    std::vector<std::string> extensions_{".etappe"};
    std::string purpose_;
    std::string error_;
    bool visible_ = false;
    bool open_requested_ = false;
    bool confirm_replace_ = false;
};

}  // namespace etappe::ui
