#pragma once
// Reads a PDF back with poppler-utils (pdfinfo, pdffonts, pdftotext), the independent judges
// of what the PDF brief writes; scripts/setup-deps installs them.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "run_command.h"

namespace etappe::testing {

struct PdfReadback {
    int pages = 0;
    std::string page_size;           // pdfinfo's "Page size", e.g. "595.276 x 841.89 pts (A4)"
    std::vector<std::string> fonts;  // font names, subset prefix dropped: "DejaVuSans-Bold"
    bool fonts_embedded = false;     // every font is embedded
    std::string text;                // pdftotext, whitespace runs made one space
    int words_outside_margins = 0;   // words reaching closer than `margin` to a page edge
};

inline std::string runTool(const char* tool, const std::string& args) {
    const auto path = findTool(tool);
    REQUIRE_MESSAGE(!path.empty(), tool << " is missing: apt-get install poppler-utils (scripts/setup-deps does)");
    const auto [status, output] = runCommand(shellQuoted(path.string()) + " " + args, false);
    REQUIRE_MESSAGE(status == 0, tool << " " << args << " failed: " << output);
    return output;
}

inline std::string oneSpaced(const std::string& text) {
    std::string out;
    for (const char c : text) {
        const bool blank = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
        if (!blank) out += c;
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    return out;
}

inline double attribute(const std::string& tag, const std::string& name) {
    const auto at = tag.find(name + "=\"");
    return at == std::string::npos ? 0 : std::stod(tag.substr(at + name.size() + 2));
}

inline PdfReadback readPdf(const std::string& path, double margin = 36) {
    PdfReadback pdf;
    const std::string quoted = shellQuoted(path);
    std::istringstream info(runTool("pdfinfo", quoted));
    for (std::string line; std::getline(info, line);) {
        if (line.starts_with("Pages:")) pdf.pages = std::stoi(line.substr(6));
        if (line.starts_with("Page size:")) pdf.page_size = line.substr(line.find_first_not_of(' ', 10));
    }
    std::istringstream fonts(runTool("pdffonts", quoted));
    pdf.fonts_embedded = true;
    int row = 0;
    for (std::string line; std::getline(fonts, line); ++row) {
        if (row < 2 || line.empty()) continue;  // the header and its rule
        std::string name = line.substr(0, line.find(' '));
        if (name.size() > 7 && name[6] == '+') name = name.substr(7);
        pdf.fonts.push_back(name);
        // Columns: name type encoding emb sub uni object ID; "emb" is the fourth word from the end.
        std::istringstream words(line);
        std::vector<std::string> fields;
        for (std::string word; words >> word;) fields.push_back(word);
        pdf.fonts_embedded = pdf.fonts_embedded && fields.size() >= 6 && fields[fields.size() - 5] == "yes";
    }
    pdf.text = oneSpaced(runTool("pdftotext", "-enc UTF-8 " + quoted + " -"));
    // Every word's box against its page's edges.
    std::istringstream boxes(runTool("pdftotext", "-bbox " + quoted + " -"));
    double width = 0;
    double height = 0;
    for (std::string line; std::getline(boxes, line);) {
        if (line.find("<page ") != std::string::npos) {
            width = attribute(line, "width");
            height = attribute(line, "height");
        } else if (line.find("<word ") != std::string::npos) {
            const bool inside = attribute(line, "xMin") >= margin && attribute(line, "yMin") >= margin &&
                                attribute(line, "xMax") <= width - margin && attribute(line, "yMax") <= height - margin;
            if (!inside) ++pdf.words_outside_margins;
        }
    }
    return pdf;
}

// Whether every word of `phrase` is in `text`: a sentence may be broken over lines and columns.
inline bool hasWords(const std::string& text, const std::string& phrase) {
    std::istringstream words(phrase);
    for (std::string word; words >> word;) {
        if (text.find(word) == std::string::npos) return false;
    }
    return true;
}

}  // namespace etappe::testing
