#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "i18n/message.h"
#include "model/portfolio.h"
#include "storage/file_system.h"

namespace etappe::storage {

// Why a file could not be loaded. The app turns each into a sentence a rep
// understands (i18n key "load_problem.<key>"); `detail` adds where it happened.
enum class LoadProblem {
    None,
    NotFound,
    Unreadable,
    TooLarge,
    Empty,
    NotJson,          // syntax error, truncated, garbage
    InvalidUtf8,
    NulCharacter,
    WrongStructure,   // well-formed JSON, but not the shape of an Etappe file
    NewerVersion,     // written by a newer Etappe
    UnknownVersion,   // version number missing, zero or negative
    InvalidValue,     // a value out of range or of the wrong kind
    DuplicateId,
    DanglingReference,
};
std::string_view loadProblemKey(LoadProblem problem);  // "not_json", ...

// Files larger than this are refused before reading, and a save that would
// exceed it is refused too. 10,000 customers take ~13 MB, with 5 rich plans
// each ~100 MB (see bench_storage).
inline constexpr std::uintmax_t kMaxFileBytes = 256ull * 1024 * 1024;

// The largest next_id a saved file may hold (so every id is below it): ids
// stay exact in any JSON tool (2^53), and far from INT64_MAX.
inline constexpr std::int64_t kMaxNextId = std::int64_t{1} << 53;
// The largest next_id a file may hold when it is opened. The gap to
// kMaxNextId is room for the ids a session hands out (2^40: a million new
// entries a second for twelve days), so a file that opens can always be saved.
inline constexpr std::int64_t kIdHeadroom = std::int64_t{1} << 40;
inline constexpr std::int64_t kMaxLoadedNextId = kMaxNextId - kIdHeadroom;

struct LoadResult {
    std::optional<model::Portfolio> portfolio;
    int format_version = 0;
    LoadProblem problem = LoadProblem::None;
    i18n::Message detail;  // where or why, e.g. "line 3, column 17" or "customers[4].annual_revenue …"
    bool ok() const { return problem == LoadProblem::None && portfolio.has_value(); }
};

// Never throws, never aborts: every failure is a LoadResult with a problem.
LoadResult loadPortfolioFile(const std::string& path);
LoadResult loadPortfolioText(std::string_view text);

// The JSON text of a portfolio in the current format.
std::string portfolioToText(const model::Portfolio& portfolio);

// Checks a portfolio as it is opened: what the file format forbids, and room
// below kMaxNextId for the ids a session adds (next_id <= kMaxLoadedNextId).
LoadResult validatePortfolio(model::Portfolio portfolio);
// What the file format forbids, checked before every save, without taking a
// copy: the first problem and where it is.
LoadProblem findProblem(const model::Portfolio& portfolio, i18n::Message& detail);

// The text of a portfolio file with extra top-level string fields written
// before "portfolio" (the recovery file notes where its document came from).
// Loaders ignore fields they do not know.
using ExtraFields = std::vector<std::pair<std::string, std::string>>;
std::string portfolioToText(const model::Portfolio& portfolio, const ExtraFields& extra);

enum class SaveStep { None, Validate, Open, Write, Sync, Close, Rename, SyncFolder };
std::string_view saveStepKey(SaveStep step);

struct SaveResult {
    SaveStep failed_step = SaveStep::None;
    int error_number = 0;  // errno of the failed call
    i18n::Message detail;  // what failed besides the errno (a folder, a validation problem), or a note after success
    bool ok() const { return failed_step == SaveStep::None; }
};

inline constexpr int kBackupsKept = 5;

// Atomic save: temp file in the same folder, write, fsync, rename over the
// original, fsync the folder. The previous file is rotated into the backups
// folder first. On any failure the original file stays byte-identical.
SaveResult savePortfolioFile(const std::string& path, const model::Portfolio& portfolio,
                             FileSystem& fs = realFileSystem(), int backups_kept = kBackupsKept);

}  // namespace etappe::storage
