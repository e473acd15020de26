#include "format/json.hpp"

namespace vnplan::format {

using json = nlohmann::ordered_json;

namespace {

template <typename T>
json opt(const std::optional<T>& v) {
    return v ? json(*v) : json(nullptr);
}

template <typename T>
json list(const std::vector<T>& v) {
    json a = json::array();
    for (const auto& x : v) a.push_back(to_json(x));
    return a;
}

}  // namespace

const char* severity_name(model::severity s) {
    switch (s) {
        case model::severity::error: return "error";
        case model::severity::warning: return "warning";
        case model::severity::info: return "info";
    }
    return "info";
}

json to_json(const model::body& b) {
    return {{"name", b.name}, {"canonical", b.canonical}, {"role", b.role}, {"source", b.source}};
}

json to_json(const model::deadline& d) {
    return {{"text", d.text},       {"kind", d.kind},
            {"start", opt(d.start)}, {"end", opt(d.end)},
            {"recurrence", opt(d.recurrence)}, {"quarter", opt(d.quarter)},
            {"condition", opt(d.condition)},   {"source", d.source}};
}

json to_json(const model::target& t) {
    return {{"text", t.text}, {"value", t.value}, {"max", opt(t.max)}, {"unit", t.unit}, {"op", t.op}};
}

json to_json(const model::reference& r) {
    return {{"text", r.text}, {"type", r.type}, {"number", opt(r.number)}, {"date", opt(r.date)}};
}

json to_json(const model::item& it) {
    json j = {{"id", it.id},
              {"kind", it.kind},
              {"line", it.line},
              {"end_line", it.end_line},
              {"text", it.text},
              {"bodies", list(it.bodies)},
              {"deadlines", list(it.deadlines)},
              {"targets", list(it.targets)},
              {"references", list(it.references)}};
    if (it.product) j["product"] = *it.product;
    if (!it.fields.empty()) j["fields"] = it.fields;
    return j;
}

json to_json(const model::section& s) {
    json j = {{"id", s.id},       {"label", s.label},       {"style", s.style},   {"level", s.level},
              {"line", s.line},   {"end_line", s.end_line}, {"title", s.title},   {"role", opt(s.role)},
              {"bodies", list(s.bodies)}};
    if (!s.deadlines.empty()) j["deadlines"] = list(s.deadlines);
    j["items"] = list(s.items);
    j["children"] = list(s.children);
    return j;
}

json to_json(const model::meta& m) {
    json term = nullptr;
    if (m.term) term = {{"from", m.term->from}, {"to", m.term->to}};
    json signer = nullptr;
    if (m.signer) signer = {{"on_behalf", m.signer->on_behalf}, {"title", m.signer->title}, {"name", m.signer->name}};
    return {{"kind", m.kind},         {"number", opt(m.number)}, {"date", opt(m.date)},
            {"place", opt(m.place)},  {"issuer", opt(m.issuer)}, {"title", opt(m.title)},
            {"implements", list(m.implements)}, {"term", term},  {"signer", signer},
            {"recipients", m.recipients}, {"addressees", m.addressees}};
}

json to_json(const model::diagnostic& d) {
    return {{"line", d.line}, {"column", d.column}, {"severity", severity_name(d.level)}, {"rule", d.rule},
            {"message", d.message}};
}

json to_json(const model::document& doc) {
    json footnotes = json::array();
    for (const auto& f : doc.footnotes) footnotes.push_back({{"mark", f.mark}, {"text", f.text}, {"line", f.line}});
    return {{"schema", schema},
            {"source",
             {{"path", doc.source.path},
              {"encoding", doc.source.encoding},
              {"lines", doc.source.lines},
              {"sha256", doc.source.sha256}}},
            {"meta", to_json(doc.meta)},
            {"sections", list(doc.sections)},
            {"preamble", list(doc.preamble)},
            {"footnotes", footnotes},
            {"diagnostics", list(doc.diagnostics)}};
}

std::string document_json(const model::document& doc, bool pretty) {
    return to_json(doc).dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace vnplan::format
