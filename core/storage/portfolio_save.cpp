// Writing a portfolio file: the JSON text, then the atomic replace with backups.
#include <sstream>

#include "storage/atomic_write.h"
#include "storage/backups.h"
#include "storage/portfolio_file.h"
#include "storage/serialize.h"

namespace etappe::storage {

namespace {

// One value per line, indented with tabs: readable and diffable when a file
// goes to support, and a sixth smaller than two spaces (10,000 customers:
// 7.6 instead of 9.1 MB in format 1).
cereal::JSONOutputArchive::Options fileLayout() {
    using Options = cereal::JSONOutputArchive::Options;
    return Options(rapidjson::Writer<rapidjson::StringBuffer>::kDefaultMaxDecimalPlaces, Options::IndentChar::tab, 1);
}

}  // namespace

std::string portfolioToText(const model::Portfolio& portfolio, const ExtraFields& extra) {
    std::ostringstream out;
    {
        // The adapter exists for symmetry with loading: serialize functions
        // shared by both directions may ask for the LoadContext.
        LoadContext context;
        cereal::UserDataAdapter<LoadContext, cereal::JSONOutputArchive> archive(context, out, fileLayout());
        const int version = kFormatVersion;
        archive(cereal::make_nvp("format_version", version));
        for (const auto& [name, value] : extra) archive(cereal::make_nvp(name.c_str(), value));
        archive(cereal::make_nvp("portfolio", portfolio));
    }  // the archive writes its closing brace when destroyed
    out << '\n';
    return std::move(out).str();
}

std::string portfolioToText(const model::Portfolio& portfolio) { return portfolioToText(portfolio, {}); }

std::string_view saveStepKey(SaveStep step) {
    switch (step) {
        case SaveStep::None: return "none";
        case SaveStep::Validate: return "validate";
        case SaveStep::Open: return "open";
        case SaveStep::Write: return "write";
        case SaveStep::Sync: return "sync";
        case SaveStep::Close: return "close";
        case SaveStep::Rename: return "rename";
        case SaveStep::SyncFolder: return "sync_folder";
    }
    return "unknown";
}

SaveResult savePortfolioFile(const std::string& path, const model::Portfolio& portfolio, FileSystem& fs,
                             int backups_kept) {
    SaveResult refused{SaveStep::Validate, 0, {}};
    if (findProblem(portfolio, refused.detail) != LoadProblem::None) return refused;
    std::string text;
    try {
        text = portfolioToText(portfolio);
    } catch (const std::exception& e) {
        refused.detail = i18n::message("detail.technical", {e.what()});
        return refused;
    }
    // Never write a file that Etappe would refuse to open again.
    if (text.size() > kMaxFileBytes) {
        refused.detail = i18n::message("detail.save_too_large", {std::to_string(text.size() / (1024 * 1024)),
                                                                  std::to_string(kMaxFileBytes / (1024 * 1024))});
        return refused;
    }
    return writeFileAtomically(path, text, fs, [&] { return rotateBackups(path, backups_kept); });
}

}  // namespace etappe::storage
