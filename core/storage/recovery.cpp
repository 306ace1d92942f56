#include "storage/recovery.h"

#include <unistd.h>

#include <fstream>
#include <sstream>

#include "dates/clock.h"
#include "storage/atomic_write.h"
#include "storage/json.h"
#include "storage/paths.h"
#include "storage/text_checks.h"

namespace etappe::storage {

namespace {

constexpr const char* kOriginalPathField = "recovery_original_path";
constexpr const char* kSavedAtField = "recovery_saved_at";

std::string stringField(const rapidjson::Document& document, const char* name) {
    const auto member = document.FindMember(name);
    if (member == document.MemberEnd() || !member->value.IsString()) return {};
    return std::string(member->value.GetString(), member->value.GetStringLength());
}

// The two extra fields; the portfolio itself was already loaded and checked.
void readOrigin(const std::string& path, Recovery& recovery) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    rapidjson::Document document;
    const std::string json = std::move(text).str();
    document.Parse(json.data(), json.size());
    if (document.HasParseError() || !document.IsObject()) return;
    recovery.original_path = stringField(document, kOriginalPathField);
    if (const auto ms = dates::parseIsoUtc(stringField(document, kSavedAtField))) {
        recovery.saved_at = std::chrono::system_clock::time_point(std::chrono::milliseconds(*ms));
    }
}

}  // namespace

SaveResult writeRecovery(const model::Portfolio& portfolio, const std::string& original_path_or_empty,
                         FileSystem& fs) {
    SaveResult refused{SaveStep::Validate, 0, {}};
    if (findProblem(portfolio, refused.detail) != LoadProblem::None) return refused;
    const std::string path = recoveryPath();
    i18n::Message error;
    if (!ensureFolder(folderOf(path), error)) return SaveResult{SaveStep::Open, 0, error};
    // A Linux path may be any bytes; JSON text must be UTF-8, so such a path is not kept.
    const bool storable = isValidUtf8(original_path_or_empty) &&
                          original_path_or_empty.find('\0') == std::string::npos;
    const ExtraFields origin = {{kOriginalPathField, storable ? original_path_or_empty : std::string()},
                                {kSavedAtField, dates::isoUtc(dates::nowUnixMs())}};
    return writeFileAtomically(path, portfolioToText(portfolio, origin), fs);
}

std::optional<Recovery> findRecovery() {
    try {
        const std::string path = recoveryPath();
        LoadResult loaded = loadPortfolioFile(path);
        if (!loaded.ok()) return std::nullopt;
        Recovery recovery{std::move(*loaded.portfolio), {}, {}};
        readOrigin(path, recovery);
        return recovery;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

void discardRecovery() { ::unlink(recoveryPath().c_str()); }

}  // namespace etappe::storage
