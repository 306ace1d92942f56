#include "exports/pdf/typesetter.h"

namespace etappe::exports::pdf {

std::string escaped(std::string_view text) {
    std::string clean;
    clean.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto ch = static_cast<unsigned char>(text[i]);
        if (ch == '\t') {
            clean += ' ';
        } else if (ch == ' ' && text.substr(i + 1).starts_with("€")) {
            clean += "\u00A0";
        } else if (ch >= 0x20 || ch == '\n') {
            clean += static_cast<char>(ch);
        }
    }
    gchar* markup = g_markup_escape_text(clean.c_str(), static_cast<gssize>(clean.size()));
    std::string out(markup);
    g_free(markup);
    return out;
}

std::string bold(std::string_view text) { return "<b>" + escaped(text) + "</b>"; }

Typesetter::Typesetter(cairo_t* cr, const std::string& language) : context_(pango_cairo_create_context(cr)) {
    // Unhinted metrics: text measures the same at every zoom and in every viewer.
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context_, options);
    cairo_font_options_destroy(options);
    pango_context_set_language(context_, pango_language_from_string(language.c_str()));
    font_ = pango_font_description_from_string("DejaVu Sans");
}

Typesetter::~Typesetter() {
    pango_font_description_free(font_);
    g_object_unref(context_);
}

LayoutPtr Typesetter::layout(const std::string& markup, double size, double width, bool is_bold) const {
    LayoutPtr layout(pango_layout_new(context_), g_object_unref);
    pango_font_description_set_absolute_size(font_, size * PANGO_SCALE);
    pango_font_description_set_weight(font_, is_bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(layout.get(), font_);
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_markup(layout.get(), markup.c_str(), -1);
    return layout;
}

}  // namespace etappe::exports::pdf
