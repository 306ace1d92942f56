#include "ui/file_dialog.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "ui/fonts.h"
#include "ui/keys.h"
#include "ui/probe.h"
#include "ui/theme.h"

namespace etappe::ui {

namespace fs = std::filesystem;

namespace {
bool hasExtension(const std::string& name, const std::vector<std::string>& extensions) {
    for (const std::string& extension : extensions) {
        if (name.size() > extension.size() && name.ends_with(extension)) return true;
    }
    return false;
}
}  // namespace

void FileDialog::show(Mode mode, const std::string& folder, const std::string& file_name,
                      std::vector<std::string> extensions, std::string purpose) {
    mode_ = mode;
    extensions_ = std::move(extensions);
    purpose_ = std::move(purpose);
    file_name_ = file_name;
    error_.clear();
    confirm_replace_ = false;
    visible_ = true;
    open_requested_ = true;
    std::error_code ec;
    enter(fs::is_directory(folder, ec) ? folder : fs::current_path(ec).string());
}

void FileDialog::enter(const std::string& folder) {
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(folder, ec);
    folder_ = ec ? folder : canonical.string();
    folder_input_ = folder_;
    refresh();
}

void FileDialog::refresh() {
    entries_.clear();
    error_.clear();
    std::error_code ec;
    for (fs::directory_iterator it(folder_, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        std::error_code type_ec;
        const bool is_folder = it->is_directory(type_ec);
        if (is_folder || hasExtension(name, extensions_)) entries_.push_back(Entry{name, is_folder});
    }
    if (ec) error_ = ec.message();
    std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
        if (a.is_folder != b.is_folder) return a.is_folder;
        return a.name < b.name;
    });
}

std::optional<std::string> FileDialog::accept(const i18n::Translator& tr) {
    std::string name = file_name_;
    if (name.empty()) return std::nullopt;
    if (mode_ == Mode::Save && !hasExtension(name, extensions_) && !extensions_.empty()) name += extensions_.front();
    const std::string path = (fs::path(folder_) / name).string();
    std::error_code ec;
    const bool exists = fs::exists(path, ec);
    if (mode_ == Mode::Open && !exists) {
        error_ = tr.text("dialog.not_found");
        return std::nullopt;
    }
    if (mode_ == Mode::Save && exists && !confirm_replace_) {
        confirm_replace_ = true;
        return std::nullopt;
    }
    visible_ = false;
    return path;
}

std::string FileDialog::titleKey() const {
    if (!purpose_.empty()) return "dialog.title." + purpose_;
    return mode_ == Mode::Open ? "dialog.open_title" : "dialog.save_title";
}

std::optional<std::string> FileDialog::draw(const i18n::Translator& tr) {
    if (!visible_) return std::nullopt;
    const char* title = tr.label(titleKey());
    if (open_requested_) {
        ImGui::OpenPopup(title);
        open_requested_ = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(std::min(em(40.0f), viewport->Size.x * 0.9f), std::min(em(28.0f), viewport->Size.y * 0.85f)),
                             ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    bool keep_open = true;
    std::optional<std::string> chosen;
    if (!ImGui::BeginPopupModal(title, &keep_open)) {
        visible_ = false;
        return std::nullopt;
    }
    if (ImGui::Button(tr.label("dialog.up"))) enter(fs::path(folder_).parent_path().string());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::InputText("##folder", &folder_input_, ImGuiInputTextFlags_EnterReturnsTrue)) enter(folder_input_);

    const float footer = ImGui::GetFrameHeightWithSpacing() * 2.6f;
    ImGui::BeginChild("entries", ImVec2(0, -footer), true);
    if (entries_.empty()) ImGui::TextDisabled("%s", tr.text("dialog.nothing_here"));
    std::string enter_folder;
    for (const Entry& entry : entries_) {
        const std::string label = (entry.is_folder ? "▸ " : "   ") + entry.name;
        if (ImGui::Selectable(label.c_str(), !entry.is_folder && entry.name == file_name_,
                              ImGuiSelectableFlags_AllowDoubleClick)) {
            if (entry.is_folder) {
                if (ImGui::IsMouseDoubleClicked(0)) enter_folder = entry.name;
            } else {
                file_name_ = entry.name;
                confirm_replace_ = false;
                if (ImGui::IsMouseDoubleClicked(0)) chosen = accept(tr);
            }
        }
    }
    ImGui::EndChild();
    if (!enter_folder.empty()) enter((fs::path(folder_) / enter_folder).string());

    ImGui::SetNextItemWidth(-em(12.0f));
    if (ImGui::InputTextWithHint("##file", tr.text("dialog.file_name"), &file_name_,
                                 ImGuiInputTextFlags_EnterReturnsTrue))
        chosen = accept(tr);
    if (ImGui::IsItemEdited()) confirm_replace_ = false;
    ImGui::SameLine();
    const char* ok_key = confirm_replace_ ? "dialog.replace" : (mode_ == Mode::Open ? "dialog.open" : "dialog.save");
    ImGui::BeginDisabled(file_name_.empty());
    if (ImGui::Button(tr.label(ok_key), ImVec2(em(5.5f), 0))) chosen = accept(tr);
    reportItem("dialog.ok");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr.label("common.cancel"), ImVec2(-1.0f, 0)) || namedKeyPressed(ImGuiKey_Escape)) keep_open = false;
    if (confirm_replace_) {
        ImGui::PushStyleColor(ImGuiCol_Text, kWarning);
        ImGui::TextWrapped(tr.text("dialog.replace_question"), file_name_.c_str());
        reportItem("dialog.replace_question");
        ImGui::PopStyleColor();
    } else if (!error_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kDanger);
        ImGui::TextWrapped("%s", error_.c_str());
        ImGui::PopStyleColor();
    }
    if (chosen || !keep_open) {
        visible_ = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    return chosen;
}

}  // namespace etappe::ui
