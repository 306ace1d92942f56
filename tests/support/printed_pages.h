#pragma once
// How many A4 pages an HTML file prints on: headless Chromium (Debian package chromium) prints
// it to PDF, pdfinfo (poppler-utils) counts the pages. Shared by the brief and the sheets.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "run_command.h"

namespace etappe::testing {

inline int printedPages(const std::string& html_file) {
    const auto chromium = findTool("chromium");
    const auto pdfinfo = findTool("pdfinfo");
    REQUIRE_MESSAGE(!chromium.empty(), "chromium is missing: apt-get install chromium (scripts/setup-deps does)");
    REQUIRE_MESSAGE(!pdfinfo.empty(), "pdfinfo is missing: apt-get install poppler-utils (scripts/setup-deps does)");
    const auto pdf = html_file + ".pdf";
    const auto profile = html_file + ".profile";
    // A fresh profile and no background traffic, as in scripts/check-brief-html.
    const std::string print = shellQuoted(chromium.string()) +
                              " --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
                              " --disable-component-update --disable-sync --user-data-dir=" +
                              shellQuoted(profile) + " --no-pdf-header-footer --print-to-pdf=" + shellQuoted(pdf) + " " +
                              shellQuoted("file://" + html_file);
    const auto [printed, log] = runCommand(print);
    REQUIRE_MESSAGE(printed == 0, log);
    const auto [status, info] = runCommand(shellQuoted(pdfinfo.string()) + " " + shellQuoted(pdf));
    std::filesystem::remove_all(profile);
    std::filesystem::remove(pdf);
    REQUIRE(status == 0);
    const auto at = info.find("Pages:");
    REQUIRE(at != std::string::npos);
    return std::stoi(info.substr(at + 6));
}

}  // namespace etappe::testing
