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

// mkdir -p with mode 0700 for the folders it creates (XDG asks for private
// folders). On failure `error` says which folder and why.
bool ensureFolder(const std::string& path, i18n::Message& error);

}  // namespace etappe::storage
