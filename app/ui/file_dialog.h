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
    void show(Mode mode, const std::string& folder, const std::string& file_name = "");
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
    std::string error_;
    bool visible_ = false;
    bool open_requested_ = false;
    bool confirm_replace_ = false;
};

}  // namespace etappe::ui
