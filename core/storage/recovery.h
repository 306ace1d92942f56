#pragma once
#include <chrono>
#include <optional>
#include <string>

#include "model/portfolio.h"
#include "storage/file_system.h"
#include "storage/paths.h"  // recoveryPath()
#include "storage/portfolio_file.h"

namespace etappe::storage {

// Autosave for documents that have no file yet (or whose file could not be
// written): one recovery file at recoveryPath(), offered again on the next start.
struct Recovery {
    model::Portfolio portfolio;
    std::string original_path;  // empty for an untitled document
    std::chrono::system_clock::time_point saved_at;
};

// Writes atomically, creating the folder if needed. The file is a normal
// portfolio file with two extra fields, so it can also be opened by hand.
SaveResult writeRecovery(const model::Portfolio& portfolio, const std::string& original_path_or_empty,
                         FileSystem& fs = realFileSystem());

// The recovery file if there is one that loads; nullopt otherwise.
std::optional<Recovery> findRecovery();

// Deletes the recovery file (after the user saved or declined it).
void discardRecovery();

}  // namespace etappe::storage
