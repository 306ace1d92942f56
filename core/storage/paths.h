#pragma once
#include <string>

#include "i18n/message.h"

namespace etappe::storage {

// Where Etappe keeps its files, following the XDG base directory spec. Read
// from the environment on every call, so tests can point them elsewhere.
std::string dataDir();              // $XDG_DATA_HOME/etappe or ~/.local/share/etappe
std::string configDir();            // $XDG_CONFIG_HOME/etappe or ~/.config/etappe
std::string defaultPortfolioPath(); // dataDir()/portfolio.etappe
std::string settingsPath();         // configDir()/settings.json
std::string recoveryPath();         // dataDir()/recovery/unsaved.etappe

// The file a path really names: symlinks in the folder part and the name
// itself resolved once, so the link and its target share one lock and one
// save target. A missing file is resolved through its folder; a path whose
// folder is missing is returned as it is.
std::string resolveRealPath(const std::string& path);

// mkdir -p with mode 0700 for the folders it creates (XDG asks for private
// folders). On failure `error` says which folder and why.
bool ensureFolder(const std::string& path, i18n::Message& error);

}  // namespace etappe::storage
