#pragma once
// Whether a portfolio file can be edited in this window, decided once when
// it is opened: the real file behind any symlink, its lock, and otherwise
// the reason it opens read-only.
#include <optional>
#include <string>

#include "i18n/message.h"
#include "storage/file_lock.h"

namespace etappe::storage {

struct EditAccess {
    std::string real_path;          // save, back up and lock this file (symlinks resolved)
    std::optional<FileLock> lock;   // held: the window may edit and save
    i18n::Message read_only_reason; // why not, when there is no lock (render with i18n::render)
    std::string holder;             // "anna@laptop pid 4242" when another window has the file
    bool writable() const { return lock.has_value(); }
};

// Resolves `path` once, checks that the file and its folder can be written,
// takes the lock, and removes temp files that crashed saves left behind.
EditAccess acquireEditAccess(const std::string& path);

// Why a save to `real_path` would be wrong or impossible: the file is
// write-protected (mode 444, honoured even for root), the folder does not
// allow new files, or the disk is read-only. Empty when it can be saved.
i18n::Message writeProtection(const std::string& real_path);

}  // namespace etappe::storage
