#pragma once
// Where an export (calendar, meeting brief, screenshot) may be written. One
// check for the command line and the window alike: an export never replaces
// a portfolio or its backups, never writes through a symlink or into a
// device, FIFO or folder, and never creates folders.
#include <string>
#include <string_view>

#include "i18n/message.h"
#include "storage/file_system.h"
#include "storage/portfolio_file.h"

namespace etappe::storage {

struct ExportTarget {
    enum class Verdict { New, ExistingFile, Refused };
    Verdict verdict = Verdict::New;
    i18n::Message reason;  // why, when Refused
    bool refused() const { return verdict == Verdict::Refused; }
};

// ExistingFile is a plain file that is no portfolio: replace it only after
// asking (the window) or with --force (the command line).
ExportTarget checkExportTarget(const std::string& path);

// Checks the target, then writes atomically (temp file + rename). Refusals
// and an existing file without `replace_existing` fail at SaveStep::Validate
// with the reason in `detail`, writing nothing.
SaveResult writeExport(const std::string& path, std::string_view text, bool replace_existing,
                       FileSystem& fs = realFileSystem());

// Whether the file's name ends in "." + `extension` (lower case), in any case: "Brief.PDF".
bool hasExtension(std::string_view path, std::string_view extension);

}  // namespace etappe::storage
