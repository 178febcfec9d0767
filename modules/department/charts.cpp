// department/charts.cpp - chart specifications as JSON (see department/charts.h).
#include "department/charts.h"

#include "json.h"

namespace {

std::string string_array(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + json_string(items[i]);
  return out + "]";
}

// A percentage from tenths of a percent as a JSON number: 667 → 66.7.
std::string percent_number(int64_t permille) { return std::to_string(permille / 10) + "." + std::to_string(permille % 10); }

struct Series {
  std::string name;
  std::vector<std::string> data;  // JSON numbers
};

std::string chart(const std::string& title, const char* kind, const char* unit, const std::vector<std::string>& categories,
                  const std::vector<Series>& series) {
  std::string out = "{\"title\": " + json_string(title) + ", \"kind\": " + json_string(kind) +
                    ", \"unit\": " + json_string(unit) + ", \"categories\": " + string_array(categories) +
                    ", \"series\": [";
  for (size_t i = 0; i < series.size(); ++i) {
    out += std::string(i ? ", " : "") + "{\"name\": " + json_string(series[i].name) + ", \"data\": [";
    for (size_t j = 0; j < series[i].data.size(); ++j) out += (j ? ", " : "") + series[i].data[j];
    out += "]}";
  }
  return out + "]}";
}

}  // namespace

std::string chart_rates(const std::string& title, const CoverageTable& table, const std::vector<CoverageProduct>& products) {
  std::vector<Series> series;
  for (size_t p = 0; p < products.size(); ++p) {
    Series s{products[p].short_name, {}};
    bool any = false;
    for (const auto& row : table.cells) {
      s.data.push_back(percent_number(coverage_rate_permille(row[p])));
      any |= row[p].eligible > 0;
    }
    if (any) series.push_back(std::move(s));  // a product no school here may enroll is left out
  }
  return chart(title, "bar", "%", table.rows, series);
}

std::string chart_persons_by_product(const std::string& title, const CoverageFiguresSet& figures) {
  std::vector<std::string> names;
  Series s{"投保人数", {}};
  for (size_t p = 0; p < figures.products.size(); ++p) {
    names.push_back(figures.products[p].short_name);
    s.data.push_back(std::to_string(figures.total[p].persons));
  }
  return chart(title, "bar", "人", names, {s});
}

std::string chart_persons_by_year(const std::string& title, const CoverageFiguresSet& figures) {
  std::vector<Series> series;
  for (size_t p = 0; p < figures.products.size(); ++p) {
    Series s{figures.products[p].short_name, {}};
    for (const auto& row : figures.by_year.cells) s.data.push_back(std::to_string(row[p].persons));
    series.push_back(std::move(s));
  }
  return chart(title, "line", "人", figures.by_year.rows, series);
}
