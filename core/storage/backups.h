#pragma once
#include <string>

#include "i18n/message.h"
#include <vector>

namespace etappe::storage {

// Earlier versions of a portfolio live next to it in a hidden folder:
//   <folder>/.etappe-backups/<name>.<YYYYMMDDTHHMMSSmmm>.etappe   (UTC)
// Each one is a complete portfolio file that opens like any other.
std::string backupFolderFor(const std::string& path);

// Full paths of the backups of `path`, newest first.
std::vector<std::string> listBackups(const std::string& path);

// Keeps the current file at `path` as the newest backup (a hard link, or a
// copy where links are not possible) and deletes all but the newest `keep`.
// Does nothing when `path` does not exist yet or `keep` <= 0. Returns an
// empty message, or why no backup could be made: a missing backup must not
// stop the save itself.
i18n::Message rotateBackups(const std::string& path, int keep);

}  // namespace etappe::storage
