#pragma once
// A PDF file made by etappe_pdf (the brief, the sheets): A4 pages laid out on a PageFlow and
// drawn by cairo into memory. This header needs no pango, so the app can include it.
#include <functional>
#include <string>

namespace etappe::exports {

struct PdfDocument {
    std::string bytes;  // the PDF file; empty when cairo failed
    int pages = 0;
    std::string error;  // cairo's reason when it failed
};

namespace pdf {
class PageFlow;
class Typesetter;

// Lays out with `lay_out` on A4 with `margin` points all round, then draws every page;
// `language` ("de") guides pango's line breaks.
PdfDocument render(const std::string& title, const std::string& language, double margin,
                   const std::function<void(PageFlow&, const Typesetter&)>& lay_out);
}  // namespace pdf

}  // namespace etappe::exports
