#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "storage/file_system.h"
#include "storage/portfolio_file.h"

namespace etappe::storage {

// Runs after the new version is complete on disk, right before it replaces the
// old one. Returns a note for SaveResult::detail (empty when all went well).
using BeforeReplace = std::function<i18n::Message()>;

// Replaces `path` with `text` so that a reader (or a crash) sees either the
// whole old file or the whole new one: temp file in the same folder → write →
// fsync → close → rename → fsync the folder. On a failure before the rename
// the temp file is removed and `path` is untouched. Portfolios, settings and
// the recovery file all go through here.
SaveResult writeFileAtomically(const std::string& path, std::string_view text, FileSystem& fs = realFileSystem(),
                               const BeforeReplace& before_replace = {});

// "<folder>/.<name>.tmp-<pid>-<random>": hidden, a fresh name on every call,
// so nobody can place a symlink at the name the next save will use.
std::string tempPathFor(const std::string& path);

// Removes the temp files of `path` that crashed or killed saves left behind:
// those whose process is gone and that no one holds an flock on. Call it
// while holding the file's lock (no one else may be saving it). Returns how
// many were removed.
int removeStaleTempFiles(const std::string& path);

// The folder part of a path ("." for a bare name) and the name part.
std::string folderOf(const std::string& path);
std::string nameOf(const std::string& path);

}  // namespace etappe::storage
