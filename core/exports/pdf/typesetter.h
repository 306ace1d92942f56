#pragma once
// Pango layouts in DejaVu Sans for the PDF exports (the brief, the sheets), and the markup
// escape their texts go through. Internal to etappe_pdf.
#include <pango/pangocairo.h>

#include <string>
#include <string_view>

#include "exports/pdf/pdf_flow.h"

namespace etappe::exports::pdf {

// Text as pango markup: control characters dropped (markup refuses them), tabs as spaces, and a
// no-break space before € so "38.000 €" never ends a line with the sign alone.
std::string escaped(std::string_view text);
std::string bold(std::string_view text);

// Makes pango layouts at sizes in points, measured as they will print.
class Typesetter {
public:
    Typesetter(cairo_t* cr, const std::string& language);
    ~Typesetter();
    Typesetter(const Typesetter&) = delete;
    Typesetter& operator=(const Typesetter&) = delete;

    LayoutPtr layout(const std::string& markup, double size, double width, bool is_bold = false) const;

private:
    PangoContext* context_;
    PangoFontDescription* font_;
};

}  // namespace etappe::exports::pdf
